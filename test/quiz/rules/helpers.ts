/** The real course, indexed once per test file, and drafts made from its sentences. */
import * as path from 'node:path';
import { loadCourse } from '../../../src/load';
import type { Course } from '../../../src/model/course';
import type { Draft } from '../../../src/quiz/checks';
import type { ClozeKey, Distractor, KeyType } from '../../../src/quiz/distractors/types';
import { keysOf } from '../../../src/quiz/rules/cloze/keys';
import { stemOf } from '../../../src/quiz/rules/shared/items';
import { statementOf } from '../../../src/quiz/rules/shared/statement';
import { indexCourseText } from '../../../src/quiz/text';
import type { CourseSentence, CourseText } from '../../../src/quiz/text';

export const COURSE_DIR = path.join(__dirname, '../../../course');
export const RULE_FIXTURES = path.join(__dirname, '../../fixtures/quiz-rules');

export async function loadFixture(dir: string): Promise<{ course: Course; text: CourseText }> {
  const { course, diagnostics } = await loadCourse(dir);
  if (!course) throw new Error(`course does not load: ${JSON.stringify(diagnostics)}`);
  return { course, text: indexCourseText(course) };
}

/** The one course sentence holding `fragment`. */
export function sentenceWith(text: CourseText, fragment: string): CourseSentence {
  const found = text.sentences.filter((sentence) => sentence.sentence.clean.includes(fragment));
  if (found.length !== 1) throw new Error(`${found.length} sentences hold «${fragment}»`);
  return found[0]!;
}

/** A draft blanking the key of the type whose text is `keyText` (the first when absent). */
export function draftOf(text: CourseText, fragment: string, type: KeyType, keyText?: string, distractors: readonly Distractor[] = []): Draft {
  const statement = statementOf(sentenceWith(text, fragment), text.language);
  const { keys } = keysOf(statement, type, text.language);
  const key: ClozeKey | undefined = keys.find((found) => keyText === undefined || found.text === keyText);
  if (!key) throw new Error(`no ${type} key «${keyText ?? ''}» in «${statement.text}»`);
  return { language: text.language, statement, key, stem: stemOf(statement.text, key.start, key.end), distractors };
}

export const yearDistractor = (value: number): Distractor => ({ text: String(value), identity: `year:${value}`, value, pool: 'year' });
