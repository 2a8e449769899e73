/**
 * The build without the disk: render each lesson once per runtime, bundle the player once per
 * runtime, let every format describe its packages, zip them. Returns zips in memory.
 */
import { InternalError } from '../diagnostics/errors';
import type { Course } from '../model/course';
import type { RenderedLesson, RuntimeTarget } from '../model/rendered';
import type { FormatAdapter, FormatInput, PlayerAssets } from '../formats/format';
import { LESSON_ASSET_BASE } from '../formats/layout';
import { DeflateCache, zipFiles } from '../package/zip';
import type { BuildSteps } from './steps';
import { StageTimer } from './timer';

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
  steps: Pick<BuildSteps, 'renderLesson' | 'bundlePlayer'>,
  timer: StageTimer = new StageTimer(),
): Promise<BuiltPackage[]> {
  const runtimes = await prepareRuntimes(course, formats, steps, timer);
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

/** Renders and bundles once for each runtime the chosen formats need; the bundles build while lessons render. */
async function prepareRuntimes(
  course: Course,
  formats: readonly FormatAdapter[],
  steps: Pick<BuildSteps, 'renderLesson' | 'bundlePlayer'>,
  timer: StageTimer,
): Promise<Map<RuntimeTarget, RuntimeOutput>> {
  const targets = [...new Set(formats.map((format) => format.runtime))];
  const bundles = targets.map((target) => timer.time('bundle', () => steps.bundlePlayer(target)));
  // If rendering throws first, a failing bundle must not become an unhandled rejection.
  for (const bundle of bundles) bundle.catch(() => undefined);
  const rendered = await Promise.all(
    targets.map((target) =>
      timer.time('render', () =>
        course.lessons.map((lesson) => steps.renderLesson(course, lesson, { target, assetBase: LESSON_ASSET_BASE })),
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
