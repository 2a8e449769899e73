/** The files every xAPI and cmi5 package holds besides its structure file: player, lesson pages and their images. */
import type { Course } from '../../model/course';
import type { PackageFile } from '../../model/files';
import type { RenderedLesson } from '../../model/rendered';
import type { PlayerAssets } from '../format';
import { lessonPageFile, mediaFiles, playerFiles } from '../layout';
import { xapiLessonPage } from './page';

export function contentFiles(course: Course, lessons: readonly RenderedLesson[], player: PlayerAssets): PackageFile[] {
  // The xAPI data goes in after the shared part of the page (before the player script), so that part stays shared.
  const pages = lessons.map((rendered): PackageFile => {
    if (rendered.packedPage !== undefined) return lessonPageFile(rendered, () => '', rendered);
    const made = pageOf(course, rendered);
    // `made` stands for the page (OutputFile.contentKey): the course package and the lesson's own share it.
    return lessonPageFile(rendered, () => made.page, made);
  });
  return [...playerFiles(player), ...pages, ...mediaFiles(lessons.map((rendered) => rendered.lesson))];
}

/** Each page once, though the course package and the lesson's own package both carry it. */
const pages = new WeakMap<RenderedLesson, MadePage>();

interface MadePage {
  readonly course: Course;
  readonly page: string;
}

function pageOf(course: Course, rendered: RenderedLesson): MadePage {
  const known = pages.get(rendered);
  if (known?.course === course) return known;
  const made = { course, page: xapiLessonPage(course, rendered) };
  pages.set(rendered, made);
  return made;
}
