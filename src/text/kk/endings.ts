/**
 * Every ending a case form can show, right or wrong for its stem: what `analyse` strips off.
 * A wrong allomorph (АҚШ-ның, Тоқаевтің) still tells the case, which is what a quiz needs.
 */
import type { Harmony } from './sounds';
import { attributiveSuffix, caseSuffix, pluralSuffix } from './suffixes';
import { KK_CASES, type KkCase } from './types';

export interface EndingPattern {
  readonly ending: string;
  readonly kase: KkCase;
  readonly plural: boolean;
  readonly attributive: boolean;
  /** The pronominal-н ending of a possessive stem (-на, -н, -нда): only after -ы/-і or an acronym. */
  readonly afterPossessive: boolean;
}

const HARMONIES: readonly Harmony[] = ['back', 'front'];
const SOUNDS = ['vowel', 'nasal', 'glide', 'lateral', 'sibilant', 'voiceless'] as const;

interface CaseEnding {
  readonly kase: KkCase;
  readonly ending: string;
  readonly afterPossessive: boolean;
}

function caseEndings(harmony: Harmony, afterPlural: boolean): CaseEnding[] {
  const found: CaseEnding[] = [];
  for (const kase of KK_CASES) {
    if (kase === 'nom') continue;
    const sounds = afterPlural ? (['glide'] as const) : SOUNDS;
    for (const sound of sounds) found.push({ kase, ending: caseSuffix(kase, sound, harmony, false), afterPossessive: false });
    if (!afterPlural) found.push({ kase, ending: caseSuffix(kase, 'vowel', harmony, true), afterPossessive: true });
  }
  return found;
}

function patternsFor(harmony: Harmony): EndingPattern[] {
  const patterns: EndingPattern[] = [];
  const plurals = [...new Set(SOUNDS.map((sound) => pluralSuffix(sound, harmony)))];
  const attributive = attributiveSuffix(harmony);
  const add = (ending: string, kase: KkCase, plural: boolean, afterPossessive: boolean): void => {
    patterns.push({ ending, kase, plural, attributive: false, afterPossessive });
    if (kase === 'loc') patterns.push({ ending: ending + attributive, kase, plural, attributive: true, afterPossessive });
  };
  for (const { kase, ending, afterPossessive } of caseEndings(harmony, false)) add(ending, kase, false, afterPossessive);
  for (const plural of plurals) {
    add(plural, 'nom', true, false);
    for (const { kase, ending } of caseEndings(harmony, true)) add(plural + ending, kase, true, false);
  }
  return patterns;
}

function keyOf(pattern: EndingPattern): string {
  return `${pattern.ending}|${pattern.kase}|${pattern.plural}|${pattern.attributive}|${pattern.afterPossessive}`;
}

/** All patterns, longest ending first, then in a fixed order (deterministic analyses). */
export const ENDING_PATTERNS: readonly EndingPattern[] = (() => {
  const unique = new Map<string, EndingPattern>();
  for (const harmony of HARMONIES) for (const pattern of patternsFor(harmony)) unique.set(keyOf(pattern), pattern);
  return [...unique.values()].sort(
    (a, b) => b.ending.length - a.ending.length || keyOf(a).localeCompare(keyOf(b)),
  );
})();

/**
 * The clipped genitive the text writes after some acronyms (ЕО-ң ×4, ШЫҰ-ң, АҚШ-ң): read as a
 * genitive so a quiz knows the case, never produced.
 */
export const CLIPPED_GENITIVE: EndingPattern = {
  ending: 'ң', kase: 'gen', plural: false, attributive: false, afterPossessive: false,
};

/** Endings that may follow a spaced dash after an acronym ("ШЫҰ – ның"). */
export const JOINABLE_ENDINGS: ReadonlySet<string> = new Set([
  ...ENDING_PATTERNS.map((pattern) => pattern.ending),
  CLIPPED_GENITIVE.ending,
]);
