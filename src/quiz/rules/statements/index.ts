/**
 * multiple-response-statements: "Which of these statements are true according to the text?"
 * with 4–5 options, 2–3 of them sentences of the lesson as the text states them and 2 of them
 * other sentences with one fact swapped (checked as true-false-swap checks its swaps). Up to
 * three items a lesson, each from sentences no other item uses. Deterministic: every choice is
 * ranked by a hash of the lesson and the sentences.
 */
import type { MultipleResponseItem, Option } from '../../../model/quiz';
import type { CourseSentence } from '../../text/types';
import type { DroppedCandidate, QuizRule, QuizRuleContext, RuleOutput } from '../registry';
import { seededOrder, seededRank } from '../shared/hash';
import { itemId } from '../shared/items';
import { lessonSentences } from '../shared/statement';
import { lessonCandidates, takenSentences, type FalseCandidate, type TrueCandidate } from './candidates';
import { lengthGivesAway } from './lengths';
import { STATEMENT_PHRASES, statementsFeedback } from './phrases';

export const MULTIPLE_RESPONSE_STATEMENTS = 'multiple-response-statements';
const SHORT = 'mr-stmt';
const MAX_ITEMS = 3;
const FALSES = 2;
const MIN_TRUES = 2;
const MAX_TRUES = 3;

export function multipleResponseStatementsRule(): QuizRule {
  return { id: MULTIPLE_RESPONSE_STATEMENTS, kinds: ['multiple-response'], languages: 'all', generate };
}

function generate(context: QuizRuleContext): RuleOutput {
  const lesson = context.lesson.id;
  const candidates = lessonCandidates(context, takenSentences(context));
  const dropped: DroppedCandidate[] = candidates.dropped.map(({ sentence, reason }) => drop(sentence, reason));
  const trues = seededOrder(lesson, candidates.trues, (one) => one.text);
  const falses = seededOrder(`${lesson}|false`, candidates.falses, (one) => one.text).sort((a, b) => a.reuse - b.reuse);
  const used = new Set<number>();
  const items: MultipleResponseItem[] = [];
  while (items.length < MAX_ITEMS) {
    const made = nextItem(trues, falses, used, context, items.length);
    if (typeof made === 'string') {
      // a lesson that gives no item says why; later attempts only end the run
      const first = lessonSentences(context.text.sentences, lesson)[0];
      if (items.length === 0 && first) dropped.push(drop(first, made));
      break;
    }
    items.push(made);
  }
  return { items, dropped };
}

function nextItem(trues: readonly TrueCandidate[], falses: readonly FalseCandidate[], used: Set<number>, context: QuizRuleContext, made: number): MultipleResponseItem | string {
  const wrong = falses.filter((one) => !used.has(one.sentence.index)).slice(0, FALSES);
  if (wrong.length < FALSES) return 'too-few-false-statements';
  const seed = wrong.map((one) => one.text).join('|');
  const wanted = MIN_TRUES + (seededRank(seed, 'trues') % (MAX_TRUES - MIN_TRUES + 1));
  const reference = wrong.map((one) => [...one.text].length);
  const free = trues.filter((one) => !used.has(one.sentence.index) && !wrong.some((w) => w.sentence.index === one.sentence.index));
  if (free.length < MIN_TRUES) return 'too-few-true-statements';
  // first the statements whose lengths sit among the false ones', so length gives nothing away
  const fitting = free.filter((one) => !lengthGivesAway([...reference, [...one.text].length]));
  const right = fitting.slice(0, wanted);
  if (right.length < MIN_TRUES) return 'length-give-away';
  if (lengthGivesAway([...right, ...wrong].map((one) => [...one.text].length))) return 'length-give-away';
  for (const one of [...right, ...wrong]) used.add(one.sentence.index);
  return makeItem(right, wrong, context, made);
}

/** `made`: items of the lesson before this one; each gets its own wording of the stem. */
function makeItem(rightInTextOrder: readonly TrueCandidate[], wrong: readonly FalseCandidate[], context: QuizRuleContext, made: number): MultipleResponseItem {
  const language = context.text.language;
  const right = [...rightInTextOrder].sort((a, b) => a.sentence.index - b.sentence.index);
  const seed = [...right, ...wrong].map((one) => one.text).join('|');
  const shown = seededOrder(seed, [...right.map((one) => ({ text: one.text, right: true })), ...wrong.map((one) => ({ text: one.text, right: false }))], (one) => one.text);
  const options: Option[] = shown.map((one, index) => ({ id: String.fromCharCode(97 + index), text: one.text }));
  const first = right[0]!.sentence;
  return {
    id: itemId(first.lesson, SHORT, right.map((one) => one.text).join('\u0000'), wrong.map((one) => one.text).join('\u0000')),
    kind: 'multiple-response',
    status: 'draft',
    rule: MULTIPLE_RESPONSE_STATEMENTS,
    stem: [STATEMENT_PHRASES[language].stem, ...STATEMENT_PHRASES[language].moreStems][made] ?? STATEMENT_PHRASES[language].stem,
    options,
    answers: shown.flatMap((one, index) => (one.right ? [options[index]!.id] : [])),
    feedback: statementsFeedback(right.map((one) => one.text), wrong, language),
    source: { lesson: first.lesson, line: first.line, text: first.sentence.clean },
    fingerprint: '',
  };
}

function drop(sentence: CourseSentence, reason: string): DroppedCandidate {
  return { rule: MULTIPLE_RESPONSE_STATEMENTS, reason, sentence: sentence.sentence.clean, line: sentence.line };
}
