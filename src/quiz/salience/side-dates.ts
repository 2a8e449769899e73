/**
 * A year the text names in one or two sentences only is a side date: the year a film came out,
 * a museum opened, a forum met. Blind reviewers rejected questions that hinge on such a year as
 * trivia ("tests a side date", "the falsehood is only an exact year") and accepted those on the
 * years a text comes back to (independence, the founding of the organisation it is about).
 * Over rounds 10–16 on new texts: false statements made by swapping a year named in at most two
 * of the text's sentences, 2 accepted of 23; in three or more, 10 of 24. Year clozes: a year named
 * in one sentence, 1 of 10; in two or more, 9 of 19.
 */
import type { QuantityKey } from '../distractors/types';
import type { CourseText } from '../text/types';

/** The reason such a year is refused as a key (the quiz report counts it as `key-side-date`). */
export const SIDE_DATE = 'side-date';

/** Sentences that must name the year before it is swapped into a false statement… */
const MIN_SENTENCES_SWAPPED = 3;
/** …or blanked in a cloze (the options show other years beside it: less of a trick). */
const MIN_SENTENCES_BLANKED = 2;

/** Whether a year key is a side date of this text; `swapped`: for a false statement, not a cloze. */
export function isSideYear(key: QuantityKey, text: CourseText, swapped: boolean): boolean {
  if (key.type !== 'year') return false;
  const named = text.byYear.get(key.quantity.value)?.length ?? 0;
  return named < (swapped ? MIN_SENTENCES_SWAPPED : MIN_SENTENCES_BLANKED);
}
