/**
 * `coursepack export moodle-backup`: the whole course as one Moodle 5.1 course backup (.mbz), which
 * Moodle restores as a new course or into an existing one: a section per chapter with its overview,
 * a SCORM activity per lesson holding the lesson's package, the question bank (course → chapter →
 * lesson, the items the course ships, as the Moodle XML export writes them), optionally a quiz per
 * chapter of random questions from its lessons, and a gradebook category per chapter.
 * The format is Moodle's own (backup/moodle2 of Moodle 5.1); docs/moodle-backup.md says what
 * each part becomes. Pure: the lesson packages come in built; the bytes go out.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { diagnostic } from '../../diagnostics/codes';
import { formatString, loadLocale, requireString } from '../../render/locales';
import type { Course } from '../../model/course';
import type { OutputFile } from '../../model/files';
import type { QuestionBank } from '../../model/quiz';
import { tarGzip, withFolders } from '../../package/tar';
import type { OrderingAs } from '../options';
import { planExport } from '../plan';
import { chapterLabel, lessonLabel } from '../text';
import { activityFiles, type ActivityFiles } from './activity';
import { courseFiles, courseNames } from './course';
import { BackupFiles } from './files';
import { archiveIndex, moodleBackupXml } from './manifest';
import { planBackup, type BackupPlan } from './plan';
import { bankActivity, questionsXml } from './questions';
import { quizActivity } from './quiz';
import { scormActivity, type LessonPackage, type ScormVersion } from './scorm';
import { BACKUP_TIME } from './version';
import { xmlDocument } from './xml';

export type { LessonPackage, ScormVersion } from './scorm';

/** PHP's default upload_max_filesize (2M), which caps Moodle's upload unless the site raised it. */
export const DEFAULT_UPLOAD_LIMIT = 2 * 1024 * 1024;

export interface BackupOptions {
  readonly scorm: ScormVersion;
  readonly orderingAs: OrderingAs;
  /** Random questions per lesson in a quiz per chapter; absent: no chapter quizzes. */
  readonly chapterQuizzes?: number;
  /** The course's short name in Moodle (default: the course id). */
  readonly shortName?: string;
  /** The file's name, which Moodle shows in the restore. */
  readonly fileName: string;
  readonly uploadLimit?: number;
}

export interface BackupResult {
  readonly bytes: Uint8Array;
  readonly plan: BackupPlan;
  readonly shortName: string;
  readonly lessons: number;
  readonly questionCount: number;
  readonly questionCategoryCount: number;
  readonly quizzes: number;
  readonly diagnostics: readonly Diagnostic[];
}

export function writeMoodleBackup(
  course: Course,
  banks: ReadonlyMap<string, QuestionBank>,
  packages: ReadonlyMap<string, LessonPackage>,
  options: BackupOptions,
): BackupResult {
  const exportPlan = planExport(course, banks, course.settings.quiz.include);
  const strings = loadLocale(course.language);
  const plan = planBackup(course, exportPlan.categories, {
    ...(options.chapterQuizzes === undefined ? {} : { chapterQuizzes: options.chapterQuizzes }),
    quizName: (chapter) => formatString(requireString(strings, 'moodleChapterQuiz'), { chapter: chapterLabel(chapter) }),
  });
  const names = courseNames(course, options.shortName);
  const files = new BackupFiles();
  const activities: ActivityFiles[] = plan.activities.map((activity) => {
    switch (activity.kind) {
      case 'scorm':
        return scormActivity(activity, course, options.scorm, packageOf(packages, activity.lesson.id), files, BACKUP_TIME);
      case 'quiz':
        return quizActivity(activity, plan.bank!, BACKUP_TIME);
      case 'qbank':
        return bankActivity(activity, plan.questionCategories, BACKUP_TIME);
    }
  });
  const bank = questionsXml(plan.bank, plan.questionCategories, options.orderingAs, BACKUP_TIME);
  const documents: OutputFile[] = [
    ...courseFiles(course, names, plan, BACKUP_TIME),
    ...activities.flatMap((activity) => activityFiles(activity, BACKUP_TIME)),
    { path: 'questions.xml', content: xmlDocument(bank.questionsXml) },
    { path: 'moodle_backup.xml', content: xmlDocument(moodleBackupXml(options.fileName, names, plan, `${course.id} ${course.version}`)) },
    { path: 'files.xml', content: xmlDocument(files.xml(BACKUP_TIME)) },
    ...files.pool(),
  ];
  const entries = withFolders(sortedByPath(documents));
  const bytes = tarGzip([archiveIndex(entries), ...entries]);
  return {
    bytes,
    plan,
    shortName: names.shortName,
    lessons: course.lessons.length,
    questionCount: bank.questionCount,
    questionCategoryCount: plan.questionCategories.length === 0 ? 0 : plan.questionCategories.length - 1,
    quizzes: plan.activities.filter((activity) => activity.kind === 'quiz').length,
    diagnostics: backupDiagnostics(course, plan, bytes.byteLength, options),
  };
}

function packageOf(packages: ReadonlyMap<string, LessonPackage>, lessonId: string): LessonPackage {
  const found = packages.get(lessonId);
  if (!found) throw new Error(`no package was built for lesson ${lessonId}`);
  return found;
}

function sortedByPath(files: readonly OutputFile[]): OutputFile[] {
  return [...files].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
}

function backupDiagnostics(course: Course, plan: BackupPlan, size: number, options: BackupOptions): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const scorms = plan.activities.flatMap((activity) => (activity.kind === 'scorm' ? [activity] : []));
  if (plan.bank === undefined) {
    const which = course.settings.quiz.include === 'approved' ? 'approved item (settings.quiz.include is approved)' : 'approved or draft item';
    problems.push(diagnostic('export/backup-no-questions', `no question bank of ${course.id} holds an ${which}: the backup holds the lessons without quizzes, no question bank${options.chapterQuizzes === undefined ? '' : ' and no chapter quizzes'}`));
  } else {
    for (const activity of scorms.filter((entry) => !entry.hasQuiz)) {
      problems.push(diagnostic('export/backup-lesson-without-quiz', `lesson ${activity.lesson.id} (${lessonLabel(activity.lesson)}) has no quiz: its activity is completed on view`, activity.lesson.place));
    }
  }
  if (options.chapterQuizzes !== undefined) {
    for (const category of plan.questionCategories) {
      const count = category.questions?.questions.length ?? options.chapterQuizzes;
      const lesson = category.questions?.questions[0]?.lesson;
      if (lesson?.chapter !== undefined && count < options.chapterQuizzes) {
        problems.push(diagnostic('export/backup-chapter-quiz-short', `lesson ${lesson.id} ships ${count} questions, fewer than the ${options.chapterQuizzes} its chapter quiz asks for: the quiz draws ${count}`, lesson.place));
      }
    }
  }
  const limit = options.uploadLimit ?? DEFAULT_UPLOAD_LIMIT;
  if (size > limit) {
    problems.push(diagnostic('export/backup-over-upload-limit', `the backup is ${megabytes(size)}, more than the ${megabytes(limit)} a Moodle site accepts for an upload by default (PHP's upload_max_filesize)`));
  }
  return problems;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
