/**
 * `coursepack quiz report`: for each lesson, what generation gives now (items per kind, the
 * candidates it dropped and why), what the bank on disk holds by review status, how many
 * items a learner would see, and why a lesson falls short. Data first, text second; the text in
 * the bank's language (report-text.ts).
 */
import type { Course, Language, QuizSettings } from '../model/course';
import { QUESTION_KINDS, type QuestionBank, type QuestionKind, type QuizItem } from '../model/quiz';
import { mergeBank, standingOf } from './bank/merge';
import { shippedItems } from './bank/select';
import type { GeneratedLesson } from './generate';
import { REPORT_TEXT, type ReportText } from './report-text';

/** A quiz that draws from fewer kinds than this tests recall in one way only. */
export const MIN_KINDS = 3;

export interface KindRow {
  readonly kind: QuestionKind;
  /** Items generation gives now. */
  readonly generated: number;
  /** Candidates dropped by the rules that make this kind only (see `droppedOfSeveralKinds`). */
  readonly dropped: number;
  /** Items a regeneration would keep because of review (approved, edited, rejected, hand-written). */
  readonly kept: number;
  /** Items in the bank on disk, by status. */
  readonly draft: number;
  readonly approved: number;
  readonly rejected: number;
  /** Items in the bank on disk that learners would see under settings.quiz.include. */
  readonly usable: number;
}

export interface DropReason {
  readonly rule: string;
  readonly reason: string;
  readonly count: number;
}

export interface LessonQuizReport {
  readonly lesson: string;
  readonly title: string;
  readonly hasBank: boolean;
  /** One row per kind that has any item. */
  readonly kinds: readonly KindRow[];
  readonly total: Omit<KindRow, 'kind'>;
  readonly dropped: number;
  /** Candidates dropped by rules that make several kinds, which cannot be put in one row. */
  readonly droppedOfSeveralKinds: number;
  /** Most frequent first. */
  readonly reasons: readonly DropReason[];
  /** Why the lesson's quiz falls short; empty when it does not. */
  readonly shortfalls: readonly string[];
}

export interface QuizReport {
  /** The language the report speaks: the bank's (the course language) unless asked otherwise. */
  readonly language: Language;
  readonly include: QuizSettings['include'];
  readonly minItemsPerLesson: number;
  readonly lessons: readonly LessonQuizReport[];
}

export function buildQuizReport(course: Course, generated: readonly GeneratedLesson[], banks: ReadonlyMap<string, QuestionBank>, language: Language = course.language): QuizReport {
  const settings = course.settings.quiz;
  const words = REPORT_TEXT[language];
  const lessons = generated.map((lesson) => lessonReport(course, lesson, banks.get(lesson.lesson), settings, words));
  return { language, include: settings.include, minItemsPerLesson: settings.minItemsPerLesson, lessons };
}

function lessonReport(course: Course, generated: GeneratedLesson, bank: QuestionBank | undefined, settings: QuizSettings, words: ReportText): LessonQuizReport {
  const title = course.lessons.find((lesson) => lesson.id === generated.lesson)?.title ?? '';
  const preview = mergeBank(bank ?? null, generated.items, { course: course.id, lesson: generated.lesson, language: course.language }).bank;
  const kept = preview.items.filter((item) => standingOf(item) !== 'untouched-draft');
  const onDisk = bank?.items ?? [];
  const usable = bank ? shippedItems(bank, settings) : [];
  const rows = QUESTION_KINDS.map((kind) => ({
    kind,
    generated: countKind(generated.items, kind),
    dropped: generated.dropped.filter((candidate) => singleKindOf(generated, candidate.rule) === kind).length,
    kept: countKind(kept, kind),
    draft: countKind(onDisk.filter((item) => item.status === 'draft'), kind),
    approved: countKind(onDisk.filter((item) => item.status === 'approved'), kind),
    rejected: countKind(onDisk.filter((item) => item.status === 'rejected'), kind),
    usable: countKind(usable, kind),
  }));
  const kinds = rows.filter((row) => Object.values(row).some((value) => typeof value === 'number' && value > 0));
  return {
    lesson: generated.lesson,
    title,
    hasBank: bank !== undefined,
    kinds,
    total: sumRows(rows),
    dropped: generated.dropped.length,
    droppedOfSeveralKinds: generated.dropped.filter((candidate) => singleKindOf(generated, candidate.rule) === undefined).length,
    reasons: groupReasons(generated),
    shortfalls: shortfalls(usable, bank !== undefined, settings, generated, words),
  };
}

