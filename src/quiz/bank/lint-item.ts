/**
 * Checks one item of a bank for what the schema cannot say: answers that name no option,
 * options a learner cannot tell apart, too few choices to be a question, empty text, a
 * cloze stem without its blank, an id the LMS would refuse, a source line that is not there.
 */
import { diagnostic, type DiagnosticCode } from '../../diagnostics/codes';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { placeOfValue, type PathSegment, type YamlSource } from '../../load/yaml-source';
import type { Lesson } from '../../model/course';
import { assertNever, type MatchPair, type Option, type QuizItem } from '../../model/quiz';

/** SCORM's CMIIdentifier as every LMS we target accepts it. */
const ITEM_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Fewer choices than this make a guess, not a question. */
const MIN_CHOICES = 3;
export const CLOZE_BLANK = '____';

export interface ItemContext {
  readonly yaml: YamlSource;
  /** The lesson the bank belongs to; absent when the course has no such lesson. */
  readonly lesson: Lesson | undefined;
  /** The lesson id the bank file is named after. */
  readonly lessonId: string;
}

type Report = (code: DiagnosticCode, message: string, path: readonly PathSegment[]) => void;

export function lintItem(item: QuizItem, index: number, context: ItemContext): Diagnostic[] {
  const found: Diagnostic[] = [];
  const report: Report = (code, message, path) =>
    found.push(diagnostic(code, `item ${item.id}: ${message}`, placeOfValue(context.yaml, ['items', index, ...path])));
  checkId(item, report);
  checkSource(item, context, report);
  checkTexts(item, report);
  checkKind(item, report);
  return found;
}

function checkId(item: QuizItem, report: Report): void {
  if (ITEM_ID.test(item.id)) return;
  const why = item.id.length > 64 ? `is ${item.id.length} characters long (at most 64)` : 'holds characters other than Latin letters, digits, - and _';
  report('quiz/invalid-item-id', `the id ${why}`, ['id']);
}

function checkSource(item: QuizItem, context: ItemContext, report: Report): void {
  if (item.source.lesson !== context.lessonId) {
    report('quiz/lesson-mismatch', `source.lesson is "${item.source.lesson}" but the bank is lesson ${context.lessonId}'s`, ['source', 'lesson']);
  }
  const lesson = context.lesson;
  if (!lesson) return;
  const last = lastLine(lesson);
  const line = item.source.line;
  if (line < lesson.bodyLine || line > last) {
    const where = line > last ? `${lesson.file} has ${last} lines` : `the text of ${lesson.file} starts on line ${lesson.bodyLine}`;
    report('quiz/source-line-outside', `source.line is ${line}, but ${where}`, ['source', 'line']);
  }
}

const lastLines = new WeakMap<Lesson, number>();

/** The last line of the lesson file that holds text of the body (counted once per lesson, not once per item). */
function lastLine(lesson: Lesson): number {
  let last = lastLines.get(lesson);
  if (last === undefined) {
    const body = lesson.body.replace(/\n+$/, '');
    last = lesson.bodyLine - 1 + (body === '' ? 0 : body.split('\n').length);
    lastLines.set(lesson, last);
  }
  return last;
}

function checkTexts(item: QuizItem, report: Report): void {
  if (isBlank(item.stem)) report('quiz/empty-text', 'the stem is empty', ['stem']);
  if (isBlank(item.feedback)) report('quiz/empty-text', 'the feedback is empty', ['feedback']);
  if (item.rule.startsWith('cloze-') && !item.stem.includes(CLOZE_BLANK)) {
    report('quiz/cloze-without-blank', `the stem of a ${item.rule} item has no blank (${CLOZE_BLANK})`, ['stem']);
  }
}

function checkKind(item: QuizItem, report: Report): void {
  switch (item.kind) {
    case 'choice':
      checkOptions(item.options, 'options', 'options', report);
      if (!item.options.some((option) => option.id === item.answer)) {
        report('quiz/unknown-answer', `answer "${item.answer}" is not the id of an option (${idList(item.options)})`, ['answer']);
      }
      return;
    case 'multiple-response':
      checkOptions(item.options, 'options', 'options', report);
      checkAnswers(item.answers, item.options, report);
      if (item.options.length > 0 && item.options.every((option) => item.answers.includes(option.id))) {
        report('quiz/all-answers-right', `all ${item.options.length} options are right answers: there is nothing to tell apart`, ['answers']);
      }
      return;
    case 'ordering':
      checkOptions(item.steps, 'steps', 'steps', report);
      return;
    case 'matching':
      checkPairs(item.pairs, report);
      return;
    case 'true-false':
      return;
    default:
      assertNever(item);
  }
}

function checkAnswers(answers: readonly string[], options: readonly Option[], report: Report): void {
  if (answers.length === 0) {
    report('quiz/no-answer', 'answers is empty', ['answers']);
    return;
  }
  answers.forEach((answer, index) => {
    if (!options.some((option) => option.id === answer)) {
      report('quiz/unknown-answer', `answer "${answer}" is not the id of an option (${idList(options)})`, ['answers', index]);
    }
  });
}

function checkOptions(options: readonly Option[], key: 'options' | 'steps', noun: string, report: Report): void {
  if (options.length < MIN_CHOICES) {
    const code = key === 'steps' ? 'quiz/too-few-steps' : 'quiz/too-few-options';
    report(code, `${options.length} ${noun}; at least ${MIN_CHOICES} are needed`, [key]);
  }
  const ids = new Map<string, number>();
  const texts = new Map<string, number>();
  options.forEach((option, index) => {
    if (isBlank(option.text)) report('quiz/empty-text', `${key}[${index}] has no text`, [key, index, 'text']);
    const sameId = ids.get(option.id);
    if (sameId !== undefined) report('quiz/duplicate-option', `${key}[${index}] has the id "${option.id}" of ${key}[${sameId}]`, [key, index, 'id']);
    const sameText = texts.get(comparable(option.text));
    if (sameText !== undefined && !isBlank(option.text)) {
      report('quiz/duplicate-option', `${key}[${index}] says the same as ${key}[${sameText}] ("${option.text}")`, [key, index, 'text']);
    }
    if (sameId === undefined) ids.set(option.id, index);
    if (sameText === undefined) texts.set(comparable(option.text), index);
  });
}

function checkPairs(pairs: readonly MatchPair[], report: Report): void {
  if (pairs.length < MIN_CHOICES) {
    report('quiz/too-few-pairs', `${pairs.length} pairs; at least ${MIN_CHOICES} are needed`, ['pairs']);
  }
  for (const side of ['id', 'left', 'right'] as const) {
    const seen = new Map<string, number>();
    pairs.forEach((pair, index) => {
      if (side !== 'id' && isBlank(pair[side])) report('quiz/empty-text', `pairs[${index}].${side} has no text`, ['pairs', index, side]);
      const key = side === 'id' ? pair.id : comparable(pair[side]);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else if (side === 'id' || !isBlank(pair[side])) {
        report('quiz/duplicate-pair-side', `pairs[${index}].${side} is the same as pairs[${first}].${side} ("${pair[side]}")`, ['pairs', index, side]);
      }
    });
  }
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** Options that differ only in case or spacing look the same to a learner. */
function comparable(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

function idList(options: readonly Option[]): string {
  return options.map((option) => option.id).join(', ');
}
