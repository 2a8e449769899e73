/** Check 1: the key put back into the blank gives the source sentence (normalised), exactly. */
import { CLOZE_BLANK } from '../bank/lint-item';
import { statedText } from '../rules/shared/statement';
import { problem, type Draft, type Problem } from './types';

export function checkRestoresSource(draft: Draft): Problem[] {
  const restored = restoreKey(draft.stem, draft.key.text);
  if (typeof restored !== 'string') return [restored];
  const sentence = statedText(draft.statement.sentence.sentence, draft.language);
  // the context sentences, each followed by a space, come before the stem's own sentence
  const source = [...(draft.context ?? []).map((before) => before.text), sentence].join(' ');
  return restored === source ? [] : [problem('restores-source', `the key in the blank gives «${restored}», not the source «${source}»`)];
}

/** The stem with the key in its blank, or the problem when the stem has not exactly one blank (also run on reviewed items by the studio). */
export function restoreKey(stem: string, key: string): string | Problem {
  const parts = stem.split(CLOZE_BLANK);
  if (parts.length !== 2) return problem('restores-source', `the stem has ${parts.length - 1} blanks, not one`);
  return `${parts[0]}${key}${parts[1]}`;
}
