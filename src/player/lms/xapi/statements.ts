/**
 * The statement builder: one pure function per verb, from what the player knows to the xAPI
 * statement it sends. No DOM, no clock, no random: ids and timestamps come in a `Stamp`, so the
 * same input always gives the same statement (tests, and Node-side simulations of learners).
 *
 * Context of every statement (docs/xapi.md):
 * - `registration`, `platform` "coursepack" (or the TinCan launch's `activity_platform`), `language`
 *   (course language), `revision` (course version); a TinCan launch's `grouping` joins the grouping;
 * - `contextActivities.parent`: the object's container (screen, question: the lesson; the lesson:
 *   its chapter, else the course); `grouping`: the other ancestors (course, chapter);
 * - cmi5: the LMS's `contextTemplate` (LMS.LaunchData) merged in, the session id extension, the
 *   cmi5 category on defined verbs and the moveOn category on completed/passed/failed.
 */
import type { InteractionRecord, LessonScore } from '../adapter';
import { interactionDefinition, responsePattern } from './interactions';
import { ACTIVITY_TYPES, questionActivityId, screenActivityId } from './ids';
import type { XapiActivityData, XapiPageData } from './page-data';
import type { XapiActivity, XapiAgent, XapiContext, XapiContextActivities, XapiResult, XapiStatement } from './statement-types';
import { ATTEMPT_EXTENSION, CMI5, CMI5_DEFINED_VERBS, MOVE_ON_VERBS, PLATFORM, VERBS, type VerbName } from './vocabulary';
import { isoDuration } from './duration';

/** What stays the same for every statement of one launch. */
export interface StatementSettings {
  readonly actor: XapiAgent;
  /** UUID of the attempt the LMS launched; '' when a TinCan launch gave none. */
  readonly registration: string;
  readonly page: XapiPageData;
  /**
   * Id of the lesson as the object of lesson statements: the page's lesson IRI for a TinCan
   * launch; for cmi5 the launch's `activityId` (the AU id the LMS knows).
   */
  readonly lessonObjectId: string;
  readonly cmi5: Cmi5Settings | null;
  /** TinCan launch `grouping`: an activity id added to every statement's grouping. */
  readonly grouping?: string | null;
  /** TinCan launch `activity_platform`: `context.platform` instead of "coursepack". */
  readonly platform?: string | null;
}

export interface Cmi5Settings {
  readonly sessionId: string;
  /** `contextTemplate` of LMS.LaunchData; null when the LMS gave none. */
  readonly contextTemplate: XapiContext | null;
  /** `masteryScore` of LMS.LaunchData (0–1); null when none. */
  readonly masteryScore: number | null;
}

/** The id (a UUID) and time of one statement. */
export interface Stamp {
  readonly id: string;
  /** ISO 8601 date-time. */
  readonly timestamp: string;
}

export interface ScreenRef {
  /** 0-based index of the screen in the lesson. */
  readonly index: number;
  readonly title: string;
}

export function initializedStatement(settings: StatementSettings, stamp: Stamp): XapiStatement {
  return lessonStatement(settings, stamp, 'initialized');
}

/** A new session of a registration that was suspended before (a second visit, another device). */
export function resumedStatement(settings: StatementSettings, stamp: Stamp): XapiStatement {
  return lessonStatement(settings, stamp, 'resumed');
}

export function experiencedStatement(settings: StatementSettings, stamp: Stamp, screen: ScreenRef, durationMs: number): XapiStatement {
  const object: XapiActivity = {
    objectType: 'Activity',
    id: screenActivityId(settings.page.lesson.id, screen.index),
    definition: { type: ACTIVITY_TYPES.screen, name: { [settings.page.language]: screen.title } },
  };
  return statement(settings, stamp, 'experienced', object, { duration: isoDuration(durationMs) }, innerContext(settings, 'experienced'));
}

export function answeredStatement(settings: StatementSettings, stamp: Stamp, interaction: InteractionRecord): XapiStatement {
  const object: XapiActivity = {
    objectType: 'Activity',
    id: questionActivityId(settings.page.lesson.id, interaction.itemId),
    definition: interactionDefinition(interaction, settings.page.language),
  };
  const result: XapiResult = {
    response: responsePattern(interaction.response),
    success: interaction.result === 'correct',
    score: {
      scaled: round(interaction.scoreFraction, 4),
      raw: round(interaction.scoreFraction * interaction.weighting, 4),
      min: 0,
      max: interaction.weighting,
    },
    duration: isoDuration(interaction.latencyMs),
    extensions: { [ATTEMPT_EXTENSION]: interaction.attempt },
  };
  return statement(settings, stamp, 'answered', object, result, innerContext(settings, 'answered'));
}

/** `percent`: share of the lesson done, 0–100 (rounded down to an integer, as cmi5 wants). */
export function progressedStatement(settings: StatementSettings, stamp: Stamp, percent: number): XapiStatement {
  return lessonStatement(settings, stamp, 'progressed', { extensions: { [CMI5.progressExtension]: progressValue(percent) } });
}

export function completedStatement(settings: StatementSettings, stamp: Stamp, durationMs: number): XapiStatement {
  return lessonStatement(settings, stamp, 'completed', { completion: true, duration: isoDuration(durationMs) });
}

export function judgedStatement(
  settings: StatementSettings,
  stamp: Stamp,
  verdict: 'passed' | 'failed',
  score: LessonScore,
  durationMs: number,
): XapiStatement {
  const result: XapiResult = {
    score: { scaled: round(score.scaled, 4), raw: score.raw, min: score.min, max: score.max },
    success: verdict === 'passed',
    duration: isoDuration(durationMs),
  };
  return lessonStatement(settings, stamp, verdict, result);
}

