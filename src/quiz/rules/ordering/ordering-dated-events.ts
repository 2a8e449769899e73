/**
 * `ordering-dated-events`: 3–5 events of one lesson, each shown without its date, to be put in
 * chronological order. Events come from a dated list, from one sentence's dated clauses, or
 * from the lesson's dated statements close together in the text (a run). Years are distinct:
 * two events of one year cannot be ordered, so the later-told one is left out. Language-neutral.
 */
import type { Language } from '../../../model/course';
import type { OrderingItem } from '../../../model/quiz';
import type { DroppedCandidate, QuizRule, QuizRuleContext, RuleOutput } from '../registry';
import { generatedItemId, optionId, seededOrder } from '../lists/item-id';
import { normalisedText } from '../lists/text-compare';
import { lessonEventGroups, type DatedEvent, type EventGroup } from './events';
import { ORDERING_PHRASES } from './phrases';

export const ORDERING_DATED_EVENTS = 'ordering-dated-events';
const SHORT = 'order';

export const MIN_STEPS = 3;
export const MAX_STEPS = 5;
/** Statements further apart than this (lines of the lesson file) do not make one run. */
export const RUN_SPAN_LINES = 24;

export function orderingDatedEventsRule(): QuizRule {
  return { id: ORDERING_DATED_EVENTS, kinds: ['ordering'], languages: 'all', generate };
}

interface Candidate {
  readonly events: readonly DatedEvent[];
  readonly intro?: string;
}

function generate(context: QuizRuleContext): RuleOutput {
  const lesson = context.lesson.id;
  const items: OrderingItem[] = [];
  const dropped: DroppedCandidate[] = [];
  const drop = (reason: string, sentence: string, line: number) => dropped.push({ rule: ORDERING_DATED_EVENTS, reason, sentence, line });
  for (const group of lessonEventGroups(context.text, lesson)) {
    for (const refused of group.refused) drop(refused.reason, refused.sentence, refused.line);
    const { candidates, ties, short } = candidatesOf(group);
    for (const tie of ties) drop('tied-years', tie.sentence, tie.line);
    for (const run of short) drop('too-few-events', run[0].sentence, run[0].line);
    for (const candidate of candidates) items.push(itemOf(lesson, candidate, context.course.language));
  }
  return { items, dropped };
}

interface Split {
  readonly candidates: Candidate[];
  /** Events left out because another of the group has their year. */
  readonly ties: DatedEvent[];
  /** Runs or groups with fewer than MIN_STEPS events left. */
  readonly short: DatedEvent[][];
}

export function candidatesOf(group: EventGroup): Split {
  const split: Split = { candidates: [], ties: [], short: [] };
  const runs = group.kind === 'statements' ? runsOf(group.events) : [group.events];
  for (const run of runs) {
    const { kept, ties } = distinctYears(run);
    split.ties.push(...ties);
    if (kept.length < MIN_STEPS) {
      if (kept.length > 0) split.short.push(kept);
      continue;
    }
    for (const chunk of chunks(kept)) split.candidates.push({ events: chunk, ...(group.intro ? { intro: group.intro } : {}) });
  }
  return split;
}

/** Statements in text order, cut where the text moves on (a gap of more than RUN_SPAN_LINES). */
function runsOf(events: readonly DatedEvent[]): DatedEvent[][] {
  const runs: DatedEvent[][] = [];
  for (const event of [...events].sort((a, b) => a.order - b.order)) {
    const run = runs[runs.length - 1];
    if (run && event.line - run[0].line <= RUN_SPAN_LINES) run.push(event);
    else runs.push([event]);
  }
  return runs;
}

/** The first event told for each year, and the others; repeated step texts count once. */
function distinctYears(events: readonly DatedEvent[]): { kept: DatedEvent[]; ties: DatedEvent[] } {
  const kept: DatedEvent[] = [];
  const ties: DatedEvent[] = [];
  for (const event of events) {
    if (kept.some((other) => normalisedText(other.step) === normalisedText(event.step))) continue;
    if (kept.some((other) => other.year === event.year)) ties.push(event);
    else kept.push(event);
  }
  return { kept, ties };
}

/** Consecutive chunks of at most MAX_STEPS, as even as can be (6 → 3 + 3, 7 → 4 + 3). */
function chunks<T>(values: readonly T[]): T[][] {
  const count = Math.ceil(values.length / MAX_STEPS);
  const out: T[][] = [];
  let start = 0;
  for (let index = 0; index < count; index += 1) {
    const size = Math.ceil((values.length - start) / (count - index));
    out.push(values.slice(start, start + size));
    start += size;
  }
  return out;
}

function itemOf(lesson: string, candidate: Candidate, language: Language): OrderingItem {
  const chronological = [...candidate.events].sort((a, b) => a.year - b.year);
  const key = `${lesson}|${chronological.map((e) => `${e.year}:${e.step}`).join('|')}`;
  // ids drawn in a seeded order, so that a, b, c do not spell the answer
  const ids = seededOrder(key, chronological.map((_, index) => optionId(index)), (id) => id);
  const phrases = ORDERING_PHRASES[language];
  const first = [...candidate.events].sort((a, b) => a.order - b.order)[0];
  const sentences = [...new Set([...candidate.events].sort((a, b) => a.order - b.order).map((e) => e.sentence))];
  return {
    id: generatedItemId(lesson, SHORT, key),
    kind: 'ordering',
    status: 'draft',
    rule: ORDERING_DATED_EVENTS,
    stem: phrases.stem(candidate.intro),
    steps: chronological.map((event, index) => ({ id: ids[index], text: event.step })),
    feedback: phrases.feedback(chronological, sentences),
    source: { lesson, line: first.line, text: first.sentence },
    fingerprint: '',
  };
}