function singleKindOf(generated: GeneratedLesson, rule: string): QuestionKind | undefined {
  const kinds = generated.ruleKinds[rule] ?? [];
  return kinds.length === 1 ? kinds[0] : undefined;
}

function countKind(items: readonly QuizItem[], kind: QuestionKind): number {
  return items.filter((item) => item.kind === kind).length;
}

function sumRows(rows: readonly KindRow[]): Omit<KindRow, 'kind'> {
  const sum = (key: Exclude<keyof KindRow, 'kind'>) => rows.reduce((total, row) => total + row[key], 0);
  return { generated: sum('generated'), dropped: sum('dropped'), kept: sum('kept'), draft: sum('draft'), approved: sum('approved'), rejected: sum('rejected'), usable: sum('usable') };
}

function groupReasons(generated: GeneratedLesson): DropReason[] {
  const counts = new Map<string, DropReason>();
  for (const { rule, reason } of generated.dropped) {
    const key = `${rule}\u0000${reason}`;
    counts.set(key, { rule, reason, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || compare(a.rule, b.rule) || compare(a.reason, b.reason));
}

function shortfalls(usable: readonly QuizItem[], hasBank: boolean, settings: QuizSettings, generated: GeneratedLesson, words: ReportText): string[] {
  if (!hasBank) return [words.noBank];
  const found: string[] = [];
  const minimum = settings.minItemsPerLesson;
  const missing = missingKindsWhy(generated, words);
  if (usable.length < minimum) {
    const fix = settings.include === 'approved' ? words.fixApproved : words.fixDrafts;
    const why = generated.items.length >= minimum
      ? words.regenerate(generated.items.length)
      : [sentencesWhy(generated, words), missing].filter((part) => part !== '').join('; ');
    found.push(words.fewItems(usable.length, minimum, fix, why));
  }
  const kinds = QUESTION_KINDS.filter((kind) => usable.some((item) => item.kind === kind));
  if (kinds.length < MIN_KINDS) {
    const which = kinds.length === 0 ? words.noKind : kinds.join(', ');
    const generatedKinds = QUESTION_KINDS.filter((kind) => generated.items.some((item) => item.kind === kind));
    const why = generatedKinds.length >= MIN_KINDS ? words.notApproved(generatedKinds.join(', ')) : missing;
    found.push(words.fewKinds(kinds.length, which, MIN_KINDS, why));
  }
  return found;
}

/**
 * Drop reasons in plain words, by what they say about the text. A rule's reason is matched
 * without its `stem-` / `key-` prefix; the first pattern that matches names its group.
 */
const REASON_GROUPS: readonly { readonly pattern: RegExp; readonly words: keyof ReportText['reasons'] }[] = [
  { pattern: /^(?:anaphoric|pointing-word|pointing-noun|intro-needs-context|event-needs-context)$/u, words: 'pointing' },
  { pattern: /^too-long$/u, words: 'tooLong' },
  { pattern: /^statement-too-long$/u, words: 'statementTooLong' },
  { pattern: /^too-short$/u, words: 'tooShort' },
  { pattern: /^not-a-statement$/u, words: 'notStatement' },
  { pattern: /^(?:glued-word|unbalanced-.*|lower-case-start|table-cell|citation.*)$/u, words: 'damaged' },
  { pattern: /^too-few-distractors|true-elsewhere/u, words: 'noDistractor' },
  { pattern: /^no-(?:year|date|amount|percent|fact|key)$/u, words: 'noFact' },
  { pattern: /^place-not-asked$/u, words: 'placeNotAsked' },
];
const FACT_RULE = /^(?:cloze-|true-false-|multiple-response-statements)/u;

/** "most candidate sentences (40 of 70) pointed back to earlier text or were too long (over 45 words)" */
function sentencesWhy(generated: GeneratedLesson, words: ReportText): string {
  const counts = new Map<string, number>();
  let total = 0;
  for (const { rule, reason } of generated.dropped) {
    if (!FACT_RULE.test(rule)) continue;
    const bare = reason.replace(/^(?:stem|key)-/u, '');
    const group = REASON_GROUPS.find((found) => found.pattern.test(bare))?.words ?? (reason.startsWith('key-') ? 'key' : undefined);
    total += 1;
    if (group) counts.set(words.reasons[group], (counts.get(words.reasons[group]) ?? 0) + 1);
  }
  if (total === 0) return words.fewFacts;
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]));
  const shown: [string, number][] = [];
  for (const entry of ranked) {
    if (shown.length === 2 || shown.reduce((sum, [, count]) => sum + count, 0) * 2 > total) break;
    shown.push(entry);
  }
  const covered = shown.reduce((sum, [, count]) => sum + count, 0);
  if (covered === 0) return words.droppedOnly(total);
  return words.sentencesWhy(covered * 2 > total, covered, total, shown.map(([reason, count]) => `${reason} (${count})`));
}

