/**
 * The preview page: a lesson played in the fake LMS of a runtime (the strict host of src/lms in
 * an iframe), and beside it the tracking panel: every API call as it happens, the data model
 * (status, score, location, interactions, suspend_data against its limit), the strict host's
 * violations. Reset attempt, relaunch (resume), runtime switch, and a 360 px wide view.
 */
import { getJson, postJson } from './api';
import { h, main } from './dom';

interface Call { method: string; element?: string; value?: unknown; result: string; errorCode: string }
interface Violation { rule: string; message: string }
interface Records { calls: Call[]; violations: Violation[]; initialized: boolean; finished?: boolean; terminated?: boolean }
interface HostWindow extends Window { lmsHarness?: Records; lmsInnerApi?: { renderCMIToJSONObject(): Record<string, unknown> } }

const RUNTIMES: [string, string][] = [['scorm12', 'SCORM 1.2'], ['scorm2004', 'SCORM 2004'], ['xapi', 'xAPI'], ['cmi5', 'cmi5']];
/** suspend_data limits of the strict hosts (src/lms/*-host.js). */
const SUSPEND_LIMIT: Record<string, number> = { scorm12: 4096, scorm2004: 64000 };

const LANGUAGE_NAMES: Record<string, string> = { kk: 'Қазақша (kk)', ru: 'Русский (ru)', en: 'English (en)' };

let timer: number | undefined;
let narrow = false;
let shown = '';

export function stopPreview(): void {
  window.clearInterval(timer);
  timer = undefined;
}

export async function showPreview(lessonId: string | undefined, runtime: string | undefined): Promise<void> {
  stopPreview();
  const lessons = (await getJson<{ chapters: { lessons: { id: string; title: string }[] }[] }>('/api/map')).chapters.flatMap((c) => c.lessons);
  const lesson = lessons.find((l) => l.id === lessonId) ?? lessons[0];
  const speech = await getJson<{ language: string; languages: string[] }>('/api/preview/language');
  const kind = RUNTIMES.some(([id]) => id === runtime) ? runtime! : 'scorm12';
  if (!lesson) {
    main().replaceChildren(h('h1', {}, 'Preview'), h('p', {}, 'The course has no lessons.'));
    return;
  }
  if (lesson.id !== lessonId || kind !== runtime) {
    location.replace(`#/preview/${lesson.id}/${kind}`);
    return;
  }
  const label = RUNTIMES.find(([id]) => id === kind)![1];
  const frame = h('iframe', { id: 'lms-frame', title: `Lesson in the ${label} LMS`, src: `/preview/${kind}/${lesson.id}/launch` }) as HTMLIFrameElement;
  const panel = h('section', { class: 'tracking', 'aria-labelledby': 'tracking-heading' }, h('h2', { id: 'tracking-heading' }, 'Tracking'), h('div', { id: 'tracking' }));
  const stage = h('div', { class: narrow ? 'stage narrow' : 'stage' }, frame);
  const select = (id: string, text: string, value: string, options: [string, string][], change: (value: string) => void) => h('p', {},
    h('label', { for: id }, text), ' ',
    h('select', { id, onchange: (event: Event) => change((event.target as HTMLSelectElement).value) },
      ...options.map(([v, t]) => h('option', { value: v, selected: v === value }, t))));
  main().replaceChildren(
    h('h1', {}, `Preview: ${lesson.title}`),
    h('div', { class: 'controls' },
      select('preview-lesson', 'Lesson', lesson.id, lessons.map((l) => [l.id, l.title]), (id) => { location.hash = `#/preview/${id}/${kind}`; }),
      select('preview-runtime', 'Runtime', kind, RUNTIMES, (id) => { location.hash = `#/preview/${lesson.id}/${id}`; }),
      select('preview-language', 'Player language', speech.language, speech.languages.map((l): [string, string] => [l, LANGUAGE_NAMES[l] ?? l]), (l) => void switchLanguage(l, kind, lesson.id, frame)),
      h('p', {},
        h('button', { type: 'button', onclick: () => void reset(kind, lesson.id, frame) }, 'Reset attempt'), ' ',
        h('button', { type: 'button', onclick: () => void relaunch(kind, lesson.id, frame) }, 'Relaunch (resume)'), ' ',
        h('button', { type: 'button', 'aria-pressed': String(narrow), onclick: (event: Event) => toggleNarrow(event.currentTarget as HTMLElement, stage) }, '360 px view'))),
    h('p', { class: 'note' }, 'A made-up learner in an LMS that runs in the studio: nothing leaves this machine. The LMS enforces the limits of strict LMSs and lists every call it refused. The player language changes the player\'s own texts; the lesson text stays as written.'),
    h('div', { class: 'preview' }, stage, panel));
  shown = '';
  const xapi = kind === 'xapi' || kind === 'cmi5';
  timer = window.setInterval(() => (xapi ? void trackStatements(kind, lesson.id) : track(frame, kind)), xapi ? 400 : 250);
}

