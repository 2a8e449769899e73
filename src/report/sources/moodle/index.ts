/**
 * Source 2: Moodle's SCORM interactions report, downloaded as text (tab-separated) or re-saved
 * as CSV. Each row is one learner's Moodle attempt; each SCO block of it a lesson (found by the
 * lesson part of its interaction ids, else by its title); each interaction id `<lesson>.<item>`
 * one answered question (src/player/quiz/interactions.ts writes them).
 */
import { diagnostic } from '../../../diagnostics/codes';
import { UserError } from '../../../diagnostics/errors';
import type { QuizItem } from '../../../model/quiz';
import type { AnswerRecord, LearnerRef, TrackingData, TrackRecord } from '../../model';
import { parseDelimited } from './delimited';
import { readLayout } from './layout';
import { readRow, type ReportInteraction, type ReportRow, type ScoBlock } from './rows';
import { chosenFromScorm12, rescore } from './responses';

/** What the course tells about reading the report. */
export interface MoodleContext {
  /** The course's lessons: id and SCO title (as in the manifest). */
  readonly lessons: readonly { readonly id: string; readonly title: string }[];
  readonly passMark: number;
  /** Quiz attempts allowed; 0 = unlimited. */
  readonly attempts: number;
  /** Questions one attempt draws from a lesson's bank (null for a lesson without bank). */
  readonly drawSize: (lesson: string) => number | null;
  readonly bankItem: (lesson: string, item: string) => QuizItem | undefined;
}

export function readMoodleTracking(text: string, file: string, context: MoodleContext): TrackingData {
  // An empty download is a failed download, not a file of another layout.
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new UserError([diagnostic('report/moodle-csv-empty', `${file} is empty.`)]);
  const rows = parseDelimited(text);
  const header = rows[0] ?? [];
  const layout = readLayout(header);
  if (layout.kind === 'problem') {
    throw new UserError([diagnostic('report/moodle-csv-layout', `${file} does not look like Moodle's interactions report: ${layout.message}.`)]);
  }
  if (!layout.layout.fields.includes('question')) {
    throw new UserError([diagnostic('report/moodle-csv-no-interactions', `${file} has no "Question" columns: they hold the question ids the report needs.`)]);
  }
  const learners = new Map<string, LearnerRef>();
  const records: TrackRecord[] = [];
  const skipped: Record<string, number> = {};
  const readRows = rows.slice(1).map((cells) => readRow(cells, layout.layout));
  // Moodle lists every enrolled user who may save tracks, teachers included, and does not say
  // who is a student: only users with an attempt count as learners.
  for (const row of readRows.filter((entry) => entry.attempt !== null)) {
    const learner = learnerOf(row);
    if (!learners.has(learner.key)) learners.set(learner.key, learner);
    for (const block of row.blocks) records.push(...blockRecords(block, row, learner.key, context, skipped));
  }
  if (!records.some((record) => record.kind === 'answer')) {
    if (answersLeftOut(readRows)) {
      throw new UserError([
        diagnostic(
          'report/moodle-csv-scorm2004',
          `${file} holds attempts with scores or statuses but no answers: Moodle's interactions report leaves "Question" and "Response" empty for SCORM 2004 activities.`,
        ),
      ]);
    }
    throw new UserError([diagnostic('report/moodle-csv-no-interactions', `${file} holds no answers to questions of this course's lessons.`)]);
  }
  const lessons = coveredLessons(layout.layout.scoTitles, records, context);
  return { source: { kind: 'moodle-csv', file, rows: rows.length - 1 }, learners: [...learners.values()], records, items: [], skipped, lessons };
}

/** Attempts whose SCO cells say something happened, with no interaction id anywhere. */
function answersLeftOut(rows: readonly ReportRow[]): boolean {
  const attempts = rows.filter((row) => row.attempt !== null);
  const tracked = attempts.some((row) => row.blocks.some((block) => block.cell !== '' && !/^not attempted$/i.test(block.cell)));
  return tracked && attempts.every((row) => row.blocks.every((block) => block.interactions.length === 0));
}

/** The course's lessons this activity holds: its SCOs by title, and any lesson answered in it. */
function coveredLessons(scoTitles: readonly string[], records: readonly TrackRecord[], context: MoodleContext): string[] {
  const answered = new Set(records.map((record) => record.lesson));
  return context.lessons.filter((lesson) => scoTitles.includes(lesson.title) || answered.has(lesson.id)).map((lesson) => lesson.id);
}

/** Name plus the identity fields (e-mail…): two learners may share a name. */
function learnerOf(row: ReportRow): LearnerRef {
  const identity = row.identity.filter((value) => value !== '' && value !== '-');
  return { key: [row.name, ...identity].join(' | '), name: row.name };
}

function blockRecords(block: ScoBlock, row: ReportRow, learner: string, context: MoodleContext, skipped: Record<string, number>): TrackRecord[] {
  const lesson = lessonOf(block, context);
  if (lesson === null || row.attempt === null) return [];
  const base = { learner, lesson, timestamp: row.last };
  const answers = answerRecords(block.interactions, row, base, context, skipped);
  const status = statusRecords(block.cell, answers, base, context);
  return [...status, ...answers];
}

function lessonOf(block: ScoBlock, context: MoodleContext): string | null {
  const fromIds = block.interactions.map((interaction) => splitId(interaction.id)?.lesson).find((lesson) => lesson !== undefined);
  if (fromIds !== undefined) return fromIds;
  return context.lessons.find((lesson) => lesson.title === block.title)?.id ?? null;
}

