/** What the quiz rules call: give another stem the key's case, and check an option's case. */
import { analyse } from './analyse';
import { inflect } from './inflect';
import { normaliseSuffixSpacing } from './spacing';

/**
 * `otherStem` in the case and number of `keyForm` (read with `keyStem`):
 * Өзбекстанмен, Өзбекстан, Қырғызстан → Қырғызстанмен; ШЫҰ-ның, ШЫҰ, АҚШ → АҚШ-тың.
 * Null when `keyForm` is not `keyStem` with a case ending.
 */
export function reinflectLike(keyForm: string, keyStem: string, otherStem: string): string | null {
  const reading = analyse(keyForm).find((analysis) => analysis.stem === keyStem);
  if (!reading) return null;
  return inflect(otherStem, reading.kase, { plural: reading.plural, attributive: reading.attributive });
}

/** Whether `form` is `stem` itself or `stem` with the right allomorph of a case ending. */
export function suffixAgrees(form: string, stem: string): boolean {
  const normalised = normaliseSuffixSpacing(form.trim());
  if (normalised === stem) return true;
  return analyse(normalised).some((analysis) => analysis.stem === stem && analysis.wellFormed);
}
