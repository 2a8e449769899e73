/**
 * An ordering question: the steps as a numbered list, each with "Move up" / "Move down" buttons
 * named after the step. Keyboard only: after a move, focus follows the step (on the same button
 * when it can still move that way) and the live region says where the step is now.
 */
import type { Option } from '../../../model/quiz';
import type { UiStrings } from '../../ui/strings';
import type { Answer } from '../answers';
import { el } from './dom';

export function orderingList(
  doc: Document,
  name: string,
  steps: readonly Option[],
  initial: Answer,
  text: UiStrings,
  onAnswer: (answer: Answer) => void,
  announce: (message: string) => void,
): HTMLOListElement {
  const list = el(doc, 'ol', { class: 'cp-order', id: `${name}-order` });
  let order = initial.slice();

  function draw(focus: { step: number; direction: 'up' | 'down' } | null): void {
    list.replaceChildren(...order.map((step, position) => row(step, position)));
    if (focus === null) return;
    const row_ = list.children[order.indexOf(focus.step)];
    const preferred = row_?.querySelector<HTMLButtonElement>(`button[data-move="${focus.direction}"]:not([disabled])`);
    (preferred ?? row_?.querySelector<HTMLButtonElement>('button:not([disabled])'))?.focus();
  }

  function move(step: number, by: -1 | 1): void {
    const from = order.indexOf(step);
    const to = from + by;
    if (to < 0 || to >= order.length) return;
    order = order.slice();
    [order[from], order[to]] = [order[to], order[from]];
    draw({ step, direction: by < 0 ? 'up' : 'down' });
    onAnswer(order);
    announce(text('quizMoved', { item: steps[step].text, position: to + 1, total: order.length }));
  }

  function row(step: number, position: number): HTMLLIElement {
    const label = steps[step].text;
    const up = el(doc, 'button', { type: 'button', class: 'cp-button cp-order__move', 'data-move': 'up', 'aria-label': text('quizMoveUp', { item: label }), disabled: position === 0 }, ['↑']);
    const down = el(doc, 'button', { type: 'button', class: 'cp-button cp-order__move', 'data-move': 'down', 'aria-label': text('quizMoveDown', { item: label }), disabled: position === order.length - 1 }, ['↓']);
    up.addEventListener('click', () => move(step, -1));
    down.addEventListener('click', () => move(step, 1));
    return el(doc, 'li', { class: 'cp-order__step' }, [el(doc, 'span', { class: 'cp-order__text' }, [label]), el(doc, 'span', { class: 'cp-order__buttons' }, [up, down])]);
  }

  draw(null);
  return list;
}
