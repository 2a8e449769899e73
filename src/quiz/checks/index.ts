/**
 * Every check of an item, in the order of the doc. The rules call `distractorProblems` while
 * choosing distractors (a failing candidate is skipped and the next one tried) and
 * `draftProblems` on the finished item (a failing item is dropped, the first check named).
 */
import type { Distractor } from '../distractors/types';
import type { CourseText } from '../text/types';
import { checkAgreement } from './agreement';
import { checkDistractorIsKey } from './distractor-is-key';
import { checkDistractorType } from './distractor-type';
import { checkHeadFit } from './head-fit';
import { checkOptions } from './options';
import { checkRestoresSource } from './restores-source';
import { checkSentenceFit } from './sentence-fit';
import { checkStemHygiene } from './stem-hygiene';
import { checkTrueElsewhere } from './true-elsewhere';
import type { Draft, Problem } from './types';

export { checkAgreement, checkDistractorIsKey, checkDistractorType, checkHeadFit, checkSentenceFit, checkOptions, checkRestoresSource, checkStemHygiene, checkTrueElsewhere };
export { sentenceProblems } from './stem-hygiene';
export { sameGeneration } from './determinism';
export * from './types';

/** Checks 2–5 on one distractor; the cheap ones first, the whole-course look-ups last. */
export function distractorProblems(draft: Draft, distractor: Distractor, text: CourseText): Problem[] {
  const quick = [...checkDistractorType(draft, distractor), ...checkSentenceFit(draft, distractor), ...checkDistractorIsKey(draft, distractor), ...checkAgreement(draft, distractor)];
  if (quick.length > 0) return quick;
  const head = checkHeadFit(draft, distractor, text);
  return head.length > 0 ? head : checkTrueElsewhere(draft, distractor, text);
}

/** Checks 1–7 on the whole draft (checks 2–5 again for every distractor it holds). */
export function draftProblems(draft: Draft, text: CourseText): Problem[] {
  return [
    ...checkRestoresSource(draft),
    ...draft.distractors.flatMap((distractor) => distractorProblems(draft, distractor, text)),
    ...checkAgreementOfKey(draft),
    ...checkOptions(draft),
    ...checkStemHygiene(draft),
  ];
}

/** The key itself must read as the analyser expects for its case (a malformed key is a spelling cue). */
function checkAgreementOfKey(draft: Draft): Problem[] {
  const key = draft.key;
  if (key.type !== 'organisation' && key.type !== 'place' && key.type !== 'person') return [];
  return checkAgreement(draft, { text: key.text, identity: key.identity, entity: key.entity, name: key.name });
}