function toggleNarrow(button: HTMLElement, stage: HTMLElement): void {
  narrow = !narrow;
  button.setAttribute('aria-pressed', String(narrow));
  stage.classList.toggle('narrow', narrow);
}

/** The player's own texts in another language: the lesson is built again and launched afresh, in the same attempt. */
async function switchLanguage(language: string, runtime: string, lesson: string, frame: HTMLIFrameElement): Promise<void> {
  await postJson('/api/preview/language', { language });
  await relaunch(runtime, lesson, frame);
}

async function reset(runtime: string, lesson: string, frame: HTMLIFrameElement): Promise<void> {
  frame.src = 'about:blank';
  await settle();
  await postJson(`/api/preview/${runtime}/${lesson}/reset`, {});
  shown = '';
  frame.src = `/preview/${runtime}/${lesson}/launch`;
}

async function relaunch(runtime: string, lesson: string, frame: HTMLIFrameElement): Promise<void> {
  // Unloading the lesson ends its session (LMSFinish / Terminate and the last commit; xAPI: the
  // statements and state at unload); then the LMS launches it again from there (xAPI: same registration).
  frame.src = 'about:blank';
  await settle();
  shown = '';
  frame.src = `/preview/${runtime}/${lesson}/launch?resume=1`;
}

/** Lets the final commit of the session being closed reach the server (it leaves as a beacon while the page unloads). */
function settle(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 400));
}

function track(frame: HTMLIFrameElement, runtime: string): void {
  const host = frame.contentWindow as HostWindow | null;
  const records = host?.lmsHarness;
  const target = document.getElementById('tracking');
  if (!records || !target) return;
  const rendered = host?.lmsInnerApi?.renderCMIToJSONObject() ?? {};
  const cmi = (rendered['cmi'] as Record<string, unknown> | undefined) ?? rendered;
  const key = JSON.stringify([records.calls.length, records.violations.length, cmi]);
  if (key === shown) return;
  shown = key;
  target.replaceChildren(...panelContent(records, cmi, runtime));
}

interface Statement { id: string; verb?: { id?: string; display?: Record<string, string> }; object?: { id?: string }; result?: { score?: { scaled?: number }; success?: boolean; completion?: boolean; response?: string }; timestamp?: string }
interface StatementView { registration: string; statements: Statement[]; state: Record<string, unknown> }

let polling = false;

/** xAPI and cmi5: the LMS's statements and State API documents of this attempt, read from the studio (they never leave it). */
async function trackStatements(runtime: string, lesson: string): Promise<void> {
  if (polling) return;
  polling = true;
  try {
    const view = await getJson<StatementView>(`/api/preview/${runtime}/${lesson}`);
    const target = document.getElementById('tracking');
    const key = JSON.stringify([view.statements.length, view.state]);
    if (!target || key === shown) return;
    shown = key;
    target.replaceChildren(...statementPanel(view));
  } finally {
    polling = false;
  }
}

function verbOf(statement: Statement): string {
  return statement.verb?.display?.['en-US'] ?? statement.verb?.id?.split('/').pop() ?? '?';
}

function statementPanel(view: StatementView): HTMLElement[] {
  const verbs = view.statements.map(verbOf);
  const last = (names: string[]) => [...verbs].reverse().find((verb) => names.includes(verb));
  const scored = [...view.statements].reverse().find((s) => s.result?.score?.scaled !== undefined);
  const stateText = JSON.stringify(view.state);
  const facts: [string, string][] = [
    ['Registration', view.registration],
    ['Completion', last(['completed']) ?? '(not yet)'],
    ['Success', last(['passed', 'failed']) ?? '(not yet)'],
    ['Score (scaled)', scored ? String(scored.result!.score!.scaled) : '(not set)'],
    ['Statements', String(view.statements.length)],
  ];
  return [
    h('h3', {}, 'Data model'),
    h('dl', { class: 'facts', id: 'data-model' }, ...facts.flatMap(([name, value]) => [h('dt', {}, name), h('dd', {}, value)])),
    h('p', {}, `State API documents: ${Object.keys(view.state).join(', ') || 'none'} (${stateText.length.toLocaleString('en')} characters)`),
    h('h3', {}, `Statements (${view.statements.length})`),
    h('ol', { class: 'calls', id: 'api-calls' }, ...view.statements.map((s) => h('li', {}, statementText(s)))),
    h('details', {}, h('summary', {}, 'The State API documents (JSON)'), h('pre', {}, JSON.stringify(view.state, null, 2))),
  ];
}

