/**
 * `tincan.xml`: the activities of an xAPI package for a TinCan launcher, which allows one
 * launchable activity per package. The course package launches the course (its lesson list,
 * ./course-menu.ts) and lists every lesson as an activity without a launch; a lesson package
 * lists that lesson only, with its page as the launch. Names in every language the course has
 * them in.
 */
import type { Course, Lesson } from '../../model/course';
import { ACTIVITY_TYPES } from '../../player/lms/xapi/ids';
import type { LanguageMap, XapiActivityData } from '../../player/lms/xapi/page-data';
import { lessonPagePath } from '../layout';
import { element, type XmlElement } from '../xml';
import { courseActivity, lessonActivity } from './activities';
import { COURSE_MENU_PATH } from './course-menu';

export const TINCAN_PATH = 'tincan.xml';
const TINCAN_NS = 'http://projecttincan.com/tincan.xsd';

export function tincanElement(course: Course, lessons: readonly Lesson[], withCourse: boolean): XmlElement {
  const courseEntry = withCourse ? [activityElement(courseActivity(course), ACTIVITY_TYPES.course, course.language, COURSE_MENU_PATH)] : [];
  const lessonEntries = lessons.map((lesson) =>
    activityElement(lessonActivity(course, lesson), ACTIVITY_TYPES.lesson, course.language, withCourse ? null : lessonPagePath(lesson.id)),
  );
  return element('tincan', { xmlns: TINCAN_NS }, [element('activities', {}, [...courseEntry, ...lessonEntries])]);
}

/** `launch` null: an activity that is not launched by itself (a lesson of the course package). */
function activityElement(activity: XapiActivityData, type: string, language: string, launch: string | null): XmlElement {
  return element('activity', { id: activity.id, type }, [
    ...texts('name', activity.name),
    ...texts('description', activity.description ?? {}),
    ...(launch === null ? [] : [element('launch', { lang: language }, [launch])]),
  ]);
}

function texts(name: string, map: LanguageMap): XmlElement[] {
  return Object.entries(map).map(([lang, text]) => element(name, { lang }, [text]));
}
