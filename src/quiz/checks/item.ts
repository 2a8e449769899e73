/**
 * Checks 2–5 run again on a single-choice cloze item as a reviewer left it (the studio shows them
 * after every edit): its source sentence is found in the analysed course text, its right option
 * taken as the key of its rule's type, and every wrong option checked as a distractor against
 * the whole text (of the key's type and case, fits the sentence, not the key, not true
 * elsewhere). An option the generator could not have offered is named: nothing checks it.
 */
import type { ChoiceItem } from '../../model/quiz';
import { distractorCandidates } from '../distractors';
import type { Distractor, KeyType } from '../distractors/types';
import { CLOZE_PRIORITY } from '../rules/cloze/rule';
import { keysOf } from '../rules/cloze/keys';
import { normaliseStatement, statementOf } from '../rules/shared/statement';
import type { CourseText } from '../text/types';
import { distractorProblems } from './index';
import { problem, type Draft, type Problem } from './types';

export function clozeItemProblems(item: ChoiceItem, text: CourseText): Problem[] {
  const type = item.rule.replace(/^cloze-/u, '') as KeyType;
  if (!item.rule.startsWith('cloze-') || !CLOZE_PRIORITY.includes(type)) return [];
  const language = text.language;
  const wanted = normaliseStatement(item.source.text, language);
  const sentence = text.sentences.find((found) => found.lesson === item.source.lesson && normaliseStatement(found.sentence.clean, language) === wanted);
  const answer = item.options.find((option) => option.id === item.answer)?.text;
  if (!sentence || answer === undefined) return []; // a stale item or a broken answer: lint says so
  const statement = statementOf(sentence, language, text.catalogue);
  const key = keysOf(statement, type, language).keys.find((found) => found.text === answer);
  if (!key) return [problem('distractor-type', `the right option «${answer}» is no ${type} the source sentence states`)];
  const candidates = distractorCandidates(key, text, language, item.id);
  const found: Problem[] = [];
  const distractors: Distractor[] = [];
  for (const option of item.options.filter((other) => other.id !== item.answer)) {
    const distractor = candidates.find((candidate) => candidate.text === option.text) ?? (type === 'year' && /^\d{4}$/u.test(option.text)
      ? { text: option.text, identity: `year:${option.text}`, value: Number(option.text), pool: 'year' }
      : undefined);
    if (distractor) distractors.push(distractor);
    else found.push(problem('distractor-type', `«${option.text}» is no ${type} in the key's form that the course text knows: it could not be checked against the text`));
  }
  const draft: Draft = { language, statement, key, stem: item.stem, distractors };
  for (const distractor of distractors) found.push(...distractorProblems(draft, distractor, text).map((one) => problem(one.check, `«${distractor.text}»: ${one.message}`)));
  return found;
}
