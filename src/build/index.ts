/**
 * `buildCourse`: load the course, build every package in memory, then write them all at once.
 * Content problems stop the build with a UserError carrying every diagnostic.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { hasErrors } from '../diagnostics/diagnostic';
import { UserError } from '../diagnostics/errors';
import { selectFormats, formatIds } from '../formats/index';
import { buildPackages, type BuiltPackage, type PackageSink, type QuizItemsByLesson } from './pipeline';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { Course } from '../model/course';
import type { QuestionBank, QuizItem } from '../model/quiz';
import { quizzesDirOf } from '../quiz/bank/paths';
import { checkOutDir } from './out-dir';
import { shippedItems } from '../quiz/bank/select';
import type { BuildReport } from './report';
import { defaultSteps, type BuildSteps } from './steps';
import { StageTimer } from './timer';
import { openStaging } from './write';

export type { BuildReport, PackageReport, StageTiming, StageName } from './report';
export { buildPackages, type BuiltPackage } from './pipeline';

export interface BuildOptions {
  readonly courseDir: string;
  readonly outDir: string;
  /** Format ids to build; all registered formats when absent or empty. */
  readonly formats?: readonly string[];
  /** Folder of the question banks (absolute); default: course.yaml's `quizzes`, else `quizzes` beside the course folder. */
  readonly quizzesDir?: string;
  /** False: every check of the build, nothing written (coursepack validate). */
  readonly write?: boolean;
}

export async function buildCourse(options: BuildOptions, steps: BuildSteps = defaultSteps): Promise<BuildReport> {
  const { formats, unknown } = selectFormats(options.formats);
  if (unknown.length > 0) throw unknownFormatError(unknown);
  const started = performance.now();
  const timer = new StageTimer();
  const { course, diagnostics } = await timer.time('load', () => steps.loadCourse(options.courseDir));
  if (course === null || hasErrors(diagnostics)) {
    throw new UserError(diagnostics, `the course in ${options.courseDir} has errors`);
  }
  const quizzesDir = quizzesDirOf(course, options.quizzesDir);
  const outDir = path.resolve(options.outDir);
  const write = options.write !== false;
  // Refused before any work: the answer does not depend on what the build makes.
  if (write) await checkOutDir(outDir, { courseDir: options.courseDir, quizzesDir, formatFolders: formats.map((format) => format.id) });
  const quizzes = await timer.time('load', () => loadQuizzes(course, quizzesDir, steps));
  const built = write
    ? await buildAndWrite(outDir, (sink) => buildPackages(course, formats, steps, sink, timer, quizzes.items), timer)
    : await buildPackages(course, formats, steps, null, timer, quizzes.items);
  return {
    courseId: course.id,
    outDir,
    formats: formats.map((format) => format.id),
    packages: built.map(({ format, path: packagePath, size, files }) => ({ format, path: packagePath, bytes: size, files })),
    timings: timer.timings(),
    totalMs: Math.round(performance.now() - started),
    warnings: [...diagnostics, ...quizzes.diagnostics].filter((d) => d.severity === 'warning'),
  };
}

/**
 * Each package goes into the temporary folder as soon as it is zipped; the format folders are
 * swapped in once every package is there. On any failure the temporary folder goes and the
 * previous output stays as it was.
 */
async function buildAndWrite(
  outDir: string,
  build: (sink: PackageSink) => Promise<BuiltPackage[]>,
  timer: StageTimer,
): Promise<BuiltPackage[]> {
  const asUserError = (error: unknown): never => {
    throw isSystemError(error) ? cannotWriteError(outDir, error) : error;
  };
  const staging = await timer.time('write', () => openStaging(outDir)).catch(asUserError);
  try {
    const built = await build({
      write: (pkg) => staging.put(pkg).catch(asUserError),
      read: (packagePath, offset, length) => staging.read(packagePath, offset, length).catch(asUserError),
    });
    await timer.time('write', () => staging.commit()).catch(asUserError);
    return built;
  } finally {
    await staging.discard();
  }
}

interface LoadedQuizzes {
  readonly items: QuizItemsByLesson;
  /** Bank warnings, and a warning per lesson left without a bank when the course has banks. */
  readonly diagnostics: readonly Diagnostic[];
}

/** The banks' shipped items by lesson; bank errors stop the build like course errors. */
async function loadQuizzes(course: Course, dir: string, steps: BuildSteps): Promise<LoadedQuizzes> {
  const { banks, diagnostics } = await steps.loadBanks(course, dir);
  if (hasErrors(diagnostics)) throw new UserError(diagnostics, `the question banks in ${dir} have errors`);
  const items = new Map<string, readonly QuizItem[]>();
  for (const [lessonId, bank] of banks) {
    const shipped = shippedItems(bank, course.settings.quiz);
    if (shipped.length > 0) items.set(lessonId, shipped);
  }
  // A course without any bank is a course without quizzes; with some, a missing one is worth a word.
  const missing: Diagnostic[] = banks.size === 0 ? [] : course.lessons.filter((lesson) => !items.has(lesson.id)).map((lesson) => ({
    code: 'build/lesson-without-quiz',
    severity: 'warning' as const,
    ...withoutQuiz(course, lesson.id, banks.get(lesson.id), dir),
    place: lesson.place,
  }));
  return { items, diagnostics: [...diagnostics, ...missing] };
}

/** Why a lesson ships no quiz, and what to do, in one message. */
function withoutQuiz(course: Course, lessonId: string, bank: QuestionBank | undefined, dir: string): { message: string; hint: string } {
  if (!bank) {
    return {
      message: `Lesson ${lessonId} has no quiz: there is no ${lessonId}.quiz.yaml in ${dir}.`,
      hint: 'Generate its bank (coursepack quiz generate) and review it.',
    };
  }
  const drafts = bank.items.filter((item) => item.status === 'draft').length;
  if (drafts > 0 && course.settings.quiz.include === 'approved') {
    return {
      message: `Lesson ${lessonId} has no quiz: ${drafts === 1 ? 'its 1 draft item is' : `its ${drafts} draft items are`} not shipped (settings.quiz.include is approved) and none is approved.`,
      hint: 'Approve items in its bank (status: approved), or ship drafts while the course is under review with settings.quiz.include: approved-and-drafts in course.yaml.',
    };
  }
  return {
    message: `Lesson ${lessonId} has no quiz: its bank in ${dir} has no item to ship.`,
    hint: 'Generate items for it (coursepack quiz generate), or write some by hand (rule: manual).',
  };
}

function unknownFormatError(unknown: readonly string[]): UserError {
  return new UserError(
    unknown.map((id) => ({
      code: 'build/unknown-format',
      severity: 'error' as const,
      message: `There is no output format called "${id}".`,
      hint: `Known formats: ${formatIds().join(', ')}.`,
    })),
  );
}

/** The disk said no (no permission, no space, a file in the way): the user can fix that, it is not a bug. */
function cannotWriteError(outDir: string, error: NodeJS.ErrnoException): UserError {
  return new UserError([{
    code: 'build/cannot-write',
    severity: 'error',
    message: `The packages cannot be written to ${outDir} (${error.code}: ${error.message}).`,
    hint: 'Check that the output folder can be written and the disk has space, or choose another folder with --out. The previous build was left as it was.',
  }]);
}

/** Duck-typed: errors from Node's fs may come from another realm (e.g. under jest), where instanceof fails. */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  if (typeof error !== 'object' || error === null) return false;
  const { code, syscall } = error as NodeJS.ErrnoException;
  return typeof code === 'string' && typeof syscall === 'string';
}
