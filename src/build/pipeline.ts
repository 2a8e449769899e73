/**
 * The build without the disk: prepare each lesson once, write its page once per runtime, bundle
 * the player once per runtime, let every format describe its packages, zip them. Returns zips in memory.
 */
import { InternalError } from '../diagnostics/errors';
import type { Course } from '../model/course';
import type { QuizItem } from '../model/quiz';
import type { RenderedLesson, RuntimeTarget } from '../model/rendered';
import type { FormatAdapter, FormatInput, PlayerAssets } from '../formats/format';
import { LESSON_ASSET_BASE } from '../formats/layout';
import { DeflateCache, zipFiles } from '../package/zip';
import type { BuildSteps } from './steps';
import { StageTimer } from './timer';
import { checkSuspendData } from './suspend-data';
import { UserError } from '../diagnostics/errors';

const NO_ITEMS: readonly QuizItem[] = [];

/** Each lesson's shipped quiz items; a lesson not in the map has no quiz. */
export type QuizItemsByLesson = ReadonlyMap<string, readonly QuizItem[]>;

export interface BuiltPackage {
  readonly format: string;
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly files: number;
}

interface RuntimeOutput {
  readonly lessons: readonly RenderedLesson[];
  readonly player: PlayerAssets;
}

export async function buildInMemory(
  course: Course,
  formats: readonly FormatAdapter[],
  steps: Pick<BuildSteps, 'prepareLesson' | 'renderLessonPage' | 'bundlePlayer'>,
  timer: StageTimer = new StageTimer(),
  quizzes: QuizItemsByLesson = new Map(),
): Promise<BuiltPackage[]> {
  const runtimes = await prepareRuntimes(course, formats, steps, timer, quizzes);
  const oversized = checkSuspendData(runtimes.get('scorm12')?.lessons ?? []);
  if (oversized.length > 0) throw new UserError(oversized, `some lessons of ${course.id} could outgrow SCORM 1.2's suspend_data`);
  const built: BuiltPackage[] = [];
  // Shared by every zip of this build: a page or the player is deflated once, however many packages carry it.
  const deflated = new DeflateCache();
  for (const format of formats) {
    const output = runtimes.get(format.runtime);
    if (!output) throw new InternalError(`no output was prepared for runtime ${format.runtime}`);
    const input: FormatInput = { course, lessons: output.lessons, player: output.player };
    const specs = await timer.time('package', () => format.packages(input));
    for (const spec of specs) {
      assertInFormatFolder(format, spec.path);
      const bytes = await timer.time('zip', () => zipFiles(spec.files, deflated));
      built.push({ format: format.id, path: spec.path, bytes, files: spec.files.length });
    }
  }
  return built;
}

/** Prepares each lesson once, then writes its page and bundles the player once for each runtime the chosen formats need; the bundles build while lessons render. */
async function prepareRuntimes(
  course: Course,
  formats: readonly FormatAdapter[],
  steps: Pick<BuildSteps, 'prepareLesson' | 'renderLessonPage' | 'bundlePlayer'>,
  timer: StageTimer,
  quizzes: QuizItemsByLesson,
): Promise<Map<RuntimeTarget, RuntimeOutput>> {
  const targets = [...new Set(formats.map((format) => format.runtime))];
  const bundles = targets.map((target) => timer.time('bundle', () => steps.bundlePlayer(target)));
  // If rendering throws first, a failing bundle must not become an unhandled rejection.
  for (const bundle of bundles) bundle.catch(() => undefined);
  const prepared = await timer.time('render', () =>
    course.lessons.map((lesson) => steps.prepareLesson(course, lesson, quizzes.get(lesson.id) ?? NO_ITEMS)),
  );
  const rendered = await Promise.all(
    targets.map((target) =>
      timer.time('render', () =>
        prepared.map((lesson) => steps.renderLessonPage(lesson, { target, assetBase: LESSON_ASSET_BASE })),
      ),
    ),
  );
  const players = await Promise.all(bundles);
  return new Map(targets.map((target, i) => [target, { lessons: rendered[i], player: players[i] }]));
}

/** The writer swaps whole format folders, so a format may only write inside its own. */
function assertInFormatFolder(format: FormatAdapter, path: string): void {
  if (!path.startsWith(`${format.id}/`) || !path.endsWith('.zip')) {
    throw new InternalError(`format ${format.id} asked for package "${path}" outside ${format.id}/`);
  }
}
