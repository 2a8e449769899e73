/**
 * The review page: one item of one lesson at a time, beside the lesson text with the item's
 * source sentence highlighted. Keyboard first: a approve, r reject, e edit, j/k next/previous,
 * u undo (buttons carry the same keys). Every change is one POST with the bank version the page
 * shows; a bank changed on disk meanwhile is refused by the server and the page reloads it.
 */
import { getJson, postJson } from './api';
import { announce, h, main } from './dom';
import { editForm, type Changes } from './edit';
import type { Item, ItemView, Progress, ReviewView, StudioEvent } from './types';

interface Filters { status: string; kind: string; rule: string }
interface UndoStep { lesson: string; itemId: string; before: Item; what: string }

const state = {
  view: null as ReviewView | null,
  filters: { status: '', kind: '', rule: '' } as Filters,
  current: '' as string,
  editing: false,
  busy: false,
  undo: [] as UndoStep[],
  message: null as { text: string; alert: boolean } | null,
};

export async function showReview(lessonId: string | undefined): Promise<void> {
  if (!lessonId) {
    const first = (await getJson<{ chapters: { lessons: { id: string }[] }[] }>('/api/map')).chapters.flatMap((c) => c.lessons)[0];
    if (first) location.replace(`#/review/${first.id}`);
    else main().replaceChildren(h('h1', {}, 'Review questions'), h('p', {}, 'The course has no lessons.'));
    return;
  }
  if (state.view?.lesson.id !== lessonId) {
    state.current = '';
    state.editing = false;
    state.message = null;
  }
  await load(lessonId);
}

export async function onReviewChange(event: StudioEvent): Promise<void> {
  const view = state.view;
  // Validate's findings are the map's; a bank at the version shown (this page's own write) needs nothing.
  if (!view || state.editing || event.kind === 'diagnostics') return;
  if (event.kind === 'bank' && event.lesson === view.lesson.id && event.version === view.bank.version) return;
  if (event.kind === 'bank' && event.lesson !== view.lesson.id) {
    state.view = { ...view, progress: (await getJson<ReviewView>(`/api/lessons/${view.lesson.id}/review`)).progress };
    render();
    return;
  }
  await load(view.lesson.id);
}

async function load(lessonId: string): Promise<void> {
  state.view = await getJson<ReviewView>(`/api/lessons/${lessonId}/review`);
  render();
}

function shown(): ItemView[] {
  const { status, kind, rule } = state.filters;
  return (state.view?.items ?? []).filter((view) => (!status || view.item.status === status) && (!kind || view.item.kind === kind) && (!rule || view.item.rule === rule));
}

function currentIndex(list: ItemView[]): number {
  const index = list.findIndex((view) => view.item.id === state.current);
  return index >= 0 ? index : 0;
}

function render(focusItem = false): void {
  const view = state.view!;
  const list = shown();
  const index = currentIndex(list);
  const current = list[index];
  state.current = current?.item.id ?? '';
  const root = main();
  // A reload from disk must not take the keyboard focus away: it goes back to the same control.
  const focused = document.activeElement?.id;
  const parts: (HTMLElement | null)[] = [
    h('h1', {}, `Review questions: ${view.lesson.title}`),
    controls(view),
    h('p', { class: 'progress', id: 'progress' }, progressText(view.progress)),
    state.message ? h('p', { role: state.message.alert ? 'alert' : 'status', class: state.message.alert ? 'alert' : 'note' }, state.message.text) : null,
    ...view.bank.problems.map((d) => h('p', { class: 'alert' }, `${d.where ?? view.bank.file}: ${d.message}`)),
    h('div', { class: 'review' },
      current ? itemSection(current, index, list.length) : h('section', { class: 'item' }, h('h2', {}, 'No item'), h('p', {}, view.items.length === 0 ? `${view.bank.file} holds no items: run coursepack quiz generate.` : 'No item matches the filters.')),
      sourceSection(view, current)),
  ];
  root.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
  const mark = root.querySelector('mark');
  const box = root.querySelector('.source') as HTMLElement | null;
  // Scroll the lesson text only, not the page: the item and its buttons stay where they are.
  if (mark && box) box.scrollTop = Math.max(0, (mark as HTMLElement).offsetTop - box.clientHeight / 3);
  if (focusItem) (root.querySelector(state.editing ? '#edit-stem' : '#item-heading') as HTMLElement | null)?.focus();
  else if (focused) document.getElementById(focused)?.focus();
}

function courseLanguage(): string {
  return document.body.dataset.language ?? 'en';
}

function progressText(progress: Progress): string {
  return `${progress.reviewed} / ${progress.total} reviewed`;
}

