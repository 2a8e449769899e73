/**
 * The build up to the disk, lesson by lesson: prepare a lesson once, write its page for each
 * runtime, let each format describe the lesson's package and zip it, handing each zip to `sink`
 * (the writer) as soon as it is made. Then each format's course package, from every lesson's
 * page as its lesson package zipped it (RenderedLesson.packedPage).
 *
 * So memory does not grow with formats × lessons (issue 18): once a lesson's packages are
 * written, the build keeps of it only where its page lies in each lesson package (a course
 * package reads the deflated pages back from there, one format at a time) besides the Course it
 * loaded; the lesson's screens and pages go. The same files give the same bytes in any order, so
 * the zips are those of a build that held everything.
 */
import { InternalError } from '../diagnostics/errors';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { Course, Lesson } from '../model/course';
import type { PackedContent } from '../model/files';
import type { QuizItem } from '../model/quiz';
import type { RenderedLesson, RuntimeTarget } from '../model/rendered';
import type { FormatAdapter, FormatInput, PackageSpec, PlayerAssets } from '../formats/format';
import { LESSON_ASSET_BASE, lessonPagePath } from '../formats/layout';
import { DeflateCache, zipIndexed, type StoredEntry } from '../package/zip';
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

/** Where the zips go (the writer); the build passes null for every check and no zip (coursepack validate). */
export interface PackageSink {
  /** Takes a zip as soon as it is made. */
  write(pkg: ZippedPackage): Promise<void>;
  /** Reads back bytes of a zip it took: a course package copies each page's deflated data from the lesson's package. */
  read(path: string, offset: number, length: number): Promise<Uint8Array>;
}

type PipelineSteps = Pick<BuildSteps, 'prepareLesson' | 'renderLessonPage' | 'bundlePlayer' | 'collectGarbage'>;

/** Without zips (coursepack validate) the course packages are checked with pages that were never deflated. */
const NOT_ZIPPED: PackedContent = { crc: 0, size: 0, deflated: new Uint8Array(0) };

export async function buildPackages(
  course: Course,
  formats: readonly FormatAdapter[],
  steps: PipelineSteps,
  sink: PackageSink | null,
  timer: StageTimer = new StageTimer(),
  quizzes: QuizItemsByLesson = new Map(),
): Promise<BuiltPackage[]> {
  // Shared by every zip of this build: the player is deflated once however many packages carry
  // it, a lesson's page (and its shared beginning) once for every format. Without zips nothing is deflated.
  const deflated = sink === null ? null : new DeflateCache({ rememberTexts: 'warmed' });
  const writes = new Writes(sink, timer);
  const zipAndWrite = async (format: FormatAdapter, spec: PackageSpec): Promise<Zipped> => {
    assertInFormatFolder(format, spec.path);
    if (deflated === null || sink === null) return { built: { format: format.id, path: spec.path, size: 0, files: spec.files.length }, stored: new Map() };
    const { bytes, stored } = await timer.time('zip', () => zipIndexed(spec.files, deflated));
    await writes.add({ path: spec.path, bytes });
    return { built: { format: format.id, path: spec.path, size: bytes.byteLength, files: spec.files.length }, stored };
  };
  const readPages = async (lessons: readonly KeptLesson[]): Promise<RenderedLesson[]> => {
    if (sink === null) return lessons.map(({ rendered }) => withPackedPage(rendered, NOT_ZIPPED));
    await writes.done();
    return timer.time('zip', () => readBack(sink, lessons));
  };
  try {
    const built = await zipFormats(course, formats, steps, { zipAndWrite, readPages }, timer, quizzes, deflated);
    await writes.done();
    return built;
  } catch (error) {
    // No write may still be under way when the caller removes the temporary folder.
    await writes.settle();
    throw error;
  }
}

interface Zipped {
  readonly built: BuiltPackage;
  /** Where each file's deflated data lies in the zip. */
  readonly stored: ReadonlyMap<string, StoredEntry>;
}

/** What a course package needs of a lesson: the lesson (no screens, no page) and where its lesson package holds the page. */
interface KeptLesson {
  readonly rendered: RenderedLesson;
  readonly page: { readonly zip: string; readonly stored: StoredEntry } | null;
}

interface Packaging {
  zipAndWrite(format: FormatAdapter, spec: PackageSpec): Promise<Zipped>;
  /** The kept lessons with their pages as the lesson packages hold them. */
  readPages(lessons: readonly KeptLesson[]): Promise<RenderedLesson[]>;
}

