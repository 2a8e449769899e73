/**
 * The text often detaches an acronym's suffix: "ШЫҰ– ның", "ҰҚШҰ- ның", "АҚШ -тың",
 * "ЕурАзЭҚ – ң". This joins them into the canonical "ШЫҰ-ның" so they can be matched and analysed.
 */
import { isAcronym } from './acronyms';
import { JOINABLE_ENDINGS } from './endings';

/** Suffix spellings that are also words ("мен" = I/and, "да" = also): joined only when the dash touches one side. */
const ALSO_WORDS: ReadonlySet<string> = new Set(['мен', 'бен', 'пен', 'да', 'де', 'та', 'те']);

const DETACHED_SUFFIX = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}]*\p{Lu}\p{L}*)([ \t]*)[-–—]([ \t]*)(\p{Ll}+)(?![\p{L}\p{N}])/gu;

export function normaliseSuffixSpacing(text: string): string {
  return text.replace(DETACHED_SUFFIX, (whole, acronym: string, before: string, after: string, suffix: string) => {
    if (!isAcronym(acronym) || !JOINABLE_ENDINGS.has(suffix)) return whole;
    if (before !== '' && after !== '' && ALSO_WORDS.has(suffix)) return whole;
    return `${acronym}-${suffix}`;
  });
}
