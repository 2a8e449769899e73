/**
 * Editing an item in place: its stem, option texts, right answer and feedback. Options are
 * edited, never added or removed (their ids are answers and LMS interaction ids). Ctrl+Enter
 * saves, Escape cancels.
 */
import { h } from './dom';
import type { Item } from './types';

export interface Changes {
  stem?: string;
  feedback?: string;
  options?: Record<string, string>;
  steps?: Record<string, string>;
  pairs?: Record<string, { left: string; right: string }>;
  answer?: string | boolean;
  answers?: string[];
}

export function editForm(item: Item, save: (changes: Changes) => Promise<void>, cancel: () => void): HTMLElement {
  const form = h('form', { class: 'edit', 'aria-label': `Edit item ${item.id}` },
    field('edit-stem', 'Stem', item.stem, true),
    ...optionFields(item),
    answerFields(item),
    field('edit-feedback', 'Feedback', item.feedback, true),
    h('p', { class: 'buttons' },
      h('button', { type: 'submit', 'aria-keyshortcuts': 'Control+Enter' }, 'Save'), ' ',
      h('button', { type: 'button', 'aria-keyshortcuts': 'Escape', onclick: cancel }, 'Cancel'),
      h('span', { class: 'hint' }, ' Ctrl+Enter saves, Escape cancels.')));
  const submit = () => void save(changesOf(form as HTMLFormElement, item));
  form.addEventListener('submit', (event) => { event.preventDefault(); submit(); });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') { event.preventDefault(); cancel(); }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); submit(); }
  });
  return form;
}

function field(id: string, label: string, value: string, multiline: boolean): HTMLElement {
  const control = multiline ? h('textarea', { id, name: id, rows: '3' }) : h('input', { id, name: id, type: 'text' });
  (control as HTMLInputElement | HTMLTextAreaElement).value = value;
  return h('p', {}, h('label', { for: id }, label), control);
}

function optionFields(item: Item): HTMLElement[] {
  if (item.options) return item.options.map((o) => field(`edit-option-${o.id}`, `Option ${o.id}`, o.text, false));
  if (item.steps) return item.steps.map((s, i) => field(`edit-step-${s.id}`, `Step ${i + 1}`, s.text, false));
  if (item.pairs) return item.pairs.flatMap((p) => [field(`edit-pair-${p.id}-left`, `Pair ${p.id}, left`, p.left, false), field(`edit-pair-${p.id}-right`, `Pair ${p.id}, right`, p.right, false)]);
  return [];
}

function answerFields(item: Item): HTMLElement | null {
  const choice = (type: 'radio' | 'checkbox', value: string, label: string, checked: boolean) =>
    h('label', { class: 'choice' }, h('input', { type, name: 'edit-answer', value, checked }), ` ${label}`);
  switch (item.kind) {
    case 'choice':
      return h('fieldset', {}, h('legend', {}, 'Right answer'), ...(item.options ?? []).map((o) => choice('radio', o.id, `Option ${o.id}`, o.id === item.answer)));
    case 'multiple-response':
      return h('fieldset', {}, h('legend', {}, 'Right answers'), ...(item.options ?? []).map((o) => choice('checkbox', o.id, `Option ${o.id}`, (item.answers ?? []).includes(o.id))));
    case 'true-false':
      return h('fieldset', {}, h('legend', {}, 'The statement is'), choice('radio', 'true', 'True', item.answer === true), choice('radio', 'false', 'False', item.answer === false));
    default:
      return null;
  }
}

function changesOf(form: HTMLFormElement, item: Item): Changes {
  const value = (id: string) => (form.querySelector(`#${id}`) as HTMLInputElement | HTMLTextAreaElement).value;
  const checked = [...form.querySelectorAll<HTMLInputElement>('input[name="edit-answer"]:checked')].map((input) => input.value);
  const changes: Changes = { stem: value('edit-stem'), feedback: value('edit-feedback') };
  if (item.options) changes.options = Object.fromEntries(item.options.map((o) => [o.id, value(`edit-option-${o.id}`)]));
  if (item.steps) changes.steps = Object.fromEntries(item.steps.map((s) => [s.id, value(`edit-step-${s.id}`)]));
  if (item.pairs) changes.pairs = Object.fromEntries(item.pairs.map((p) => [p.id, { left: value(`edit-pair-${p.id}-left`), right: value(`edit-pair-${p.id}-right`) }]));
  if (item.kind === 'choice' && checked[0] !== undefined) changes.answer = checked[0];
  if (item.kind === 'true-false' && checked[0] !== undefined) changes.answer = checked[0] === 'true';
  if (item.kind === 'multiple-response') changes.answers = checked;
  return changes;
}
