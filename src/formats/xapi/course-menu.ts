/**
 * The course package's one launch page (`index.html`): the TinCan launch document lets a
 * package declare one launchable activity, so the course launches this list of its lessons,
 * and each link carries the launch query on to the lesson page (endpoint, auth, actor,
 * registration come from the launcher, never from the package). Lessons are listed in
 * tincan.xml as activities without a launch of their own.
 */
import { courseTitle, type Course, type Lesson } from '../../model/course';
import { lessonPagePath, PLAYER_CSS_PATH } from '../layout';
import { lessonTitle } from '../scorm12/titles';
import { escapeAttribute, escapeText } from '../xml';

export const COURSE_MENU_PATH = 'index.html';

export function courseMenuPage(course: Course, lessons: readonly Lesson[]): string {
  const title = escapeText(courseTitle(course));
  const items = lessons.map((lesson) => `<li><a class="cp-menu__lesson" href="${escapeAttribute(lessonPagePath(lesson.id))}">${escapeText(lessonTitle(lesson))}</a></li>`);
  return [
    '<!doctype html>',
    `<html lang="${escapeAttribute(course.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<link rel="stylesheet" href="${PLAYER_CSS_PATH}">`,
    '</head>',
    '<body>',
    '<main class="cp-menu">',
    `<h1>${title}</h1>`,
    '<ol>',
    ...items,
    '</ol>',
    '</main>',
    // The launcher's query (its LRS, the learner) goes on to every lesson.
    '<script>for (const link of document.querySelectorAll("a.cp-menu__lesson")) link.search = location.search;</script>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
