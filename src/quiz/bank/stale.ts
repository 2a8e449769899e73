/**
 * Stale items: an item's source sentence (`source.text`) that the lesson no longer holds, because
 * the lesson was edited since the item was made. Compared on letters and digits only, so that
 * Markdown emphasis, escapes, citation marks, spacing, line breaks and punctuation edits do not
 * count; a changed word or number does. Nor does a typing slip the generator put right in the
 * item ("мемлкеттер" in the lesson, "мемлекеттер" in the item: src/text/spelling/corrections.ts).
 */
import type { Lesson } from '../../model/course';
import type { QuizItem } from '../../model/quiz';
import { typingSlip } from '../../text/spelling/corrections';
import { removeCitations } from '../text/citations';

const signatures = new WeakMap<Lesson, string>();
const bodyLines = new WeakMap<Lesson, readonly string[]>();
/** Lines either side of source.line searched before the whole lesson (a paragraph, a table). */
const NEAR = 6;

/**
 * True when the item's source sentence is no longer in the lesson's text. Checked from the
 * cheapest to the dearest, since almost every item is found at once: the sentence as written,
 * then its letters on its line, around it, and only then anywhere in the lesson.
 */
export function isStale(item: QuizItem, lesson: Lesson): boolean {
  const { text, line } = item.source;
  if (text.trim() === '' || lesson.body.includes(text)) return false;
  const source = signature(text);
  if (source === '' || signature(nearLines(lesson, line, 0)).includes(source)) return false;
  if (signature(nearLines(lesson, line, NEAR)).includes(source)) return false;
  if (lessonSignature(lesson).includes(source)) return false;
  return !holdsUpToSlips(nearLines(lesson, line, NEAR), text);
}

/** Whether `lessonText` holds the words of `sentence` in order, each as written or as a typing slip of it. */
function holdsUpToSlips(lessonText: string, sentence: string): boolean {
  const wanted = wordsOf(sentence);
  const words = wordsOf(lessonText);
  if (wanted.length === 0) return false;
  for (let start = 0; start + wanted.length <= words.length; start += 1) {
    if (wanted.every((word, index) => words[start + index] === word || typingSlip(words[start + index]!, word))) return true;
  }
  return false;
}

function wordsOf(text: string): string[] {
  return removeCitations(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Items rejected never ship: whether their text is still there does not matter. */
export function staleItems(items: readonly QuizItem[], lesson: Lesson): QuizItem[] {
  return items.filter((item) => item.status !== 'rejected' && isStale(item, lesson));
}

/** The item with its `stale` mark set as the lesson says (rejected items carry none). */
export function markStale(item: QuizItem, lesson: Lesson): QuizItem {
  const stale = item.status !== 'rejected' && isStale(item, lesson);
  if (stale === (item.stale === true)) return item;
  if (stale) return { ...item, stale: true };
  const { stale: _dropped, ...rest } = item;
  return rest as QuizItem;
}

function lessonSignature(lesson: Lesson): string {
  let found = signatures.get(lesson);
  if (found === undefined) {
    found = signature(lesson.body);
    signatures.set(lesson, found);
  }
  return found;
}

function nearLines(lesson: Lesson, line: number, near: number): string {
  let lines = bodyLines.get(lesson);
  if (lines === undefined) {
    lines = lesson.body.split('\n');
    bodyLines.set(lesson, lines);
  }
  const index = line - lesson.bodyLine;
  return lines.slice(Math.max(0, index - near), Math.max(0, index + near + 1)).join('\n');
}

function signature(text: string): string {
  return removeCitations(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
