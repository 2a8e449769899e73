/**
 * The cases a Russian preposition governs: what decides an ambiguous form ("России" is gen, dat
 * or prep; after "в" it is prep) and which form an option must take.
 */
import type { RuCase } from './types';

const GOVERNS: Readonly<Record<string, readonly RuCase[]>> = {
  из: ['gen'], от: ['gen'], до: ['gen'], для: ['gen'], без: ['gen'], у: ['gen'], около: ['gen'], вокруг: ['gen'],
  после: ['gen'], кроме: ['gen'], среди: ['gen'], вдоль: ['gen'], возле: ['gen'], против: ['gen'], со: ['ins', 'gen'],
  к: ['dat'], ко: ['dat'], по: ['dat'], благодаря: ['dat'], согласно: ['dat'], вопреки: ['dat'],
  в: ['prep', 'acc'], во: ['prep', 'acc'], на: ['prep', 'acc'], о: ['prep'], об: ['prep'], обо: ['prep'], при: ['prep'],
  с: ['ins', 'gen'], между: ['ins'], над: ['ins'], под: ['ins', 'acc'], перед: ['ins'], за: ['ins', 'acc'],
  про: ['acc'], через: ['acc'], сквозь: ['acc'],
};

/** The cases the word right before a name allows; undefined when it is no preposition. */
export function casesAfter(before: string): readonly RuCase[] | undefined {
  const word = /(\p{L}+)\s*$/u.exec(before)?.[1]?.toLowerCase();
  return word ? GOVERNS[word] : undefined;
}
