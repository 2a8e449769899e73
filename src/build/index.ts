/**
 * `buildCourse`: load the course, build every package in memory, then write them all at once.
 * Content problems stop the build with a UserError carrying every diagnostic.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { hasErrors } from '../diagnostics/diagnostic';
import { UserError } from '../diagnostics/errors';
import { selectFormats, formatIds } from '../formats/index';
import { buildInMemory, type QuizItemsByLesson } from './pipeline';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { Course } from '../model/course';
import type { QuizItem } from '../model/quiz';
import { shippedItems } from '../quiz/bank/select';
import type { BuildReport } from './report';
import { defaultSteps, type BuildSteps } from './steps';
import { StageTimer } from './timer';
import { writeAtomically } from './write';

export type { BuildReport, PackageReport, StageTiming, StageName } from './report';
export { buildInMemory, type BuiltPackage } from './pipeline';

export interface BuildOptions {
  readonly courseDir: string;
  readonly outDir: string;
  /** Format ids to build; all registered formats when absent or empty. */
  readonly formats?: readonly string[];
  /** Folder of the question banks; default: `quizzes` beside the course folder. */
  readonly quizzesDir?: string;
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
  const quizzes = await timer.time('load', () => loadQuizzes(course, options, steps));
  const built = await buildInMemory(course, formats, steps, timer, quizzes.items);
  const outDir = path.resolve(options.outDir);
  await timer.time('write', () => writeAtomically(outDir, built).catch((error: unknown) => {
    throw isSystemError(error) ? cannotWriteError(outDir, error) : error;
  }));
  return {
    courseId: course.id,
    outDir,
    formats: formats.map((format) => format.id),
    packages: built.map(({ format, path: packagePath, bytes, files }) => ({ format, path: packagePath, bytes: bytes.byteLength, files })),
    timings: timer.timings(),
    totalMs: Math.round(performance.now() - started),
    warnings: [...diagnostics, ...quizzes.diagnostics].filter((d) => d.severity === 'warning'),
  };
}

interface LoadedQuizzes {
  readonly items: QuizItemsByLesson;
  /** Bank warnings, and a warning per lesson left without a bank when the course has banks. */
  readonly diagnostics: readonly Diagnostic[];
}

/** The banks' shipped items by lesson; bank errors stop the build like course errors. */
async function loadQuizzes(course: Course, options: BuildOptions, steps: BuildSteps): Promise<LoadedQuizzes> {
  const dir = path.resolve(options.quizzesDir ?? path.join(path.dirname(path.resolve(options.courseDir)), 'quizzes'));
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
    message: `Lesson ${lesson.id} has no quiz: ${banks.has(lesson.id) ? 'its bank has no item to ship' : `there is no ${lesson.id}.quiz.yaml`} in ${dir}.`,
    hint: 'Generate and review its bank (coursepack quiz generate), or approve some of its items.',
    place: lesson.place,
  }));
  return { items, diagnostics: [...diagnostics, ...missing] };
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