/** Only kinds some rule that ran makes: a kind no rule was asked for says nothing about the text. */
function missingKindsWhy(generated: GeneratedLesson, words: ReportText): string {
  const tried = new Set(Object.values(generated.ruleKinds).flat());
  const lacking = QUESTION_KINDS.filter((kind): kind is keyof ReportText['missing'] => kind in words.missing && tried.has(kind) && !generated.items.some((item) => item.kind === kind));
  return lacking.length === 0 ? '' : words.textHas(lacking.map((kind) => words.missing[kind]));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const COLUMNS = ['generated', 'dropped', 'kept', 'draft', 'approved', 'rejected', 'usable'] as const;
const KIND_WIDTH = Math.max(5, ...QUESTION_KINDS.map((kind) => kind.length));

export function formatQuizReport(report: QuizReport): string {
  const words = REPORT_TEXT[report.language];
  const blocks = report.lessons.map((lesson) => formatLesson(lesson, words));
  return `${[...blocks, courseSummary(report, words)].join('\n\n')}\n`;
}

function formatLesson(lesson: LessonQuizReport, words: ReportText): string {
  const lines = [`${lesson.lesson}  ${lesson.title}`];
  lines.push(`  ${words.kindColumn.padEnd(KIND_WIDTH)}  ${COLUMNS.map((column) => column.padStart(9)).join(' ')}`);
  for (const row of lesson.kinds) lines.push(tableRow(row.kind, row));
  lines.push(tableRow('total', lesson.total));
  if (lesson.droppedOfSeveralKinds > 0) lines.push(`  ${words.severalKinds(lesson.droppedOfSeveralKinds)}`);
  if (lesson.reasons.length > 0) lines.push(`  ${words.droppedBy(lesson.dropped)}`);
  for (const reason of lesson.reasons) lines.push(`    ${String(reason.count).padStart(4)}  ${reason.rule}: ${reason.reason}`);
  for (const shortfall of lesson.shortfalls) lines.push(`  ! ${shortfall}`);
  return lines.join('\n');
}

function tableRow(label: string, row: Omit<KindRow, 'kind'>): string {
  return `  ${label.padEnd(KIND_WIDTH)}  ${COLUMNS.map((column) => String(row[column]).padStart(9)).join(' ')}`;
}

function courseSummary(report: QuizReport, words: ReportText): string {
  const usable = report.lessons.reduce((total, lesson) => total + lesson.total.usable, 0);
  const short = report.lessons.filter((lesson) => lesson.shortfalls.length > 0).length;
  return [words.summary(report.lessons.length, usable, report.include, short), ...words.legend].join('\n');
}
