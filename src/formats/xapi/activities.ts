/**
 * The activities of a course as xAPI and cmi5 name them: ids from the course IRI
 * (src/player/lms/xapi/ids.ts, shared with the player), names and descriptions as language
 * maps. The course title has every language course.yaml gives; chapters and lessons exist in
 * the course language only.
 */
import { courseIri, courseTitle, type Chapter, type Course, type Lesson } from '../../model/course';
import { chapterActivityId, lessonActivityId } from '../../player/lms/xapi/ids';
import type { LanguageMap, XapiActivityData, XapiPageData } from '../../player/lms/xapi/page-data';
import { chapterTitle, lessonTitle, manifestTitle } from '../scorm12/titles';

/** Descriptions are summaries, not the text: cut at this many characters. */
const MAX_DESCRIPTION_LENGTH = 500;

/**
 * Each course's and chapter's activity, made once per course: every lesson page of every
 * xAPI and cmi5 package carries them (issue 18: the chapter overview's summary was made again
 * for each of them). A Course is never changed once loaded, so its activities stay right.
 */
const courseActivities = new WeakMap<Course, XapiActivityData>();
const chapterActivities = new WeakMap<Course, Map<Chapter, XapiActivityData>>();

export function courseActivity(course: Course): XapiActivityData {
  let activity = courseActivities.get(course);
  if (activity === undefined) {
    activity = { id: courseIri(course), name: languageMap(course.title), description: courseDescription(course) };
    courseActivities.set(course, activity);
  }
  return activity;
}

export function chapterActivity(course: Course, chapter: Chapter): XapiActivityData {
  let byChapter = chapterActivities.get(course);
  if (byChapter === undefined) {
    byChapter = new Map();
    chapterActivities.set(course, byChapter);
  }
  let activity = byChapter.get(chapter);
  if (activity === undefined) {
    activity = makeChapterActivity(course, chapter);
    byChapter.set(chapter, activity);
  }
  return activity;
}

function makeChapterActivity(course: Course, chapter: Chapter): XapiActivityData {
  const name = chapterTitle(chapter);
  const overview = chapter.overview === undefined ? '' : firstParagraph(chapter.overview);
  return {
    id: chapterActivityId(courseIri(course), chapter.id),
    name: { [course.language]: name },
    description: { [course.language]: overview === '' ? name : overview },
  };
}

export function lessonActivity(course: Course, lesson: Lesson): XapiActivityData {
  const chapter = chapterOf(course, lesson);
  const path = [courseTitle(course), ...(chapter ? [chapterTitle(chapter)] : []), lessonTitle(lesson)];
  return {
    id: lessonActivityId(courseIri(course), lesson.id),
    name: { [course.language]: lessonTitle(lesson) },
    description: { [course.language]: manifestTitle(path.join(' · ')) },
  };
}

export function chapterOf(course: Course, lesson: Lesson): Chapter | null {
  return course.chapters.find((chapter) => chapter.id === lesson.chapter) ?? null;
}

/** What the lesson page carries in `script#cp-xapi` for the player. */
export function pageData(course: Course, lesson: Lesson): XapiPageData {
  const chapter = chapterOf(course, lesson);
  return {
    course: courseActivity(course),
    chapter: chapter === null ? null : chapterActivity(course, chapter),
    lesson: lessonActivity(course, lesson),
    language: course.language,
    revision: course.version,
  };
}

/** Language maps list languages in a fixed order (kk, ru, en as in the model), so output is stable. */
export function languageMap(texts: Readonly<Partial<Record<string, string>>>, clean: (text: string) => string = manifestTitle): LanguageMap {
  const map: Record<string, string> = {};
  for (const [language, text] of Object.entries(texts)) {
    if (text !== undefined && text.trim() !== '') map[language] = clean(text);
  }
  return map;
}

function courseDescription(course: Course): LanguageMap {
  const described = course.description ? languageMap(course.description, summary) : {};
  return Object.keys(described).length > 0 ? described : languageMap(course.title);
}

/** The first paragraph of Markdown lead text, as plain words. */
function firstParagraph(markdown: string): string {
  const paragraph = markdown.trim().split(/\n\s*\n/)[0] ?? '';
  return summary(paragraph.replace(/[*_`#>[\]]/g, ''));
}

function summary(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  const characters = Array.from(collapsed);
  if (characters.length <= MAX_DESCRIPTION_LENGTH) return collapsed;
  const head = characters.slice(0, MAX_DESCRIPTION_LENGTH - 1).join('');
  const cut = head.lastIndexOf(' ');
  return `${(cut > MAX_DESCRIPTION_LENGTH / 2 ? head.slice(0, cut) : head).trimEnd()}…`;
}
