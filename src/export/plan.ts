/**
 * What an export writes, independent of the file format: the course's lessons in course order,
 * each a category holding the items learners may see, with the texts both formats share.
 */
import type { Diagnostic } from '../diagnostics/diagnostic';
import { UserError } from '../diagnostics/errors';
import { courseTitle, type Course, type Lesson, type QuizInclude } from '../model/course';
import type { QuestionBank, QuizItem } from '../model/quiz';
import { shippedItems } from '../quiz/bank/select';
import { MAX_RIGHT_OPTIONS } from './fractions';
import { chapterLabel, generalFeedback, itemTags, lessonLabel, questionName } from './text';

export interface ExportQuestion {
  readonly item: QuizItem;
  readonly lesson: Lesson;
  /** Moodle's question name. */
  readonly name: string;
  /** Plain text: the item's feedback and its source reference. */
  readonly generalFeedback: string;
  readonly tags: readonly string[];
}

export interface ExportCategory {
  /** Category names from the course down to the lesson: [course, chapter?, lesson]. */
  readonly names: readonly string[];
  readonly questions: readonly ExportQuestion[];
}

export interface ExportPlan {
  readonly categories: readonly ExportCategory[];
  readonly questionCount: number;
}

/** The lessons (in course order) whose banks have items to export under `include`. */
export function planExport(course: Course, banks: ReadonlyMap<string, QuestionBank>, include: QuizInclude): ExportPlan {
  const settings = { ...course.settings.quiz, include };
  const categories: ExportCategory[] = [];
  for (const lesson of course.lessons) {
    const bank = banks.get(lesson.id);
    const items = bank ? shippedItems(bank, settings) : [];
    if (items.length === 0) continue;
    categories.push({
      names: categoryNames(course, lesson),
      questions: items.map((item) => ({
        item,
        lesson,
        name: questionName(lesson, item),
        generalFeedback: generalFeedback(item, lesson, course.language),
        tags: itemTags(item),
      })),
    });
  }
  checkGradable(categories);
  return { categories, questionCount: categories.reduce((sum, c) => sum + c.questions.length, 0) };
}

function categoryNames(course: Course, lesson: Lesson): string[] {
  const chapter = course.chapters.find((c) => c.id === lesson.chapter);
  return [courseTitle(course), ...(chapter ? [chapterLabel(chapter)] : []), lessonLabel(lesson)];
}

/** Moodle's grade list cannot share 100 % among more right options (see ./fractions.ts). */
function checkGradable(categories: readonly ExportCategory[]): void {
  const problems: Diagnostic[] = [];
  for (const { questions } of categories) {
    for (const { item } of questions) {
      if (item.kind === 'multiple-response' && item.answers.length > MAX_RIGHT_OPTIONS) {
        problems.push({
          code: 'export/too-many-answers',
          severity: 'error',
          message: `item ${item.id} has ${item.answers.length} right options; Moodle can grade at most ${MAX_RIGHT_OPTIONS}`,
          hint: 'Split the item into several, or reject it (status: rejected) before exporting.',
        });
      }
    }
  }
  if (problems.length > 0) throw new UserError(problems);
}
