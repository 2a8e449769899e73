/**
 * The file layout every package shares (docs/page-contract.md): lesson pages two folders
 * deep, the player in `assets/`. Render and formats both rely on it, so it lives in one place.
 */
import type { Lesson } from '../model/course';
import type { OutputFile, PackageFile } from '../model/files';
import type { RenderedLesson } from '../model/rendered';
import type { PlayerAssets } from './format';

export const PLAYER_JS_PATH = 'assets/player.js';
export const PLAYER_CSS_PATH = 'assets/player.css';

/** How a lesson page reaches `assets/` (passed to the renderer as `assetBase`). */
export const LESSON_ASSET_BASE = '../../assets/';

/** Where a lesson image goes in a package: `media/` and its path in the course folder. */
export function mediaPath(coursePath: string): string {
  return `media/${coursePath}`;
}

/** How a lesson page reaches an image of the package. */
export function lessonMediaUrl(coursePath: string): string {
  return `../../${mediaPath(coursePath).split('/').map(encodeURIComponent).join('/')}`;
}

/** The images of some lessons as package files, each once (a course package shares them). */
export function mediaFiles(lessons: readonly Lesson[]): readonly OutputFile[] {
  const files = new Map<string, OutputFile>();
  for (const image of lessons.flatMap((lesson) => lesson.images ?? [])) {
    const path = mediaPath(image.path);
    if (!files.has(path)) files.set(path, { path, content: image.content });
  }
  return [...files.values()];
}

/** Package paths of one lesson's images, for its manifest entry. */
export function lessonMediaPaths(lesson: Lesson): readonly string[] {
  return [...new Set((lesson.images ?? []).map((image) => mediaPath(image.path)))];
}

export function lessonPagePath(lessonId: string): string {
  return `lessons/${lessonId}/index.html`;
}

/**
 * A lesson's page as a package file: `content` (the format's page text, made from the rendered
 * page), or the page already zipped when the build gives one (RenderedLesson.packedPage).
 * `key` stands for the text (OutputFile.contentKey): the same object wherever the same page goes.
 */
export function lessonPageFile(rendered: RenderedLesson, content: () => string, key: object): PackageFile {
  const path = lessonPagePath(rendered.lesson.id);
  if (rendered.packedPage !== undefined) return { path, packed: rendered.packedPage };
  return { path, content: content(), sharedPrefix: rendered.sharedLength, sharedPrefixKey: rendered.sharedKey, contentKey: key };
}

export function playerFiles(player: PlayerAssets): readonly OutputFile[] {
  return [
    { path: PLAYER_JS_PATH, content: player.js },
    { path: PLAYER_CSS_PATH, content: player.css },
  ];
}
