/**
 * The build up to the disk: prepare each lesson once, bundle the player once per runtime, then
 * format by format write each lesson's page for the format's runtime, let the format describe its
 * packages, and zip them one by one, each handed to `sink` (the writer) as soon as it is made.
 *
 * Memory is bounded by one format, not all of them (issue 18): a format's pages and the texts its
 * zips remembered go before the next format's are made, and a zip is written and dropped before
 * the next is made. What every format shares stays: each lesson's prepared page, and its shared
 * beginning deflated once (src/package/deflate-cache.ts).
 */
import { InternalError } from '../diagnostics/errors';
import type { Course } from '../model/course';
import type { QuizItem } from '../model/quiz';
import type { RenderedLesson, RuntimeTarget } from '../model/rendered';
import type { FormatAdapter, FormatInput, PlayerAssets } from '../formats/format';
import { LESSON_ASSET_BASE } from '../formats/layout';
import type { PreparedLesson } from '../render/index';
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
  /** Size of the zip in bytes (0 when nothing was zipped). */
  readonly size: number;
  readonly files: number;
}

/** A zip as it is made, for the writer. */
export interface ZippedPackage {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** Takes each zip as soon as it is made; null: every check of the build, nothing zipped (coursepack validate). */
export type PackageSink = ((pkg: ZippedPackage) => Promise<void>) | null;

type PipelineSteps = Pick<BuildSteps, 'prepareLesson' | 'renderLessonPage' | 'bundlePlayer'>;

export async function buildPackages(
  course: Course,
  formats: readonly FormatAdapter[],
  steps: PipelineSteps,
  sink: PackageSink,
  timer: StageTimer = new StageTimer(),
  quizzes: QuizItemsByLesson = new Map(),
): Promise<BuiltPackage[]> {
  // Shared by every zip of this build: a page's shared beginning or the player is deflated once,
  // however many packages carry it, and what is known early is deflated on other threads while
  // the build goes on. Without zips nothing is deflated.
  const deflated = sink === null ? null : new DeflateCache();
  const targets = [...new Set(formats.map((format) => format.runtime))];
  const players = bundlePlayers(targets, steps, timer, deflated);
  const prepared = await prepareLessons(course, targets[0], steps, timer, quizzes, deflated);
  // The first runtime's pages, until its format has used them.
  let first = prepared.first;
  prepared.first = null;
  if (targets.includes('scorm12')) {
    // Screens and quiz do not depend on the runtime: any runtime's pages tell.
    const oversized = checkSuspendData(first ?? []);
    if (oversized.length > 0) throw new UserError(oversized, `some lessons of ${course.id} could outgrow SCORM 1.2's suspend_data`);
  }
  const playerOf = new Map(targets.map((target, i) => [target, players[i]]));
  const built: BuiltPackage[] = [];
  for (const format of formats) {
    const lessons = format.runtime === targets[0] && first !== null
      ? first
      : await timer.time('render', () => prepared.lessons.map((ready) => steps.renderLessonPage(ready, { target: format.runtime, assetBase: LESSON_ASSET_BASE })));
    first = null;
    const player = await (playerOf.get(format.runtime) as Promise<PlayerAssets>);
    const input: FormatInput = { course, lessons, player };
    const specs = await timer.time('package', () => format.packages(input));
    for (const spec of specs) assertInFormatFolder(format, spec.path);
    if (deflated === null || sink === null) {
      built.push(...specs.map((spec) => ({ format: format.id, path: spec.path, size: 0, files: spec.files.length })));
      continue;
    }
    await timer.time('zip', () => deflated.ready());
    for (const spec of specs) {
      const bytes = await timer.time('zip', () => zipFiles(spec.files, deflated));
      await timer.time('write', () => sink({ path: spec.path, bytes }));
      built.push({ format: format.id, path: spec.path, size: bytes.byteLength, files: spec.files.length });
    }
    await deflated.forgetTexts();
  }
  return built;
}

/** One bundle per runtime, started at once: they build while the lessons are prepared. */
function bundlePlayers(targets: readonly RuntimeTarget[], steps: PipelineSteps, timer: StageTimer, deflated: DeflateCache | null): Promise<PlayerAssets>[] {
  const bundles = targets.map((target) =>
    timer.time('bundle', async () => {
      const player = await steps.bundlePlayer(target);
      deflated?.warm(player.js);
      deflated?.warm(player.css);
      return player;
    }),
  );
  // If rendering throws first, a failing bundle must not become an unhandled rejection.
  for (const bundle of bundles) bundle.catch(() => undefined);
  return bundles;
}

/**
 * Prepares each lesson once and writes its page for the first runtime at once, so that the part
 * every runtime's page shares starts deflating on another thread while the next lessons are prepared.
 */
async function prepareLessons(
  course: Course,
  target: RuntimeTarget | undefined,
  steps: PipelineSteps,
  timer: StageTimer,
  quizzes: QuizItemsByLesson,
  deflated: DeflateCache | null,
): Promise<{ readonly lessons: PreparedLesson[]; first: RenderedLesson[] | null }> {
  const prepared: PreparedLesson[] = [];
  const first: RenderedLesson[] = [];
  await timer.time('render', () => {
    for (const lesson of course.lessons) {
      const ready = steps.prepareLesson(course, lesson, quizzes.get(lesson.id) ?? NO_ITEMS);
      prepared.push(ready);
      if (target === undefined) continue;
      const page = steps.renderLessonPage(ready, { target, assetBase: LESSON_ASSET_BASE });
      deflated?.warm(page.page, page.sharedLength, page.sharedKey);
      first.push(page);
    }
  });
  return { lessons: prepared, first: target === undefined ? null : first };
}

/** The writer swaps whole format folders, so a format may only write inside its own. */
function assertInFormatFolder(format: FormatAdapter, path: string): void {
  if (!path.startsWith(`${format.id}/`) || !path.endsWith('.zip')) {
    throw new InternalError(`format ${format.id} asked for package "${path}" outside ${format.id}/`);
  }
}
