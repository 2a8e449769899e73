/**
 * A Russian name of several words in a case: the adjectives before the head noun and the head
 * noun change ("Южная Корея" → "Южной Кореи", "Аральское море" → "Аральского моря"); what
 * follows the head is a genitive complement and stays ("Организация Объединённых Наций" →
 * "Организации Объединённых Наций"). People: initials stay, the other words change.
 * A hyphenated word changes in its last part ("Нур-Султан" → "Нур-Султана").
 */
import { classOf, inflectWord } from './nouns';
import { RU_CASES, type RuCase, type RuWordOptions } from './types';

const INITIALS = /^(?:\p{Lu}\p{Ll}?\.)+(?:-(?:\p{Lu}\p{Ll}?\.)+)*$/u;

export interface RuNameOptions extends RuWordOptions {
  /** A person's name: every word but the initials declines, as an animate noun. */
  readonly person?: boolean;
}

export function inflectName(name: string, kase: RuCase, options: RuNameOptions = {}): string {
  const words = name.split(' ');
  if (options.person) {
    return words.map((word) => (INITIALS.test(word.replace(/\s/gu, '')) ? word : inflectPart(word, kase, { ...options, animate: true }))).join(' ');
  }
  let headDone = false;
  return words.map((word) => {
    if (headDone) return word;
    const kind = classOf(lastPart(word), options);
    if (kind !== 'adjective') headDone = true;
    return inflectPart(word, kase, options);
  }).join(' ');
}

/** The cases whose form of `name` is `form` (several for an ambiguous form: России is gen, dat and prep). */
export function casesOf(form: string, name: string, options: RuNameOptions = {}): RuCase[] {
  const wanted = form.toLowerCase().replace(/ё/gu, 'е');
  return RU_CASES.filter((kase) => inflectName(name, kase, options).toLowerCase().replace(/ё/gu, 'е') === wanted);
}

function lastPart(word: string): string {
  return word.split('-').pop() ?? word;
}

function inflectPart(word: string, kase: RuCase, options: RuWordOptions): string {
  const parts = word.split('-');
  const last = parts.pop() ?? word;
  return [...parts, inflectWord(last, kase, options)].join('-');
}
