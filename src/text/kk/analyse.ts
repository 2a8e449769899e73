/** Reads a word form back into stem + case: the candidates a quiz rule chooses from. */
import { isAcronym } from './acronyms';
import { CLIPPED_GENITIVE, ENDING_PATTERNS, type EndingPattern } from './endings';
import { inflect } from './inflect';
import { isVowelLetter } from './sounds';
import { normaliseSuffixSpacing } from './spacing';
import type { Analysis } from './types';

const HYPHENATED = /^(.+?)-(\p{Ll}+)$/u;
/** A stem can only have a possessive's pronominal н after its -ы/-і (Ұйымы-на, Кеңесі-нде). */
const POSSESSIVE_END = /[ыіЫІ]$/u;

/** A stem left after stripping must still look like a word: two letters, one a vowel. */
function plausibleStem(stem: string): boolean {
  return stem.length >= 2 && [...stem].some(isVowelLetter);
}

function analysisOf(form: string, stem: string, pattern: EndingPattern): Analysis {
  const { kase, plural, attributive } = pattern;
  let wellFormed = false;
  try {
    wellFormed = inflect(stem, kase, { plural, attributive }) === form;
  } catch {
    wellFormed = false; // e.g. a plural on a possessive stem: not a form inflect makes
  }
  return { stem, kase, plural, attributive, suffix: pattern.ending, wellFormed };
}

function acronymAnalyses(form: string, acronym: string, ending: string): Analysis[] {
  const patterns = [...ENDING_PATTERNS, CLIPPED_GENITIVE].filter((pattern) => pattern.ending === ending);
  return patterns.map((pattern) => analysisOf(form, acronym, pattern));
}

function wordAnalyses(form: string): Analysis[] {
  const lower = form.toLowerCase();
  const found: Analysis[] = [];
  for (const pattern of ENDING_PATTERNS) {
    if (!lower.endsWith(pattern.ending) || lower.length === pattern.ending.length) continue;
    const stem = form.slice(0, form.length - pattern.ending.length);
    if (pattern.afterPossessive && !POSSESSIVE_END.test(stem)) continue;
    if (plausibleStem(stem)) found.push(analysisOf(form, stem, pattern));
  }
  return found;
}

/**
 * Candidate readings of a word form: well-formed ones first, then forms with the right case but
 * a wrong allomorph (the text has some), each group longest suffix first; the nominative
 * reading `{ stem: word }` always comes last.
 */
export function analyse(word: string): readonly Analysis[] {
  const form = normaliseSuffixSpacing(word.trim());
  const hyphenated = HYPHENATED.exec(form);
  const candidates = hyphenated && isAcronym(hyphenated[1]!)
    ? acronymAnalyses(form, hyphenated[1]!, hyphenated[2]!)
    : wordAnalyses(form);
  const unique = new Map(candidates.map((a) => [`${a.stem}|${a.kase}|${a.plural}|${a.attributive}|${a.suffix}`, a]));
  const distinct = [...unique.values()];
  const ranked = [...distinct.filter((a) => a.wellFormed), ...distinct.filter((a) => !a.wellFormed)];
  const nominative: Analysis = {
    stem: form, kase: 'nom', plural: false, attributive: false, suffix: '', wellFormed: true,
  };
  return [...ranked, nominative];
}
