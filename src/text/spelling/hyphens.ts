/**
 * Hyphens typed with a space on one side or both, which a text pasted from Word often holds:
 * "Қасым- Жомарт", "қарым- қатынас", "ШЫҰ- ның", "COVID- 19", "қарым –қатынасы", "ара – қатынас".
 * A stem copying them reads as careless (blind reviewers named "odd spacing" beside typos), and
 * the compound is one word. Joined, only where nothing else can be meant:
 * - a hyphen with a space after it and none before ("Қасым- Жомарт"), unless a conjunction
 *   follows: "pre- and post-war", "двух- и трёхэтажный" hang the first half on purpose;
 * - a hyphen or dash with spaces however placed, between two words the text itself writes
 *   elsewhere as one hyphenated word ("қарым-қатынас" beside "қарым –қатынасы"); without that
 *   a dash may stand between two phrases ("Мемлекет –халықаралық қатынастардың негізгі акторы");
 * - a Kazakh case ending set off from an acronym ("ШЫҰ –на", "ЕурАзЭҚ - тың"), as the Kazakh
 *   layer joins it (normaliseSuffixSpacing in src/text/kk/spacing.ts).
 * The lesson files keep the author's spacing; stems, options and sources show the joined word.
 */
import type { Language } from '../../model/course';
import { normaliseSuffixSpacing } from '../kk';

/** Words after which a hanging hyphen is meant ("pre- and post-war"). */
const CONJUNCTIONS = new Set(['and', 'or', 'to', 'и', 'или', 'либо', 'және', 'немесе', 'не', 'мен', 'бен', 'пен']);


/** Two words joined by a hyphen or dash with spaces around it placed in any way but the right one. */
const SPACED = /([\p{L}\d]+)(\s*)([-–])(\s*)([\p{L}\d]+)/gu;

export interface HyphenModel {
  /** "left-right" pairs (lower case) the text writes as one hyphenated word. */
  readonly compounds: ReadonlySet<string>;
  readonly language: Language;
}

/** The hyphenated words a text writes without spaces, read once from all its paragraphs. */
export function hyphenModel(texts: Iterable<string>, language: Language): HyphenModel {
  const compounds = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(/([\p{L}\d]+)-([\p{L}\d]+)/gu)) compounds.add(pairKey(match[1]!, match[2]!));
  }
  return { compounds, language };
}

/** A compound is known by its first word whole and its second word's first letters (the ending varies). */
const STEM_LETTERS = 4;
function pairKey(left: string, right: string): string {
  return `${left.toLowerCase()}-${[...right.toLowerCase()].slice(0, STEM_LETTERS).join('')}`;
}

/** The text with its mis-spaced hyphens joined (see above); the text itself when there are none. */
export function tidyHyphens(text: string, model: HyphenModel): string {
  if (!/\s[-–]|[-–]\s/u.test(text)) return text;
  const endingsJoined = model.language === 'kk' ? normaliseSuffixSpacing(text) : text;
  return endingsJoined.replace(SPACED, (whole, left: string, before: string, dash: string, after: string, right: string) => {
    if (before === '' && after === '') return whole;
    return joins(left, before, dash, after, right, model) ? `${left}-${right}` : whole;
  });
}

function joins(left: string, before: string, dash: string, after: string, right: string, model: HyphenModel): boolean {
  if (model.compounds.has(pairKey(left, right))) return true;
  return dash === '-' && before === '' && after !== '' && !CONJUNCTIONS.has(right.toLowerCase());
}
