/**
 * Scholar ↔ theory: a person named in the genitive right before "<name> теориясы /
 * тұжырымдамасы / концепциясы" ("И. Валлерстайнның әлемдік жүйе теориясы"), or in English
 * "<Initials Surname>'s <name> theory". A theory without its own name ("Х. Маккиндердің
 * теориясы") gives no pair: the right side would be the same for everyone.
 */
import type { CourseSentence } from '../../text/types';
import type { Language } from '../../../model/course';
import { capitalised } from '../lists/option-text';
import type { FoundPair } from './types';

const KK_GENITIVE = /^(?:ның|нің|дың|дің|тың|тің)$/u;
// up to four words (or one «quoted» name) between the scholar and the head noun
const KK_THEORY = /^\s+((?:«[^»]{1,40}»|[\p{Ll}\p{Lu}][\p{L}-]*)(?:\s+(?:«[^»]{1,40}»|[\p{L}-]+)){0,3}?)\s+(теория|тұжырымдама|концепция)\p{Ll}*/u;
const KK_HEAD: Readonly<Record<string, string>> = { теория: 'теориясы', тұжырымдама: 'тұжырымдамасы', концепция: 'концепциясы' };
const EN_THEORY = /((?:[A-Z]\.\s?){1,3}\s?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)['’]s\s+((?:[\w“”"-]+\s+){1,4}?)(theory|concept|doctrine)\b/gu;

export function scholarPairs(sentences: readonly CourseSentence[], language: Language): FoundPair[] {
  if (language === 'kk') return sentences.flatMap(kazakhPairs);
  if (language === 'en') return sentences.flatMap(englishPairs);
  return [];
}

function kazakhPairs(s: CourseSentence): FoundPair[] {
  const text = s.sentence.clean;
  return s.entities
    .filter((mention) => mention.type === 'person' && KK_GENITIVE.test(mention.suffix) && !coAuthored(s, mention.start))
    .flatMap((mention) => {
      const match = KK_THEORY.exec(text.slice(mention.end));
      if (!match || /[,.;:()]/u.test(match[1].replace(/«[^»]*»/gu, ''))) return [];
      const name = `${match[1]} ${KK_HEAD[match[2]]}`;
      return [{ left: mention.stem.replace(/\s+/gu, ' '), right: capitalised(name), sentence: text, line: s.line }];
    });
}

/** "Дж. Бекаттини мен М. Пиоренің … теориялары": a theory of two cannot be matched to one of them. */
function coAuthored(s: CourseSentence, start: number): boolean {
  return s.entities.some((other) => other.type === 'person' && other.end <= start && /^\s*(?:мен|пен|бен|және|,)\s*$/u.test(s.sentence.clean.slice(other.end, start)));
}

function englishPairs(s: CourseSentence): FoundPair[] {
  const text = s.sentence.clean;
  return [...text.matchAll(EN_THEORY)].map((match) => ({
    left: match[1], right: capitalised(`${match[2].trim()} ${match[3]}`), sentence: text, line: s.line,
  }));
}