function controls(view: ReviewView): HTMLElement {
  const kinds = [...new Set(view.items.map((v) => v.item.kind))].sort();
  const rules = [...new Set(view.items.map((v) => v.item.rule))].sort();
  const select = (id: string, label: string, value: string, options: [string, string][], change: (value: string) => void) => h('p', {},
    h('label', { for: id }, label), ' ',
    h('select', { id, onchange: (event: Event) => change((event.target as HTMLSelectElement).value) },
      ...options.map(([optionValue, text]) => h('option', { value: optionValue, selected: optionValue === value }, text))));
  const filter = (key: keyof Filters) => (value: string) => { state.filters[key] = value; render(); };
  return h('div', { class: 'controls' },
    select('lesson', 'Lesson', view.lesson.id, view.lessons.map((l) => [l.id, l.title]), (id) => { location.hash = `#/review/${id}`; }),
    select('filter-status', 'Status', state.filters.status, [['', 'All'], ['draft', 'Draft'], ['approved', 'Approved'], ['rejected', 'Rejected']], filter('status')),
    select('filter-kind', 'Kind', state.filters.kind, [['', 'All'], ...kinds.map((k): [string, string] => [k, k])], filter('kind')),
    select('filter-rule', 'Rule', state.filters.rule, [['', 'All'], ...rules.map((r): [string, string] => [r, r])], filter('rule')));
}

function itemSection(view: ItemView, index: number, count: number): HTMLElement {
  const item = view.item;
  const flags = [item.status, view.edited ? 'edited' : '', item.stale ? 'stale' : ''].filter(Boolean).join(', ');
  return h('section', { class: 'item', 'aria-labelledby': 'item-heading' },
    h('h2', { id: 'item-heading', tabindex: '-1' }, `Item ${index + 1} of ${count}`),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Id'), h('dd', {}, item.id),
      h('dt', {}, 'Kind'), h('dd', {}, item.kind),
      h('dt', {}, 'Rule'), h('dd', {}, item.rule),
      h('dt', {}, 'Status'), h('dd', { id: 'item-status' }, flags)),
    // The buttons before the item's text, so that they stay in view on a long item.
    toolbar(index, count),
    state.editing ? editForm(item, save, cancelEdit) : itemBody(item),
    checksSection(view));
}

function itemBody(item: Item): HTMLElement {
  return h('div', { class: 'body', lang: courseLanguage() },
    h('h3', {}, 'Stem'), h('p', { class: 'stem' }, item.stem),
    answersBlock(item),
    h('h3', {}, 'Feedback'), h('p', {}, item.feedback));
}

function answersBlock(item: Item): HTMLElement | null {
  const right = ' (right answer)';
  switch (item.kind) {
    case 'choice':
    case 'multiple-response': {
      const answers = item.kind === 'choice' ? [String(item.answer)] : (item.answers ?? []);
      return h('div', {}, h('h3', {}, 'Options'), h('ul', {}, ...(item.options ?? []).map((o) => h('li', { class: answers.includes(o.id) ? 'right' : '' }, `${o.id}. ${o.text}`, answers.includes(o.id) ? right : ''))));
    }
    case 'true-false':
      return h('div', {}, h('h3', {}, 'Answer'), h('p', {}, item.answer === true ? 'True' : 'False'));
    case 'ordering':
      return h('div', {}, h('h3', {}, 'Steps in order'), h('ol', {}, ...(item.steps ?? []).map((s) => h('li', {}, s.text))));
    case 'matching':
      return h('div', {}, h('h3', {}, 'Pairs'), h('ul', {}, ...(item.pairs ?? []).map((p) => h('li', {}, `${p.left} → ${p.right}`))));
    default:
      return null;
  }
}

function checksSection(view: ItemView): HTMLElement {
  const checks = state.view!.checks;
  return h('section', { class: 'checks', 'aria-labelledby': 'checks-heading' },
    h('h3', { id: 'checks-heading' }, 'Automatic checks'),
    view.problems.length === 0
      ? h('p', {}, `All pass: ${checks.join(', ')}.`)
      : h('ul', {}, ...view.problems.map((p) => h('li', { class: p.severity }, `${p.severity}: ${p.message} (${p.code}, bank line ${p.line})`))));
}

