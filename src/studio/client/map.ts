/** The course map page: lessons with their figures and items, and every diagnostic of validate. */
import { getJson } from './api';
import { h, main } from './dom';
import type { DiagnosticView, LessonRow, MapView } from './types';

let withReport = false;

export async function showMap(): Promise<void> {
  const view = await getJson<MapView>(withReport ? '/api/report' : '/api/map');
  const root = main();
  root.replaceChildren(...mapContent(view));
}

function mapContent(view: MapView): HTMLElement[] {
  if (!view.course) {
    return [h('h1', {}, 'Course map'), h('p', {}, 'The course has errors and cannot be loaded: fix them first.'), diagnosticsSection(view)];
  }
  return [
    h('h1', {}, `Course map: ${view.course.title}`),
    h('p', { class: 'progress' }, `${view.progress.reviewed} / ${view.progress.total} reviewed`),
    ...view.chapters.map((chapter) => chapterSection(chapter.title, chapter.lessons, view.reportRun)),
    h('p', {}, view.reportRun
      ? 'Generation columns are from quiz report, run on the files as they are now.'
      : h('button', { type: 'button', onclick: () => { withReport = true; void showMap(); } }, 'Run quiz report (compares with generation: takes a few seconds)')),
    diagnosticsSection(view),
  ];
}

function chapterSection(title: string, lessons: LessonRow[], reportRun: boolean): HTMLElement {
  const heading = title === '' ? 'Lessons outside chapters' : title;
  const head = ['Lesson', 'Words', 'Screens', 'Draft', 'Approved', 'Rejected', 'Usable', 'Kinds', ...(reportRun ? ['Generated', 'Shortfalls'] : [])];
  return h('section', {},
    h('h2', {}, heading),
    h('table', {},
      h('thead', {}, h('tr', {}, ...head.map((label) => h('th', { scope: 'col' }, label)))),
      h('tbody', {}, ...lessons.map((lesson) => h('tr', {},
        h('th', { scope: 'row' }, h('a', { href: `#/review/${lesson.id}` }, `${lesson.title}`), h('span', { class: 'file' }, ` ${lesson.file}`)),
        h('td', {}, String(lesson.words)),
        h('td', {}, String(lesson.screens)),
        h('td', {}, String(lesson.total.draft)),
        h('td', {}, String(lesson.total.approved)),
        h('td', {}, String(lesson.total.rejected)),
        h('td', {}, String(lesson.total.usable)),
        h('td', {}, lesson.kinds.filter((row) => row.draft + row.approved + row.rejected > 0).map((row) => `${row.kind} ${row.draft + row.approved + row.rejected}`).join(', ')),
        ...(reportRun ? [h('td', {}, String(lesson.total.generated)), h('td', {}, (lesson.shortfalls ?? []).join(' ') || 'none')] : []),
      )))));
}

function diagnosticsSection(view: MapView): HTMLElement {
  const errors = view.diagnostics.filter((d) => d.severity === 'error').length;
  const summary = `${errors} errors, ${view.diagnostics.length - errors} warnings${view.validated ? '' : ' (validate is running again on the latest files)'}`;
  return h('section', { 'aria-labelledby': 'diagnostics-heading' },
    h('h2', { id: 'diagnostics-heading' }, 'Diagnostics'),
    h('p', {}, summary),
    view.diagnostics.length === 0 ? null : h('ul', { class: 'diagnostics' }, ...view.diagnostics.map(diagnosticItem)));
}

function diagnosticItem(d: DiagnosticView): HTMLElement {
  return h('li', { class: d.severity },
    h('code', {}, d.where ?? '(no file)'), ' ', h('strong', {}, d.severity), ' ', h('code', {}, d.code), ' ', d.message,
    d.hint ? h('p', { class: 'hint' }, d.hint) : null);
}
