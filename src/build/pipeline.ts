/**
 * The build without the disk: prepare each lesson once, write its page once per runtime, bundle
 * the player once per runtime, let every format describe its packages, zip them. Returns zips in memory.
 */
import { InternalError } from '../diagnostics/errors';
import type { Course } from '../model/course';
import type { QuizItem } from '../model/quiz';
import type { RenderedLesson, RuntimeTarget } from '../model/rendered';
import type { FormatAdapter, FormatInput, PackageSpec, PlayerAssets } from '../formats/format';
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
  { zip = true }: { readonly zip?: boolean } = {},
): Promise<BuiltPackage[]> {
  // Shared by every zip of this build: a page or the player is deflated once, however many
  // packages carry it, and what is known early is deflated on other threads while the build goes on.
  // Without zips (coursepack validate: every check, nothing written) nothing is deflated.
  const deflated = new DeflateCache();
  const runtimes = await prepareRuntimes(course, formats, steps, timer, quizzes, zip ? deflated : null);
  const oversized = checkSuspendData(runtimes.get('scorm12')?.lessons ?? []);
  if (oversized.length > 0) throw new UserError(oversized, `some lessons of ${course.id} could outgrow SCORM 1.2's suspend_data`);
  const described: { format: FormatAdapter; specs: readonly PackageSpec[] }[] = [];
  for (const format of formats) {
    const output = runtimes.get(format.runtime);
    if (!output) throw new InternalError(`no output was prepared for runtime ${format.runtime}`);
    const input: FormatInput = { course, lessons: output.lessons, player: output.player };
    const specs = await timer.time('package', () => format.packages(input));
    for (const spec of specs) assertInFormatFolder(format, spec.path);
    described.push({ format, specs });
  }
  if (!zip) {
    return described.flatMap(({ format, specs }) => specs.map((spec) => ({ format: format.id, path: spec.path, bytes: new Uint8Array(0), files: spec.files.length })));
  }
  await timer.time('zip', () => deflated.ready());
  const built: BuiltPackage[] = [];
  for (const { format, specs } of described) {
    for (const spec of specs) {
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
  deflated: DeflateCache | null,
): Promise<Map<RuntimeTarget, RuntimeOutput>> {
  const targets = [...new Set(formats.map((format) => format.runtime))];
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
  const assetBase = LESSON_ASSET_BASE;
  // Each lesson's first page is written as soon as the lesson is prepared, so the part every
  // runtime's page shares starts deflating on another thread while the next lessons are prepared.
  const prepared = await timer.time('render', () =>
    course.lessons.map((lesson) => {
      const ready = steps.prepareLesson(course, lesson, quizzes.get(lesson.id) ?? NO_ITEMS);
      const first = targets[0] === undefined ? undefined : steps.renderLessonPage(ready, { target: targets[0], assetBase });
      if (first) deflated?.warm(first.page, first.sharedLength);
      return { ready, first };
    }),
  );
  const rendered = await timer.time('render', () =>
    targets.map((target, i) => prepared.map(({ ready, first }) => (i === 0 && first ? first : steps.renderLessonPage(ready, { target, assetBase })))),
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
