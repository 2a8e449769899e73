/**
 * `coursepack quiz report`: for each lesson, what generation gives now (items per kind, the
 * candidates it dropped and why), what the bank on disk holds by review status, how many
 * items a learner would see, and why a lesson falls short. Data first, text second.
 */
import type { Course, QuizSettings } from '../model/course';
import { QUESTION_KINDS, type QuestionBank, type QuestionKind, type QuizItem } from '../model/quiz';
import { mergeBank, standingOf } from './bank/merge';
import { shippedItems } from './bank/select';
import type { GeneratedLesson } from './generate';

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
  readonly include: QuizSettings['include'];
  readonly minItemsPerLesson: number;
  readonly lessons: readonly LessonQuizReport[];
}

export function buildQuizReport(course: Course, generated: readonly GeneratedLesson[], banks: ReadonlyMap<string, QuestionBank>): QuizReport {
  const settings = course.settings.quiz;
  const lessons = generated.map((lesson) => lessonReport(course, lesson, banks.get(lesson.lesson), settings));
  return { include: settings.include, minItemsPerLesson: settings.minItemsPerLesson, lessons };
}

function lessonReport(course: Course, generated: GeneratedLesson, bank: QuestionBank | undefined, settings: QuizSettings): LessonQuizReport {
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
    shortfalls: shortfalls(usable, bank !== undefined, settings, generated),
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

function shortfalls(usable: readonly QuizItem[], hasBank: boolean, settings: QuizSettings, generated: GeneratedLesson): string[] {
  if (!hasBank) return ['no question bank yet: run coursepack quiz generate'];
  const found: string[] = [];
  const minimum = settings.minItemsPerLesson;
  const missing = missingKindsWhy(generated);
  if (usable.length < minimum) {
    const fix = settings.include === 'approved' ? 'approve more drafts or add items with rule: manual' : 'add items with rule: manual or improve the text';
    const why = generated.items.length >= minimum
      ? `generation now gives ${generated.items.length}: regenerate the bank or approve more of its drafts`
      : [sentencesWhy(generated), missing].filter((part) => part !== '').join('; ');
    found.push(`${usable.length} usable items, fewer than ${minimum} (settings.quiz.minItemsPerLesson): ${fix}${why ? `. Why: ${why}` : ''}`);
  }
  const kinds = QUESTION_KINDS.filter((kind) => usable.some((item) => item.kind === kind));
  if (kinds.length < MIN_KINDS) {
    const which = kinds.length === 0 ? 'no kind' : kinds.join(', ');
    const generatedKinds = QUESTION_KINDS.filter((kind) => generated.items.some((item) => item.kind === kind));
    const why = generatedKinds.length >= MIN_KINDS ? `generation gives ${generatedKinds.join(', ')}, review has not approved them all` : missing;
    found.push(`usable items of ${kinds.length} kinds (${which}); a quiz should mix at least ${MIN_KINDS}${why ? `. Why: ${why}` : ''}`);
  }
  return found;
}

/**
 * Drop reasons in plain words, by what they say about the text. A rule's reason is matched
 * without its `stem-` / `key-` prefix; the first pattern that matches names its group.
 */
const REASON_GROUPS: readonly { readonly pattern: RegExp; readonly words: string }[] = [
  { pattern: /^(?:anaphoric|pointing-word|intro-needs-context|event-needs-context)$/u, words: 'pointed back to earlier text (Бұл, Осы, …)' },
  { pattern: /^too-long$/u, words: 'were too long (over 45 words)' },
  { pattern: /^statement-too-long$/u, words: 'were too long to read as one option (over 30 words)' },
  { pattern: /^too-short$/u, words: 'were too short (under 6 words)' },
  { pattern: /^not-a-statement$/u, words: 'were list intros, questions or fragments' },
  { pattern: /^(?:glued-word|unbalanced-.*|lower-case-start|table-cell|citation.*)$/u, words: 'were damaged in the source (glued words, broken brackets, table cells)' },
  { pattern: /^too-few-distractors|true-elsewhere/u, words: 'had no wrong option that stays false across the whole course' },
  { pattern: /^no-(?:year|date|amount|percent|fact|key)$/u, words: 'held no year, figure, date or name to ask about' },
];
const FACT_RULE = /^(?:cloze-|true-false-|multiple-response-statements)/u;
const KEY_WORDS = 'held no fact that can safely be asked (names not in the catalogue, enumerations, ranges)';

/** "most candidate sentences (40 of 70) pointed back to earlier text or were too long (over 45 words)" */
function sentencesWhy(generated: GeneratedLesson): string {
  const counts = new Map<string, number>();
  let total = 0;
  for (const { rule, reason } of generated.dropped) {
    if (!FACT_RULE.test(rule)) continue;
    const bare = reason.replace(/^(?:stem|key)-/u, '');
    const words = REASON_GROUPS.find((group) => group.pattern.test(bare))?.words ?? (reason.startsWith('key-') ? KEY_WORDS : undefined);
    total += 1;
    if (words) counts.set(words, (counts.get(words) ?? 0) + 1);
  }
  if (total === 0) return 'the text has few sentences with a year, number, date or name to ask about';
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]));
  const shown: [string, number][] = [];
  for (const entry of ranked) {
    if (shown.length === 2 || shown.reduce((sum, [, count]) => sum + count, 0) * 2 > total) break;
    shown.push(entry);
  }
  const covered = shown.reduce((sum, [, count]) => sum + count, 0);
  if (covered === 0) return `${total} candidate sentences were dropped (reasons below)`;
  return `${covered * 2 > total ? 'most' : 'many'} candidate sentences (${covered} of ${total}) ${shown.map(([words, count]) => `${words} (${count})`).join(' or ')}`;
}