function toolbar(index: number, count: number): HTMLElement {
  const button = (label: string, key: string, action: () => void, disabled = false) =>
    h('button', { type: 'button', id: `action-${label.toLowerCase()}`, 'aria-keyshortcuts': key, disabled: disabled || state.busy, onclick: action }, label, h('kbd', { 'aria-hidden': 'true' }, key.toUpperCase()));
  const none = count === 0;
  return h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Review actions' },
    button('Approve', 'a', () => void setStatus('approved'), none || state.editing),
    button('Reject', 'r', () => void setStatus('rejected'), none || state.editing),
    button('Edit', 'e', startEdit, none || state.editing),
    button('Previous', 'k', () => move(-1), index <= 0 || state.editing),
    button('Next', 'j', () => move(1), index >= count - 1 || state.editing),
    button('Undo', 'u', () => void undo(), state.undo.length === 0 || state.editing));
}

function sourceSection(view: ReviewView, current: ItemView | undefined): HTMLElement {
  const highlight = current?.highlight ?? null;
  return h('section', { class: 'source', 'aria-labelledby': 'source-heading', tabindex: '0', lang: courseLanguage() },
    h('h2', { id: 'source-heading' }, `Lesson text (${view.lesson.file})`),
    ...view.paragraphs.map((paragraph, index) => {
      const number = h('span', { class: 'line' }, `${paragraph.line} `);
      if (!highlight || highlight.paragraph !== index) return h('p', {}, number, paragraph.text);
      if (highlight.start === undefined || highlight.end === undefined) return h('p', {}, number, h('mark', {}, paragraph.text));
      return h('p', {}, number, paragraph.text.slice(0, highlight.start), h('mark', {}, paragraph.text.slice(highlight.start, highlight.end)), paragraph.text.slice(highlight.end));
    }));
}

function move(step: number): void {
  const list = shown();
  const next = list[Math.min(list.length - 1, Math.max(0, currentIndex(list) + step))];
  if (!next) return;
  state.current = next.item.id;
  state.message = null;
  render(true);
}

function startEdit(): void {
  if (!state.current) return;
  state.editing = true;
  render(true);
}

function cancelEdit(): void {
  state.editing = false;
  render(true);
}

async function setStatus(status: 'approved' | 'rejected'): Promise<void> {
  const list = shown();
  const after = list[currentIndex(list) + 1]?.item.id;
  const done = await send({ kind: 'status', status }, status === 'approved' ? 'approved' : 'rejected');
  // The next item in the list as it was: approving with the "Draft" filter takes the item out of it.
  if (done && after) state.current = after;
  render(true);
}

async function save(changes: Changes): Promise<void> {
  const done = await send({ kind: 'edit', changes }, 'edited');
  if (done) state.editing = false;
  render(true);
}

async function undo(): Promise<void> {
  const step = state.undo.pop();
  if (!step) return;
  if (step.lesson !== state.view!.lesson.id) {
    location.hash = `#/review/${step.lesson}`;
    await load(step.lesson);
  }
  state.current = step.itemId;
  const done = await send({ kind: 'restore', item: step.before }, `undone (${step.what})`, false);
  if (!done) state.undo.push(step);
  render(true);
}

/** One change to the current item; true when it was written. */
async function send(action: unknown, what: string, remember = true): Promise<boolean> {
  const view = state.view!;
  const itemId = state.current;
  state.busy = true;
  try {
    const result = await postJson<{ version: string; before: Item; view: ItemView; progress: Progress }>(
      `/api/lessons/${view.lesson.id}/items/${itemId}`, { version: view.bank.version, action });
    if (result.status === 409) {
      state.message = { text: result.body.error ?? 'The bank changed on disk.', alert: true };
      state.editing = false;
      await load(view.lesson.id);
      return false;
    }
    if (result.status !== 200) {
      state.message = { text: result.body.error ?? `The change was refused (${result.status}).`, alert: true };
      return false;
    }
    const { version, before, progress } = result.body;
    const items = view.items.map((v) => (v.item.id === itemId ? result.body.view : v));
    state.view = { ...view, items, progress, bank: { ...view.bank, version } };
    if (remember) state.undo.push({ lesson: view.lesson.id, itemId, before, what });
    state.message = { text: `Item ${itemId} ${what}.`, alert: false };
    announce(`Item ${itemId} ${what}.`);
    return true;
  } finally {
    state.busy = false;
  }
}

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

document.addEventListener('keydown', (event) => {
  if (!state.view || !location.hash.startsWith('#/review') || state.editing || state.busy) return;
  if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
  const actions: Record<string, () => void> = {
    a: () => void setStatus('approved'),
    r: () => void setStatus('rejected'),
    e: startEdit,
    j: () => move(1),
    k: () => move(-1),
    u: () => void undo(),
  };
  const action = actions[event.key];
  if (!action || !state.current) return;
  event.preventDefault();
  action();
});
