/**
 * `cmi5.xml` (cmi5 course structure, CourseStructure.xsd): the course, one block per chapter,
 * one AU per lesson in course order. Per AU:
 * - `moveOn`: a lesson without quiz is done when `Completed`; with a quiz `CompletedAndPassed`
 *   when the quiz requires every screen first (settings.quiz.requireAllScreens), else `Passed`;
 * - `masteryScore` = passMark / 100 for lessons with a quiz;
 * - `launchMethod` `AnyWindow`: the player works in a frame or in its own window.
 * Titles and descriptions are langstrings (every language of the course title; chapters and
 * lessons in the course language).
 */
import { courseIri, type Course, type Lesson } from '../../model/course';
import type { QuizSettings } from '../../model/course';
import type { LanguageMap, XapiActivityData } from '../../player/lms/xapi/page-data';
import { lessonPagePath } from '../layout';
import { courseOrganization, type OrganizationNode } from '../scorm12/organization';
import { element, type XmlElement } from '../xml';
import { chapterActivity, courseActivity, lessonActivity } from '../xapi/activities';

export const CMI5_PATH = 'cmi5.xml';
export const CMI5_NS = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

export type MoveOn = 'Completed' | 'Passed' | 'CompletedAndPassed';

export interface AuLesson {
  readonly lesson: Lesson;
  readonly hasQuiz: boolean;
}

export function moveOnFor(hasQuiz: boolean, quiz: QuizSettings): MoveOn {
  if (!hasQuiz) return 'Completed';
  return quiz.requireAllScreens ? 'CompletedAndPassed' : 'Passed';
}

/** passMark (percent) as cmi5's 0–1 decimal, at most 4 places. */
export function masteryScoreOf(passMark: number): string {
  return String(Math.round(Math.min(100, Math.max(0, passMark)) * 100) / 10000);
}

/** The whole course: blocks per chapter. */
export function courseStructure(course: Course, lessons: readonly AuLesson[]): XmlElement {
  const byId = new Map(lessons.map((entry) => [entry.lesson.id, entry]));
  const nodes = courseOrganization({ ...course, lessons: lessons.map((entry) => entry.lesson) });
  return root(courseElement(course.language, courseActivity(course)), nodes.map((node) => nodeElement(course, node, byId)));
}

/** One lesson as a course of its own (a lesson package); its AU keeps the lesson's id. */
export function lessonStructure(course: Course, entry: AuLesson): XmlElement {
  const activity = lessonActivity(course, entry.lesson);
  const packageCourse: XapiActivityData = { ...activity, id: `${courseIri(course)}/packages/${entry.lesson.id}` };
  return root(courseElement(course.language, packageCourse), [auElement(course, entry)]);
}

function root(courseNode: XmlElement, children: readonly XmlElement[]): XmlElement {
  return element('courseStructure', { xmlns: CMI5_NS }, [courseNode, ...children]);
}

function courseElement(language: string, activity: XapiActivityData): XmlElement {
  return element('course', { id: activity.id }, [textElement('title', activity.name, language), textElement('description', activity.description ?? activity.name, language)]);
}

function nodeElement(course: Course, node: OrganizationNode, byId: ReadonlyMap<string, AuLesson>): XmlElement {
  switch (node.kind) {
    case 'chapter': {
      const activity = chapterActivity(course, node.chapter);
      return element('block', { id: activity.id }, [
        textElement('title', activity.name, course.language),
        textElement('description', activity.description ?? activity.name, course.language),
        ...node.lessons.map((lesson) => auElement(course, byId.get(lesson.id) ?? { lesson, hasQuiz: false })),
      ]);
    }
    case 'lesson':
      return auElement(course, byId.get(node.lesson.id) ?? { lesson: node.lesson, hasQuiz: false });
  }
}

function auElement(course: Course, entry: AuLesson): XmlElement {
  const activity = lessonActivity(course, entry.lesson);
  const quiz = course.settings.quiz;
  return element(
    'au',
    {
      id: activity.id,
      moveOn: moveOnFor(entry.hasQuiz, quiz),
      masteryScore: entry.hasQuiz ? masteryScoreOf(quiz.passMark) : undefined,
      launchMethod: 'AnyWindow',
    },
    [
      textElement('title', activity.name, course.language),
      textElement('description', activity.description ?? activity.name, course.language),
      element('url', {}, [lessonPagePath(entry.lesson.id)]),
    ],
  );
}

/** A textType: one langstring per language, the course language first. */
function textElement(name: string, map: LanguageMap, language: string): XmlElement {
  const entries = Object.entries(map).sort(([a], [b]) => (a === language ? -1 : b === language ? 1 : 0));
  return element(name, {}, entries.map(([lang, text]) => element('langstring', { lang }, [text])));
}