/** `<lesson>.<item>`: ids have no dots of their own (letters, digits, `-`, `_`). */
function splitId(id: string): { readonly lesson: string; readonly item: string } | null {
  const dot = id.indexOf('.');
  return dot > 0 && dot < id.length - 1 ? { lesson: id.slice(0, dot), item: id.slice(dot + 1) } : null;
}

/**
 * The SCO's cell as records. Moodle prints the score when there is one, so a score is judged
 * here: at least the pass mark is passed; below it with every attempt used is failed; below it
 * with attempts left says only that the learner is on the way.
 */
function statusRecords(cell: string, answers: readonly AnswerRecord[], base: Base, context: MoodleContext): TrackRecord[] {
  const visit: TrackRecord = { kind: 'visit', ...base };
  const score = scoreOf(cell);
  if (score !== null) {
    const attemptsUsed = new Set(answers.map((answer) => answer.attempt)).size;
    if (score >= context.passMark) return [visit, { kind: 'verdict', ...base, verdict: 'passed', score }];
    if (context.attempts > 0 && attemptsUsed >= context.attempts) return [visit, { kind: 'verdict', ...base, verdict: 'failed', score }];
    return [visit];
  }
  switch (cell.toLowerCase()) {
    case 'passed':
      return [visit, { kind: 'completed', ...base }, { kind: 'verdict', ...base, verdict: 'passed', score: null }];
    case 'failed':
      return [visit, { kind: 'verdict', ...base, verdict: 'failed', score: null }];
    case 'completed':
      return [visit, { kind: 'completed', ...base }];
    case 'incomplete':
    case 'browsed':
      return [visit];
    default:
      // "Not attempted", or an empty cell: nothing happened in this lesson in this attempt.
      return answers.length > 0 ? [visit] : [];
  }
}

/** `80/100`, `80` or `80.5`: percent of max (max 100 in coursepack packages). */
function scoreOf(cell: string): number | null {
  const match = /^(\d+(?:\.\d+)?)(?:\s*\/\s*(\d+(?:\.\d+)?))?$/.exec(cell);
  if (match === null) return null;
  const raw = Number(match[1]);
  const max = match[2] === undefined ? 100 : Number(match[2]);
  return max > 0 ? Math.round((raw / max) * 10000) / 100 : null;
}

/** What the answers take from a Moodle attempt (the interactions report's row, or the web service's attempt). */
export type AttemptRow = Pick<ReportRow, 'attempt' | 'started'>;

export interface Base {
  readonly learner: string;
  readonly lesson: string;
  readonly timestamp: string | null;
}

/**
 * The journal of one SCO in one Moodle attempt holds every submitted quiz attempt in turn. A new
 * quiz attempt starts when an item comes again, or when the current one has as many answers as
 * an attempt draws.
 */
export function answerRecords(
  interactions: readonly ReportInteraction[],
  row: AttemptRow,
  base: Base,
  context: MoodleContext,
  skipped: Record<string, number>,
): AnswerRecord[] {
  const drawSize = context.drawSize(base.lesson);
  const answers: AnswerRecord[] = [];
  let quizAttempt = 1;
  let inAttempt = new Set<string>();
  for (const interaction of interactions) {
    const id = splitId(interaction.id);
    if (id === null || id.lesson !== base.lesson) {
      count(skipped, 'answers whose question id is not <lesson>.<item> of this lesson');
      continue;
    }
    if (inAttempt.has(id.item) || (drawSize !== null && inAttempt.size >= drawSize)) {
      quizAttempt += 1;
      inAttempt = new Set();
    }
    inAttempt.add(id.item);
    const answer = answerRecord(interaction, id.item, quizAttempt, row, base, context);
    if (answer === null) count(skipped, 'answers without a result the report can read');
    else answers.push(answer);
  }
  return answers;
}

function answerRecord(
  interaction: ReportInteraction,
  item: string,
  quizAttempt: number,
  row: AttemptRow,
  base: Base,
  context: MoodleContext,
): AnswerRecord | null {
  const bankItem = context.bankItem(base.lesson, item);
  const response = interaction.response ?? '';
  const score = creditOf(interaction.result, bankItem, response);
  if (score === null) return null;
  const moodleAttempt = row.attempt ?? 0;
  return {
    kind: 'answer',
    learner: base.learner,
    lesson: base.lesson,
    // The attempt's start orders Moodle attempts (the file sorts "10" before "2").
    timestamp: row.started,
    item,
    attempt: `${base.learner}#${moodleAttempt}#${base.lesson}#${quizAttempt}`,
    attemptNumber: quizAttempt,
    sequence: moodleAttempt * 100_000 + interaction.slot,
    chosen: interaction.response === null ? null : chosenFromScorm12(bankItem?.kind ?? guessKind(response), response),
    response,
    score,
  };
}

/** `correct` is full credit; otherwise the bank item rescores the response (partial credit), else the result word decides. */
function creditOf(result: string | null, item: QuizItem | undefined, response: string): number | null {
  const word = (result ?? '').toLowerCase();
  if (word === 'correct') return 1;
  if (/^-?\d+(\.\d+)?$/.test(word)) return Math.min(1, Math.max(0, Number(word)));
  if (item !== undefined && response !== '') {
    const credit = rescore(item, response);
    if (credit !== null) return credit;
  }
  if (word === 'wrong' || word === 'incorrect') return 0;
  return null;
}

/** Without the bank only true-false responses (`t`/`f`) say what they are. */
function guessKind(response: string): 'true-false' | null {
  return response === 't' || response === 'f' ? 'true-false' : null;
}

function count(skipped: Record<string, number>, reason: string): void {
  skipped[reason] = (skipped[reason] ?? 0) + 1;
}