async function zipFormats(
  course: Course,
  formats: readonly FormatAdapter[],
  steps: PipelineSteps,
  { zipAndWrite, readPages }: Packaging,
  timer: StageTimer,
  quizzes: QuizItemsByLesson,
  deflated: DeflateCache | null,
): Promise<BuiltPackage[]> {
  const targets = [...new Set(formats.map((format) => format.runtime))];
  const players = await bundlePlayers(targets, steps, timer, deflated);
  const inputFor = (format: FormatAdapter, lessons: readonly RenderedLesson[]): FormatInput => ({ course, lessons, player: players.get(format.runtime) as PlayerAssets });
  /** Per format: what the course package needs of each lesson, and each lesson's package. */
  const kept = formats.map((): KeptLesson[] => []);
  const lessonPackages = formats.map((): BuiltPackage[] => []);
  const oversized: Diagnostic[] = [];
  const packageLesson = async (rendered: RenderedLesson): Promise<void> => {
    for (const [i, format] of formats.entries()) {
      const spec = await timer.time('package', () => format.lessonPackage(inputFor(format, [rendered]), rendered));
      const { built, stored } = await zipAndWrite(format, spec);
      lessonPackages[i].push(built);
      kept[i].push({ rendered: slim(rendered), page: deflated === null ? null : pageIn(spec.path, stored, rendered.lesson) });
    }
  };
  // Each lesson's packages are made after the next lesson is rendered: meanwhile its page's
  // shared beginning (most of the page) is deflated on another thread. One lesson more is held.
  let previous: RenderedLesson | null = null;
  for (const lesson of course.lessons) {
    const page = await renderPage(course, lesson, steps, timer, quizzes);
    if (targets.includes('scorm12')) oversized.push(...checkSuspendData([page]));
    // Every lesson is still checked, so that the message names them all; nothing more is made.
    if (oversized.length > 0) continue;
    warmBeginning(deflated, page);
    if (previous !== null) await packageLesson(previous);
    previous = page;
  }
  if (previous !== null && oversized.length === 0) await packageLesson(previous);
  if (oversized.length > 0) throw new UserError(oversized, `some lessons of ${course.id} could outgrow SCORM 1.2's suspend_data`);
  // The lessons' garbage goes before the course packages read every page back: left to itself V8
  // collects it later, on top of them (issue 18: 605 lessons, peak RSS ~234 -> ~213 MB).
  if (course.lessons.length >= COLLECT_FROM_LESSONS) steps.collectGarbage();
  const built: BuiltPackage[] = [];
  for (const [i, format] of formats.entries()) {
    // One format's pages at a time: read back, zipped into its course package, let go.
    const lessons = await readPages(kept[i]);
    kept[i] = [];
    const spec = await timer.time('package', () => format.coursePackage(inputFor(format, lessons)));
    built.push((await zipAndWrite(format, spec)).built, ...lessonPackages[i]);
  }
  return built;
}

/** From this many lessons on, a full collection before the course packages (it takes a few ms; a small course leaves little garbage). */
export const COLLECT_FROM_LESSONS = 100;

/** A package built in memory, with its bytes. */
export interface PackageInMemory extends BuiltPackage {
  readonly bytes: Uint8Array;
}

/**
 * The same packages, kept in memory instead of written (a Moodle backup carries the lesson zips,
 * the studio previews one lesson): the same pipeline, with a sink that holds each zip.
 */
export async function buildInMemory(
  course: Course,
  formats: readonly FormatAdapter[],
  steps: PipelineSteps,
  timer: StageTimer = new StageTimer(),
  quizzes: QuizItemsByLesson = new Map(),
): Promise<PackageInMemory[]> {
  const zips = new Map<string, Uint8Array>();
  const sink: PackageSink = {
    write: async (pkg) => { zips.set(pkg.path, pkg.bytes); },
    read: async (path, offset, length) => {
      const bytes = zips.get(path);
      if (!bytes) throw new InternalError(`no zip ${path} was built to read back`);
      return bytes.subarray(offset, offset + length);
    },
  };
  const built = await buildPackages(course, formats, steps, sink, timer, quizzes);
  return built.map((pkg) => ({ ...pkg, bytes: zips.get(pkg.path) ?? new Uint8Array(0) }));
}

/** Zips written while the next are made: at most this many at once, so memory stays bounded. */
export const WRITES_IN_FLIGHT = 8;

/** The writes under way; the first failure is reported by the next `add` or by `done`. */
class Writes {
  private readonly running = new Set<Promise<void>>();
  private failure: { readonly error: unknown } | null = null;

  constructor(private readonly sink: PackageSink | null, private readonly timer: StageTimer) {}

