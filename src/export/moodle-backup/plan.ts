/**
 * The shape of the restored course, before any XML: its sections in course order (one per
 * chapter, holding the chapter's lessons; a lesson outside chapters gets a section of its own),
 * one SCORM activity per lesson, a quiz per chapter when asked for, the question bank and the
 * gradebook's categories, each with the ids the backup files use to point at each other.
 * The ids are only names inside the file (Moodle gives everything new ids when it restores), so
 * they are small counters: the same course always gets the same ids.
 */
import { courseTitle, type Chapter, type Course, type Lesson } from '../../model/course';
import type { ExportCategory } from '../plan';
import { categoryName } from '../categories';
import { chapterLabel, lessonLabel } from '../text';

/** Moodle's system context and the course's own, as the backup names them. */
export const SYSTEM_CONTEXT_ID = 1;
export const COURSE_CONTEXT_ID = 2;
export const COURSE_ID = 1;
/** The gradebook's course category and its grade item. */
export const COURSE_GRADE_CATEGORY_ID = 1;
export const COURSE_GRADE_ITEM_ID = 1;

export interface PlannedModule {
  /** The course module id (`moduleid`), also the folder `activities/<modname>_<cmid>`. */
  readonly cmid: number;
  readonly contextId: number;
  readonly instanceId: number;
  readonly sectionId: number;
  readonly sectionNumber: number;
}

export interface PlannedScorm extends PlannedModule {
  readonly kind: 'scorm';
  readonly lesson: Lesson;
  readonly name: string;
  /** True when the lesson ships a quiz: graded, completed when passed or completed. */
  readonly hasQuiz: boolean;
  readonly gradeItemId: number;
  readonly gradeCategoryId: number;
}

export interface PlannedQuiz extends PlannedModule {
  readonly kind: 'quiz';
  readonly chapter: Chapter;
  readonly name: string;
  /** The lessons' question categories and how many random questions each gives. */
  readonly draws: ReadonlyArray<{ readonly categoryId: number; readonly count: number }>;
  readonly gradeItemId: number;
  readonly gradeCategoryId: number;
}

export interface PlannedBank extends PlannedModule {
  readonly kind: 'qbank';
  readonly name: string;
}

export type PlannedActivity = PlannedScorm | PlannedQuiz | PlannedBank;

export interface PlannedSection {
  readonly id: number;
  readonly number: number;
  /** Null: Moodle's default name (section 0). */
  readonly name: string | null;
  /** Markdown (a chapter's overview), or empty. */
  readonly summary: string;
  readonly activities: readonly PlannedActivity[];
}

export interface PlannedQuestionCategory {
  readonly id: number;
  readonly parent: number;
  readonly name: string;
  /** The export category whose questions it holds; absent for the course and chapter levels. */
  readonly questions?: ExportCategory;
}

export interface PlannedGradeCategory {
  readonly id: number;
  readonly gradeItemId: number;
  readonly name: string;
}

export interface BackupPlan {
  readonly sections: readonly PlannedSection[];
  readonly activities: readonly PlannedActivity[];
  readonly bank?: PlannedBank;
  /** The bank's hidden top category first, then course → chapter → lesson. */
  readonly questionCategories: readonly PlannedQuestionCategory[];
  readonly gradeCategories: readonly PlannedGradeCategory[];
}

export interface PlanOptions {
  /** Random questions per lesson in each chapter's quiz; absent: no chapter quizzes. */
  readonly chapterQuizzes?: number;
  /** The quiz's name in the course language, from the chapter label. */
  readonly quizName: (chapter: Chapter) => string;
}

export const TOP_QUESTION_CATEGORY_ID = 1;

