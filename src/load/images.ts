/**
 * Reads the images the lessons show from the course folder, so that every later stage works on
 * data: a lesson gets the images that can be shipped; every other image (no alt text, missing,
 * from the web, outside the course, too large, a type browsers cannot show) is a warning at its
 * place, as is a figure without its image. A warned image shows its alt text, as before.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { diagnostic } from '../diagnostics/codes';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { Course, Lesson } from '../model/course';
import { IMAGE_MAX_BYTES, WEB_IMAGE_TYPES, type LessonImage } from '../model/images';
import { figureWarnings, scanLesson, type ImageReference } from '../validate/figures';

const REMOTE = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The image's path in the course folder, or the warning that says why it cannot be shipped. */
async function resolveImage(course: Course, lesson: Lesson, ref: ImageReference): Promise<LessonImage | Diagnostic> {
  if (REMOTE.test(ref.src)) return diagnostic('image/remote', `image "${ref.src}" is not a file in the course; packages are used offline`, ref.place);
  let decoded: string;
  try {
    decoded = decodeURI(ref.src);
  } catch {
    decoded = ref.src;
  }
  const relative = path.posix.normalize(path.posix.join(path.posix.dirname(lesson.file), decoded));
  if (decoded === '' || relative.startsWith('../') || relative === '..' || path.posix.isAbsolute(decoded)) {
    return diagnostic('image/outside-course', `image "${ref.src}" is outside the course folder`, ref.place);
  }
  const extension = path.posix.extname(relative).slice(1).toLowerCase();
  if (!WEB_IMAGE_TYPES[extension]) {
    return diagnostic('image/unsupported', `image "${ref.src}" is not PNG, JPEG, GIF, WebP or SVG: browsers may not show it`, ref.place);
  }
  const file = path.join(course.dir, ...relative.split('/'));
  const stat = await fs.stat(file).catch(() => undefined);
  if (!stat?.isFile()) return diagnostic('image/missing', `image file "${ref.src}" not found (looked for ${relative} in the course folder)`, ref.place);
  if (await leavesThroughLink(course.dir, file)) {
    return diagnostic('image/outside-course', `image "${ref.src}" leads outside the course folder through a symbolic link`, ref.place);
  }
  if (stat.size > IMAGE_MAX_BYTES) {
    return diagnostic('image/too-large', `image "${ref.src}" is ${megabytes(stat.size)}; a lesson image may be at most ${megabytes(IMAGE_MAX_BYTES)}`, ref.place);
  }
  return { src: ref.src, path: relative, content: new Uint8Array(await fs.readFile(file)) };
}

async function leavesThroughLink(dir: string, file: string): Promise<boolean> {
  const [realDir, realFile] = await Promise.all([fs.realpath(dir), fs.realpath(file)]);
  const relative = path.relative(realDir, realFile);
  return relative.startsWith('..') || path.isAbsolute(relative);
}

export async function loadLessonImages(course: Course): Promise<{ course: Course; diagnostics: Diagnostic[] }> {
  const scans = course.lessons.map(scanLesson);
  const diagnostics: Diagnostic[] = [];
  const shipped = new Set<ImageReference>();
  const lessons = await Promise.all(course.lessons.map(async (lesson, k) => {
    const images: LessonImage[] = [];
    for (const ref of scans[k]!.images) {
      if (ref.alt === '') diagnostics.push(diagnostic('image/no-alt', `image "${ref.src}" has no alt text`, ref.place));
      const resolved = await resolveImage(course, lesson, ref);
      if ('code' in resolved) {
        diagnostics.push(resolved);
        continue;
      }
      shipped.add(ref);
      if (!images.some((image) => image.src === resolved.src)) images.push(resolved);
    }
    return images.length > 0 ? { ...lesson, images } : lesson;
  }));
  diagnostics.push(...figureWarnings(scans, shipped));
  return { course: { ...course, lessons }, diagnostics };
}
