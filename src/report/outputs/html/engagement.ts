/**
 * report.html's "Where learners stop" section: the funnel of each lesson (learners, started,
 * completed, passed) as bars, the learners per screen where the source knows the screens seen,
 * and the stuck learners. Every chart has its numbers in a table beside it.
 */
import type { Analysis } from '../../analysis/index';
import type { LessonFunnel } from '../../analysis/engagement';
import { STATUS_LABELS, formatTime } from '../format';
import type { ReportMeta } from '../meta';
import { PLAIN_COLOR, STATUS_COLORS } from './colors';
import { anchorId, escapeHtml } from './escape';

const STEPS = [
  ['learners', 'Learners', STATUS_COLORS['not-started']],
  ['started', 'Started', STATUS_COLORS['in-progress']],
  ['completed', 'Completed', STATUS_COLORS.completed],
  ['passed', 'Passed', STATUS_COLORS.passed],
] as const;

function lang(text: string, meta: ReportMeta): string {
  return `<span lang="${escapeHtml(meta.language)}">${escapeHtml(text)}</span>`;
}

export function engagementSection(analysis: Analysis, meta: ReportMeta): string {
  const { funnel, stuck, stuckDays } = analysis.engagement;
  const rows = funnel
    .map((lesson) => `<tr><th scope="row">${lang(lesson.title, meta)}</th>${STEPS.map(([key]) => `<td class="cp-num">${lesson[key]}</td>`).join('')}</tr>`)
    .join('\n');
  const charts = funnel.map((lesson, i) => `<div>${lang(lesson.title, meta)}</div>${funnelBars(lesson, `cp-funnel-${i + 1}`)}`).join('\n');
  const screens = funnel.filter((lesson) => lesson.screens.length > 0).map((lesson) => screenChart(lesson, meta)).join('\n');
  return `<section aria-labelledby="stops">
<h2 id="stops">Where learners stop</h2>
<figure>
<figcaption>Per lesson: learners, how many started, completed (completed or passed) and passed</figcaption>
<div class="cp-lesson-bars">${charts}</div>
</figure>
<div class="cp-table-wrap"><table>
<caption>Funnel by lesson</caption>
<thead><tr><th scope="col">Lesson</th>${STEPS.map(([, label]) => `<th scope="col" class="cp-num">${label}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table></div>
${screens === '' ? '<p class="cp-note">The source does not say which screens learners saw (Moodle\'s web services do: coursepack report --moodle).</p>' : screens}
${stuckTable(analysis, meta, stuck, stuckDays)}
</section>`;
}

/** Four bars, each as long as its share of the lesson's learners. */
function funnelBars(lesson: LessonFunnel, id: string): string {
  const total = Math.max(1, lesson.learners);
  const bars = STEPS.map(([key, label, color], row) => {
    const width = (lesson[key] / total) * 100;
    return `<rect x="0" y="${row * 6}" width="${fixed(width)}" height="5" fill="${color}"><title>${escapeHtml(`${label}: ${lesson[key]}`)}</title></rect>`;
  }).join('');
  const words = STEPS.map(([key, label]) => `${label} ${lesson[key]}`).join(', ');
  return `<svg class="cp-funnel" viewBox="0 0 100 24" preserveAspectRatio="none" role="img" aria-labelledby="${id}-t" focusable="false"><title id="${id}-t">${escapeHtml(`${lesson.title}: ${words}`)}</title>${bars}</svg>`;
}

/** Learners who saw each screen, as columns; the table under it holds the same numbers. */
function screenChart(lesson: LessonFunnel, meta: ReportMeta): string {
  const id = anchorId('screens', lesson.lesson);
  const most = Math.max(1, lesson.screenLearners);
  const width = 100 / lesson.screens.length;
  const columns = lesson.screens
    .map((count, screen) => `<rect x="${fixed(screen * width + width * 0.1)}" y="${fixed(40 - (count / most) * 40)}" width="${fixed(width * 0.8)}" height="${fixed((count / most) * 40)}" fill="${PLAIN_COLOR}"><title>${escapeHtml(`screen ${screen + 1}: ${count}`)}</title></rect>`)
    .join('');
  const cells = lesson.screens.map((count, screen) => `<tr><th scope="row">${screen + 1}</th><td class="cp-num">${count}</td></tr>`).join('');
  return `<figure id="${id}">
<figcaption>Learners who saw each screen: ${lang(lesson.title, meta)} (${lesson.screenLearners} learners with screen data)</figcaption>
<svg class="cp-screens" viewBox="0 0 100 40" preserveAspectRatio="none" role="img" aria-labelledby="${id}-t" focusable="false"><title id="${id}-t">${escapeHtml(`Learners per screen: ${lesson.screens.join(', ')}`)}</title>${columns}</svg>
<details><summary>Numbers per screen</summary><div class="cp-table-wrap"><table><caption>Learners per screen</caption><thead><tr><th scope="col">Screen</th><th scope="col" class="cp-num">Learners</th></tr></thead><tbody>${cells}</tbody></table></div></details>
</figure>`;
}

function stuckTable(analysis: Analysis, meta: ReportMeta, stuck: Analysis['engagement']['stuck'], stuckDays: number): string {
  if (stuck.length === 0) return `<p class="cp-note">No learner stuck: none started a lesson and made no progress for ${stuckDays} days or more.</p>`;
  const titles = new Map(analysis.lessons.map((lesson) => [lesson.lesson, lesson.title]));
  const rows = stuck
    .map((entry) => `<tr><th scope="row">${escapeHtml(entry.name)}</th><td>${lang(titles.get(entry.lesson) ?? entry.lesson, meta)}</td><td>${STATUS_LABELS[entry.status]}</td><td>${escapeHtml(formatTime(entry.lastActivity))}</td><td class="cp-num">${entry.daysIdle}</td></tr>`)
    .join('\n');
  return `<div class="cp-table-wrap"><table>
<caption>Stuck: started, not finished, no progress for ${stuckDays} days or more (${stuck.length})</caption>
<thead><tr><th scope="col">Learner</th><th scope="col">Lesson</th><th scope="col">Status</th><th scope="col">Last activity</th><th scope="col" class="cp-num">Days idle</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>`;
}

function fixed(value: number): string {
  return String(Math.round(value * 100) / 100);
}