export function planBackup(course: Course, categories: readonly ExportCategory[], options: PlanOptions): BackupPlan {
  const counter = { cmid: 0, gradeItem: COURSE_GRADE_ITEM_ID };
  const questionCategories = planQuestionCategories(categories);
  const gradeCategories = course.chapters
    .filter((chapter) => course.lessons.some((lesson) => lesson.chapter === chapter.id))
    .map((chapter, index) => ({ chapter, id: COURSE_GRADE_CATEGORY_ID + 1 + index, gradeItemId: (counter.gradeItem += 1), name: chapterLabel(chapter) }));
  const categoryOf = (chapterId: string | undefined): number =>
    gradeCategories.find((entry) => entry.chapter.id === chapterId)?.id ?? COURSE_GRADE_CATEGORY_ID;
  const groups = sectionGroups(course);
  const sections: PlannedSection[] = [];
  const nextModule = (sectionNumber: number): PlannedModule => {
    counter.cmid += 1;
    return { cmid: counter.cmid, contextId: COURSE_CONTEXT_ID + counter.cmid, instanceId: counter.cmid, sectionId: sectionNumber + 1, sectionNumber };
  };
  const bank: PlannedBank | undefined = categories.length > 0 ? { kind: 'qbank', name: courseTitle(course), ...nextModule(0) } : undefined;
  sections.push({ id: 1, number: 0, name: null, summary: '', activities: bank ? [bank] : [] });
  for (const group of groups) {
    const number = sections.length;
    const activities: PlannedActivity[] = group.lessons.map((lesson) => ({
      kind: 'scorm' as const,
      lesson,
      name: lessonLabel(lesson),
      hasQuiz: categories.some((category) => category.questions[0]?.lesson.id === lesson.id),
      gradeItemId: (counter.gradeItem += 1),
      gradeCategoryId: categoryOf(lesson.chapter),
      ...nextModule(number),
    }));
    const quiz = group.chapter && options.chapterQuizzes !== undefined ? chapterDraws(group.lessons, questionCategories, options.chapterQuizzes) : [];
    if (group.chapter && quiz.length > 0) {
      const chapter = group.chapter;
      activities.push({ kind: 'quiz', chapter, name: options.quizName(chapter), draws: quiz, gradeItemId: (counter.gradeItem += 1), gradeCategoryId: categoryOf(chapter.id), ...nextModule(number) });
    }
    sections.push({ id: number + 1, number, name: group.chapter ? chapterLabel(group.chapter) : lessonLabel(group.lessons[0]!), summary: group.chapter?.overview ?? '', activities });
  }
  return {
    sections,
    activities: sections.flatMap((section) => section.activities),
    ...(bank ? { bank } : {}),
    questionCategories,
    gradeCategories: gradeCategories.map(({ id, gradeItemId, name }) => ({ id, gradeItemId, name })),
  };
}

/** Each lesson's question category with how many questions it gives: `perLesson`, or all it has when fewer. */
function chapterDraws(lessons: readonly Lesson[], categories: readonly PlannedQuestionCategory[], perLesson: number): PlannedQuiz['draws'] {
  return lessons.flatMap((lesson) => {
    const category = categories.find((entry) => entry.questions?.questions[0]?.lesson.id === lesson.id);
    return category?.questions ? [{ categoryId: category.id, count: Math.min(perLesson, category.questions.questions.length) }] : [];
  });
}

interface SectionGroup {
  readonly chapter?: Chapter;
  readonly lessons: readonly Lesson[];
}

/** Lessons in course order, a chapter's lessons together, each lesson outside chapters alone. */
function sectionGroups(course: Course): SectionGroup[] {
  const groups: { chapter?: Chapter; lessons: Lesson[] }[] = [];
  for (const lesson of course.lessons) {
    const chapter = course.chapters.find((entry) => entry.id === lesson.chapter);
    const last = groups[groups.length - 1];
    if (chapter && last?.chapter?.id === chapter.id) last.lessons.push(lesson);
    else groups.push(chapter ? { chapter, lessons: [lesson] } : { lessons: [lesson] });
  }
  return groups;
}

/** Course → chapter → lesson, as the Moodle XML export names them (ExportCategory.names). */
function planQuestionCategories(categories: readonly ExportCategory[]): PlannedQuestionCategory[] {
  if (categories.length === 0) return [];
  const planned: PlannedQuestionCategory[] = [{ id: TOP_QUESTION_CATEGORY_ID, parent: 0, name: 'top' }];
  const byPath = new Map<string, number>();
  for (const category of categories) {
    let parent = TOP_QUESTION_CATEGORY_ID;
    category.names.forEach((name, depth) => {
      const key = category.names.slice(0, depth + 1).join('\u0000');
      const last = depth === category.names.length - 1;
      const known = byPath.get(key);
      if (known !== undefined && !last) {
        parent = known;
        return;
      }
      const id = planned.length + 1;
      planned.push(last ? { id, parent, name: categoryName(name), questions: category } : { id, parent, name: categoryName(name) });
      byPath.set(key, id);
      parent = id;
    });
  }
  return planned;
}
