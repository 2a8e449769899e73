/**
 * `tincan.xml`: the activities of an xAPI package for a TinCan launcher. The course package
 * lists the course (launching its first lesson) and every lesson with its own launch page; a
 * lesson package lists that lesson only. Names in every language the course has them in.
 */
import type { Course, Lesson } from '../../model/course';
import { ACTIVITY_TYPES } from '../../player/lms/xapi/ids';
import type { LanguageMap, XapiActivityData } from '../../player/lms/xapi/page-data';
import { lessonPagePath } from '../layout';
import { element, type XmlElement } from '../xml';
import { courseActivity, lessonActivity } from './activities';

export const TINCAN_PATH = 'tincan.xml';
const TINCAN_NS = 'http://projecttincan.com/tincan.xsd';

export function tincanElement(course: Course, lessons: readonly Lesson[], withCourse: boolean): XmlElement {
  const first = lessons[0];
  const courseEntry = withCourse && first ? [activityElement(courseActivity(course), ACTIVITY_TYPES.course, course.language, lessonPagePath(first.id))] : [];
  const lessonEntries = lessons.map((lesson) => activityElement(lessonActivity(course, lesson), ACTIVITY_TYPES.lesson, course.language, lessonPagePath(lesson.id)));
  return element('tincan', { xmlns: TINCAN_NS }, [element('activities', {}, [...courseEntry, ...lessonEntries])]);
}

function activityElement(activity: XapiActivityData, type: string, language: string, launch: string): XmlElement {
  return element('activity', { id: activity.id, type }, [
    ...texts('name', activity.name),
    ...texts('description', activity.description ?? {}),
    element('launch', { lang: language }, [launch]),
  ]);
}

function texts(name: string, map: LanguageMap): XmlElement[] {
  return Object.entries(map).map(([lang, text]) => element(name, { lang }, [text]));
}