/** What the text lacks for the kinds beyond single choice and true/false. */
const MISSING_KIND_WORDS: Readonly<Partial<Record<QuestionKind, string>>> = {
  'multiple-response': 'no colon list or set of checkable statements for multiple response',
  ordering: 'no run of three or more dated events for ordering',
  matching: 'no pairs (scholar–theory, term–definition, survey figures) for matching',
};

/** Only kinds some rule that ran makes: a kind no rule was asked for says nothing about the text. */
function missingKindsWhy(generated: GeneratedLesson): string {
  const tried = new Set(Object.values(generated.ruleKinds).flat());
  const lacking = QUESTION_KINDS.filter((kind) => MISSING_KIND_WORDS[kind] && tried.has(kind) && !generated.items.some((item) => item.kind === kind));
  return lacking.length === 0 ? '' : `the text has ${lacking.map((kind) => MISSING_KIND_WORDS[kind]).join(', ')}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const COLUMNS = ['generated', 'dropped', 'kept', 'draft', 'approved', 'rejected', 'usable'] as const;
const KIND_WIDTH = Math.max(5, ...QUESTION_KINDS.map((kind) => kind.length));

export function formatQuizReport(report: QuizReport): string {
  const blocks = report.lessons.map(formatLesson);
  return `${[...blocks, courseSummary(report)].join('\n\n')}\n`;
}

function formatLesson(lesson: LessonQuizReport): string {
  const lines = [`${lesson.lesson}  ${lesson.title}`];
  lines.push(`  ${'kind'.padEnd(KIND_WIDTH)}  ${COLUMNS.map((column) => column.padStart(9)).join(' ')}`);
  for (const row of lesson.kinds) lines.push(tableRow(row.kind, row));
  lines.push(tableRow('total', lesson.total));
  if (lesson.droppedOfSeveralKinds > 0) lines.push(`  (${lesson.droppedOfSeveralKinds} more dropped by rules of several kinds)`);
  if (lesson.reasons.length > 0) lines.push(`  ${lesson.dropped} candidates dropped, by rule and reason:`);
  for (const reason of lesson.reasons) lines.push(`    ${String(reason.count).padStart(4)}  ${reason.rule}: ${reason.reason}`);
  for (const shortfall of lesson.shortfalls) lines.push(`  ! ${shortfall}`);
  return lines.join('\n');
}

function tableRow(label: string, row: Omit<KindRow, 'kind'>): string {
  return `  ${label.padEnd(KIND_WIDTH)}  ${COLUMNS.map((column) => String(row[column]).padStart(9)).join(' ')}`;
}

function courseSummary(report: QuizReport): string {
  const usable = report.lessons.reduce((total, lesson) => total + lesson.total.usable, 0);
  const short = report.lessons.filter((lesson) => lesson.shortfalls.length > 0).length;
  return [
    `${report.lessons.length} lessons, ${usable} usable items (settings.quiz.include: ${report.include}); ${short === 0 ? 'none falls' : short === 1 ? '1 lesson falls' : `${short} lessons fall`} short.`,
    'Columns: generated = items the rules give now; dropped = candidates the rules refused (reasons below each lesson);',
    'kept = items a regeneration keeps because of review;',
    'draft/approved/rejected = the bank on disk; usable = what learners would see.',
  ].join('\n');
}
