/** Check 1: the key put back into the blank gives the source sentence (normalised), exactly. */
import { CLOZE_BLANK } from '../bank/lint-item';
import { normaliseStatement } from '../rules/shared/statement';
import { problem, type Draft, type Problem } from './types';

export function checkRestoresSource(draft: Draft): Problem[] {
  const parts = draft.stem.split(CLOZE_BLANK);
  if (parts.length !== 2) return [problem('restores-source', `the stem has ${parts.length - 1} blanks, not one`)];
  const restored = `${parts[0]}${draft.key.text}${parts[1]}`;
  const sentence = normaliseStatement(draft.statement.sentence.sentence.clean, draft.language);
  // the context sentences, each followed by a space, come before the stem's own sentence
  const source = [...(draft.context ?? []).map((before) => before.text), sentence].join(' ');
  return restored === source ? [] : [problem('restores-source', `the key in the blank gives «${restored}», not the source «${source}»`)];
}