/** The session ends with the lesson unfinished: the registration can be resumed. */
export function suspendedStatement(settings: StatementSettings, stamp: Stamp, percent: number): XapiStatement {
  return lessonStatement(settings, stamp, 'suspended', { extensions: { [CMI5.progressExtension]: progressValue(percent) } });
}

export function terminatedStatement(settings: StatementSettings, stamp: Stamp, durationMs: number): XapiStatement {
  return lessonStatement(settings, stamp, 'terminated', { duration: isoDuration(durationMs) });
}

function lessonStatement(settings: StatementSettings, stamp: Stamp, verb: VerbName, result?: XapiResult): XapiStatement {
  const { lesson } = settings.page;
  const object: XapiActivity = {
    objectType: 'Activity',
    id: settings.lessonObjectId,
    definition: activityDefinition(lesson, ACTIVITY_TYPES.lesson),
  };
  return statement(settings, stamp, verb, object, result, lessonContext(settings, verb));
}

function statement(
  settings: StatementSettings,
  stamp: Stamp,
  verb: VerbName,
  object: XapiActivity,
  result: XapiResult | undefined,
  context: XapiContext,
): XapiStatement {
  return {
    id: stamp.id,
    actor: settings.actor,
    verb: { id: VERBS[verb], display: { en: verb } },
    object,
    ...(result === undefined ? {} : { result }),
    context,
    timestamp: stamp.timestamp,
  };
}

/** Context of a screen or question statement: parent lesson, grouping chapter and course. */
function innerContext(settings: StatementSettings, verb: VerbName): XapiContext {
  const { course, chapter } = settings.page;
  const lesson = contextActivity(settings.lessonObjectId, ACTIVITY_TYPES.lesson);
  const grouping = [contextActivity(course.id, ACTIVITY_TYPES.course), ...(chapter ? [contextActivity(chapter.id, ACTIVITY_TYPES.chapter)] : [])];
  return fullContext(settings, verb, { parent: [lesson], grouping });
}

/** Context of a lesson statement: parent chapter (else course), grouping course. */
function lessonContext(settings: StatementSettings, verb: VerbName): XapiContext {
  const { course, chapter } = settings.page;
  const courseActivity = contextActivity(course.id, ACTIVITY_TYPES.course);
  const activities: XapiContextActivities = chapter
    ? { parent: [contextActivity(chapter.id, ACTIVITY_TYPES.chapter)], grouping: [courseActivity] }
    : { parent: [courseActivity] };
  return fullContext(settings, verb, activities);
}

function fullContext(settings: StatementSettings, verb: VerbName, activities: XapiContextActivities): XapiContext {
  const base: XapiContext = {
    // A TinCan launch without registration sends none (an empty one is invalid).
    ...(settings.registration === '' ? {} : { registration: settings.registration }),
    platform: settings.platform ?? PLATFORM,
    language: settings.page.language,
    revision: settings.page.revision,
  };
  if (settings.cmi5 === null) return { ...base, contextActivities: withLaunchGrouping(activities, settings.grouping ?? null) };
  return cmi5Context(settings.cmi5, verb, base, activities);
}

/** The launcher's `grouping` activity after ours, once. */
function withLaunchGrouping(activities: XapiContextActivities, grouping: string | null): XapiContextActivities {
  if (grouping === null) return activities;
  return { ...activities, ...mergedList('grouping', activities, [contextActivity(grouping)]) };
}

/** The LMS's template first (cmi5 8.2.2: the AU builds its context on it), ours added. */
function cmi5Context(cmi5: Cmi5Settings, verb: VerbName, base: XapiContext, activities: XapiContextActivities): XapiContext {
  const template = cmi5.contextTemplate ?? {};
  const templateActivities = template.contextActivities ?? {};
  const categories = [
    ...(CMI5_DEFINED_VERBS.includes(verb) ? [contextActivity(CMI5.categoryCmi5)] : []),
    ...(MOVE_ON_VERBS.includes(verb) ? [contextActivity(CMI5.categoryMoveOn)] : []),
  ];
  const merged: XapiContextActivities = {
    ...templateActivities,
    ...mergedList('parent', templateActivities, activities.parent ?? []),
    ...mergedList('grouping', templateActivities, activities.grouping ?? []),
    ...mergedList('category', templateActivities, categories),
  };
  const judged = verb === 'passed' || verb === 'failed';
  const extensions = {
    ...(template.extensions ?? {}),
    [CMI5.sessionIdExtension]: cmi5.sessionId,
    ...(judged && cmi5.masteryScore !== null ? { [CMI5.masteryScoreExtension]: cmi5.masteryScore } : {}),
  };
  return { ...base, contextActivities: merged, extensions };
}

/** The template's activities of one kind followed by ours, each id once; omitted when empty. */
function mergedList(
  key: keyof XapiContextActivities,
  template: XapiContextActivities,
  ours: readonly XapiActivity[],
): XapiContextActivities {
  const all = [...(template[key] ?? []), ...ours];
  const unique = all.filter((activity, i) => all.findIndex((other) => other.id === activity.id) === i);
  return unique.length === 0 ? {} : { [key]: unique };
}

function contextActivity(id: string, type?: string): XapiActivity {
  return type === undefined ? { objectType: 'Activity', id } : { objectType: 'Activity', id, definition: { type } };
}

function activityDefinition(data: XapiActivityData, type: string) {
  return { type, name: data.name, ...(data.description ? { description: data.description } : {}) };
}

function progressValue(percent: number): number {
  return Math.max(0, Math.min(100, Math.floor(percent)));
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