  /** Starts writing `pkg` once fewer than WRITES_IN_FLIGHT are under way; the build's wait for that is its "write" time. */
  async add(pkg: ZippedPackage): Promise<void> {
    if (this.sink === null) return;
    await this.timer.time('write', async () => {
      while (this.running.size >= WRITES_IN_FLIGHT) await Promise.race(this.running);
    });
    this.throwIfFailed();
    const sink = this.sink;
    const write: Promise<void> = sink.write(pkg).then(
      () => { this.running.delete(write); },
      (error: unknown) => {
        this.running.delete(write);
        this.failure ??= { error };
      },
    );
    this.running.add(write);
  }

  /** Waits for every write, failed or not. */
  async settle(): Promise<void> {
    await Promise.all(this.running);
  }

  /** Waits for every write; throws the first failure. */
  async done(): Promise<void> {
    await this.timer.time('write', () => Promise.all(this.running));
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure !== null) throw this.failure.error;
  }
}

/** One bundle per runtime, all at once; each is deflated on another thread as soon as it is there. */
async function bundlePlayers(targets: readonly RuntimeTarget[], steps: PipelineSteps, timer: StageTimer, deflated: DeflateCache | null): Promise<Map<RuntimeTarget, PlayerAssets>> {
  const bundles = await Promise.all(targets.map((target) =>
    timer.time('bundle', async () => {
      const player = await steps.bundlePlayer(target);
      deflated?.warm(player.js);
      deflated?.warm(player.css);
      return player;
    }),
  ));
  return new Map(targets.map((target, i) => [target, bundles[i]]));
}

/**
 * A lesson prepared and its page rendered, once for every runtime: the page is the same for all
 * of them (SCORM 1.2 and 2004 zip this very page, xAPI and cmi5 one with their data added after
 * its shared beginning), so each distinct page is deflated once.
 */
async function renderPage(course: Course, lesson: Lesson, steps: PipelineSteps, timer: StageTimer, quizzes: QuizItemsByLesson): Promise<RenderedLesson> {
  return timer.time('render', () => steps.renderLessonPage(steps.prepareLesson(course, lesson, quizzes.get(lesson.id) ?? NO_ITEMS), { assetBase: LESSON_ASSET_BASE }));
}

/** Starts deflating, on libuv's threads, the beginning every package's version of the page shares. */
function warmBeginning(deflated: DeflateCache | null, { page, sharedLength, sharedKey }: RenderedLesson): void {
  if (deflated !== null && sharedLength !== undefined) deflated.warmSharedBeginning(page, sharedLength, sharedKey);
}

/** Where the lesson's package holds its page. */
function pageIn(zip: string, stored: ReadonlyMap<string, StoredEntry>, lesson: Lesson): { zip: string; stored: StoredEntry } {
  const path = lessonPagePath(lesson.id);
  const entry = stored.get(path);
  if (entry === undefined) throw new InternalError(`the package ${zip} holds no ${path}`);
  return { zip, stored: entry };
}

/** Reads each page's deflated data back from its lesson package, a few at a time. */
async function readBack(sink: PackageSink, lessons: readonly KeptLesson[]): Promise<RenderedLesson[]> {
  const read = async ({ rendered, page }: KeptLesson): Promise<RenderedLesson> => {
    if (page === null) throw new InternalError(`lesson ${rendered.lesson.id} was not zipped`);
    const { crc, size, offset, length } = page.stored;
    return withPackedPage(rendered, { crc, size, deflated: await sink.read(page.zip, offset, length) });
  };
  const pages: RenderedLesson[] = [];
  for (let at = 0; at < lessons.length; at += READS_AT_ONCE) pages.push(...(await Promise.all(lessons.slice(at, at + READS_AT_ONCE).map(read))));
  return pages;
}

const READS_AT_ONCE = 16;

/** The lesson without its screens and page: all the course package needs besides the page's bytes. */
function slim(rendered: RenderedLesson): RenderedLesson {
  const { lesson, quiz } = rendered;
  return quiz === undefined ? { lesson, screens: [], page: '' } : { lesson, screens: [], page: '', quiz };
}

function withPackedPage(rendered: RenderedLesson, packed: PackedContent): RenderedLesson {
  return { ...rendered, packedPage: packed };
}

/** The writer swaps whole format folders, so a format may only write inside its own. */
function assertInFormatFolder(format: FormatAdapter, path: string): void {
  if (!path.startsWith(`${format.id}/`) || !path.endsWith('.zip')) {
    throw new InternalError(`format ${format.id} asked for package "${path}" outside ${format.id}/`);
  }
}