function statementText(statement: Statement): string {
  const object = (statement.object?.id ?? '').split('/').slice(-2).join('/');
  const result = statement.result;
  const parts = [result?.score?.scaled !== undefined ? `score ${result.score.scaled}` : '', result?.success !== undefined ? `success ${result.success}` : '', result?.response !== undefined ? `response ${JSON.stringify(result.response).slice(0, 60)}` : ''].filter(Boolean);
  return `${verbOf(statement)} ${object}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

function pick(data: Record<string, unknown>, ...paths: string[]): string {
  for (const path of paths) {
    const value = path.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), data);
    if (value !== undefined && value !== null && value !== '') return String(value);
  }
  return '(not set)';
}

function interactionCount(cmi: Record<string, unknown>): number {
  const interactions = cmi['interactions'] as Record<string, unknown> | unknown[] | undefined;
  if (!interactions) return 0;
  const list = Array.isArray(interactions) ? interactions : (interactions['childArray'] as unknown[] | undefined) ?? Object.keys(interactions).filter((k) => /^\d+$/.test(k));
  return list.length;
}

function panelContent(records: Records, cmi: Record<string, unknown>, runtime: string): HTMLElement[] {
  const scorm12 = runtime === 'scorm12';
  const suspend = pick(cmi, 'suspend_data');
  const used = suspend === '(not set)' ? 0 : suspend.length;
  const limit = SUSPEND_LIMIT[runtime]!;
  const facts: [string, string][] = scorm12
    ? [['Status', pick(cmi, 'core.lesson_status')], ['Score', pick(cmi, 'core.score.raw')], ['Location', pick(cmi, 'core.lesson_location')], ['Exit', pick(cmi, 'core.exit')]]
    : [['Completion', pick(cmi, 'completion_status')], ['Success', pick(cmi, 'success_status')], ['Score (scaled)', pick(cmi, 'score.scaled')], ['Location', pick(cmi, 'location')], ['Exit', pick(cmi, 'exit')]];
  facts.push(['Interactions', String(interactionCount(cmi))]);
  const session = records.finished || records.terminated ? 'finished' : records.initialized ? 'running' : 'not started';
  return [
    h('h3', {}, 'Data model'),
    h('dl', { class: 'facts', id: 'data-model' }, ...facts.flatMap(([name, value]) => [h('dt', {}, name), h('dd', {}, value)]), h('dt', {}, 'Session'), h('dd', {}, session)),
    h('p', {}, h('label', { for: 'suspend-meter' }, `suspend_data: ${used.toLocaleString('en')} of ${limit.toLocaleString('en')} characters`), ' ',
      h('meter', { id: 'suspend-meter', min: '0', max: String(limit), high: String(Math.round(limit * 0.8)), value: String(used) })),
    h('h3', {}, `Refused by the strict LMS (${records.violations.length})`),
    records.violations.length === 0 ? h('p', {}, 'None.') : h('ul', { class: 'violations' }, ...records.violations.map((v) => h('li', { class: 'error' }, `[${v.rule}] ${v.message}`))),
    h('h3', {}, `API calls (${records.calls.length})`),
    h('ol', { class: 'calls', id: 'api-calls' }, ...records.calls.map((call) => h('li', {}, callText(call)))),
    h('details', {}, h('summary', {}, 'The whole data model (JSON)'), h('pre', {}, JSON.stringify(cmi, null, 2))),
  ];
}

function callText(call: Call): string {
  const args = call.element === undefined ? '' : call.value === undefined ? `"${call.element}"` : `"${call.element}", ${JSON.stringify(call.value).slice(0, 120)}`;
  return `${call.method}(${args}) → ${JSON.stringify(call.result).slice(0, 80)}${call.errorCode !== '0' ? ` (error ${call.errorCode})` : ''}`;
}
