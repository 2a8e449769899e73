/**
 * One question of an open attempt as a form part, each kind in the accessible form a screen
 * reader user expects: a fieldset whose legend is the question, holding a radio group
 * (choice, true-false), checkboxes (multiple-response), a list with move up/down buttons
 * (ordering) or one labelled select per left side (matching).
 */
import { UNSET_ANSWER } from '../../lms/adapter';
import type { UiStrings } from '../../ui/strings';
import type { Answer } from '../answers';
import type { DrawnQuestion } from '../draw';
import { el } from './dom';
import { orderingList } from './ordering';

export interface QuestionView {
  readonly number: number;
  readonly total: number;
  readonly question: DrawnQuestion;
  readonly answer: Answer | null;
  readonly text: UiStrings;
  /** The learner changed the answer. */
  readonly onAnswer: (answer: Answer | null) => void;
  /** Something to say in the quiz's live region (e.g. where a moved step is now). */
  readonly announce: (message: string) => void;
}

export function questionFieldset(doc: Document, view: QuestionView): HTMLFieldSetElement {
  const { question, number, total, text } = view;
  const name = `cp-q${number}`;
  const legend = el(doc, 'legend', { class: 'cp-question__legend' }, [
    el(doc, 'span', { class: 'cp-question__number' }, [`${text('quizQuestion', { number, total })}. `]),
    el(doc, 'span', { class: 'cp-question__stem' }, [question.item.stem]),
  ]);
  const fieldset = el(doc, 'fieldset', { class: `cp-question cp-question--${question.item.kind}`, id: name }, [legend]);
  fieldset.append(...answerControls(doc, view, name));
  return fieldset;
}

function answerControls(doc: Document, view: QuestionView, name: string): HTMLElement[] {
  const { item, order } = view.question;
  const { text } = view;
  switch (item.kind) {
    case 'choice':
      return [choiceList(doc, name, 'radio', order.map((i) => ({ value: i, label: item.options[i].text })), view)];
    case 'true-false':
      return [choiceList(doc, name, 'radio', [{ value: 1, label: text('quizTrue') }, { value: 0, label: text('quizFalse') }], view)];
    case 'multiple-response':
      return [
        el(doc, 'p', { class: 'cp-question__hint', id: `${name}-hint` }, [text('quizChooseAll')]),
        choiceList(doc, name, 'checkbox', order.map((i) => ({ value: i, label: item.options[i].text })), view),
      ];
    case 'ordering':
      return [
        el(doc, 'p', { class: 'cp-question__hint' }, [text('quizOrderHint')]),
        orderingList(doc, name, item.steps, view.answer ?? order, text, view.onAnswer, view.announce),
      ];
    case 'matching':
      return [el(doc, 'p', { class: 'cp-question__hint' }, [text('quizMatchHint')]), matchingList(doc, name, view)];
  }
}

interface Choice {
  readonly value: number;
  readonly label: string;
}

function choiceList(doc: Document, name: string, type: 'radio' | 'checkbox', choices: readonly Choice[], view: QuestionView): HTMLElement {
  const list = el(doc, 'div', { class: 'cp-choices' });
  const inputs: HTMLInputElement[] = [];
  choices.forEach((choice, position) => {
    const id = `${name}-${position + 1}`;
    const checked = view.answer?.includes(choice.value) ?? false;
    const input = el(doc, 'input', { type, name, id, value: String(choice.value), checked });
    inputs.push(input);
    list.append(el(doc, 'div', { class: 'cp-choice' }, [input, el(doc, 'label', { for: id }, [choice.label])]));
  });
  list.addEventListener('change', () => {
    const picked = inputs.filter((input) => input.checked).map((input) => Number(input.value)).sort((a, b) => a - b);
    view.onAnswer(picked.length > 0 ? picked : null);
  });
  return list;
}

function matchingList(doc: Document, name: string, view: QuestionView): HTMLElement {
  const { item, order } = view.question;
  if (item.kind !== 'matching') return el(doc, 'div');
  const current = view.answer ?? item.pairs.map(() => UNSET_ANSWER);
  const selects: HTMLSelectElement[] = [];
  const rows = item.pairs.map((pair, left) => {
    const id = `${name}-m${left + 1}`;
    const select = el(doc, 'select', { id }, [
      el(doc, 'option', { value: '' }, [view.text('quizChoose')]),
      ...order.map((right) => el(doc, 'option', { value: String(right), selected: current[left] === right }, [item.pairs[right].right])),
    ]);
    selects.push(select);
    return el(doc, 'div', { class: 'cp-match' }, [el(doc, 'label', { for: id, class: 'cp-match__left' }, [pair.left]), select]);
  });
  const list = el(doc, 'div', { class: 'cp-matches' }, rows);
  list.addEventListener('change', () => {
    view.onAnswer(selects.map((select) => (select.value === '' ? UNSET_ANSWER : Number(select.value))));
  });
  return list;
}
