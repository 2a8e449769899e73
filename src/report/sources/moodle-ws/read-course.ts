/**
 * Reads one Moodle course through its web services: the course, its SCORM activities built by
 * coursepack (recognised by the package's manifest identifier, `MANIFEST-<course id>` or
 * `MANIFEST-<course id>-LESSON-<lesson id>`, and their SCOs by `ITEM-<lesson id>`), the enrolled
 * students, their attempts and every SCO's tracks per attempt. Returns plain data (./types.ts);
 * ./tracks.ts turns it into the report's records.
 *
 * Functions called (Moodle 3.0+; all read-only): core_webservice_get_site_info,
 * core_course_get_courses_by_field, mod_scorm_get_scorms_by_courses, mod_scorm_get_scorm_scoes,
 * core_enrol_get_enrolled_users, mod_scorm_get_scorm_attempt_count, mod_scorm_get_scorm_sco_tracks.
 * The last two need mod/scorm:viewreport for other users' data (teacher, non-editing teacher,
 * manager), the enrolled users moodle/course:viewparticipants.
 */
import { lessonItemId, manifestId } from '../../../formats/scorm12/identifiers';
import type { MoodleClient } from './client';
import { MoodleCallError, missingFunctions } from './errors';
import { mapLimit } from './pool';
import type { AttemptTracks, MoodleActivity, MoodleCourseRead, MoodleLearner } from './types';

export const REQUIRED_FUNCTIONS = [
  'core_webservice_get_site_info',
  'core_course_get_courses_by_field',
  'core_enrol_get_enrolled_users',
  'mod_scorm_get_scorms_by_courses',
  'mod_scorm_get_scorm_scoes',
  'mod_scorm_get_scorm_attempt_count',
  'mod_scorm_get_scorm_sco_tracks',
] as const;

/** Role shortname of the learners (Moodle's default student role). */
export const LEARNER_ROLE = 'student';

export interface ReadProgress {
  readonly done: number;
  readonly total: number;
}

export interface ReadCourseOptions {
  readonly client: MoodleClient;
  /** Shortname, or the numeric course id. */
  readonly course: string;
  /** The coursepack course's id (course.yaml) and lesson ids: what the packages were built from. */
  readonly coursepackId: string;
  readonly lessonIds: readonly string[];
  /** Learner × activity pairs read at a time (the client bounds the requests themselves). */
  readonly concurrency?: number;
  readonly onProgress?: (progress: ReadProgress) => void;
  /**
   * What a previous run read (./store.ts): attempts it holds are not asked for again unless they
   * may have changed (the last attempt of a learner active since).
   */
  readonly known?: KnownAttempts;
}

/** From the local store: tracks already read, and when. */
export interface KnownAttempts {
  /** Site and course the store was read from: another one's store is not used. */
  readonly site: string;
  readonly courseid: number;
  /** Moodle's clock at the start of that run (unix seconds). */
  readonly readAt: number;
  readonly tracks: (scormid: number, userid: number, attempt: number) => AttemptTracks[] | undefined;
  /** Attempt count that run saw. */
  readonly attemptCount: (scormid: number, userid: number) => number | undefined;
}

interface SiteInfo {
  readonly functions?: readonly { readonly name: string }[];
}
interface CourseInfo {
  readonly id: number;
  readonly shortname: string;
  readonly fullname: string;
}
interface ScormInfo {
  readonly id: number;
  readonly coursemodule: number;
  readonly name: string;
  readonly version?: string;
}
interface ScoInfo {
  readonly id: number;
  readonly manifest: string;
  readonly identifier: string;
  readonly scormtype: string;
  readonly title: string;
}
interface EnrolledUser {
  readonly id: number;
  readonly fullname: string;
  readonly email?: string;
  readonly lastcourseaccess?: number;
  readonly roles?: readonly { readonly shortname: string }[];
}
interface Tracks {
  readonly data: { readonly attempt: number; readonly tracks: readonly { readonly element: string; readonly value: string }[] };
}

/**
 * Moodle's user_lastaccess is written at most once a minute (LASTACCESS_UPDATE_SECS): a learner
 * whose last course access is this much older than the previous run did nothing since.
 */
const LAST_ACCESS_SLACK_SECONDS = 300;

export async function readMoodleCourse(options: ReadCourseOptions): Promise<MoodleCourseRead> {
  const { client } = options;
  const concurrency = options.concurrency ?? 4;
  await checkFunctions(client);
  const startedAt = client.serverTime();
  const course = await findCourse(client, options.course);
  const activities = await coursepackActivities(client, course, options, concurrency);
  const learners = await students(client, course.id);
  const known = options.known !== undefined && options.known.site === client.site && options.known.courseid === course.id ? options.known : undefined;
  const pairs = activities.flatMap((activity) => learners.map((learner) => ({ activity, learner })));
  let done = 0;
  const total = pairs.length;
  options.onProgress?.({ done, total });
  const perPair = await mapLimit(pairs, concurrency, async ({ activity, learner }) => {
    const read = await learnerAttempts(client, activity, learner, known);
    done += 1;
    options.onProgress?.({ done, total });
    return read;
  });
  return {
    site: client.site,
    course,
    activities,
    learners,
    attempts: perPair.flatMap((entry) => entry.attempts),
    counts: perPair.flatMap((entry) => entry.count),
    readAt: startedAt ?? Math.floor(Date.now() / 1000),
    requests: client.requests(),
    reused: perPair.reduce((sum, entry) => sum + entry.reused, 0),
  };
}

/** One call that says which functions the token's service lacks (all of them named at once). */
async function checkFunctions(client: MoodleClient): Promise<void> {
  const info = await client.call<SiteInfo>('core_webservice_get_site_info');
  const offered = new Set((info.functions ?? []).map((entry) => entry.name));
  const missing = REQUIRED_FUNCTIONS.filter((name) => !offered.has(name));
  if (missing.length > 0) throw missingFunctions(client.site, missing);
}

async function findCourse(client: MoodleClient, wanted: string): Promise<CourseInfo> {
  const byField = async (field: string, value: string) =>
    (await client.call<{ courses: readonly CourseInfo[] }>('core_course_get_courses_by_field', { field, value })).courses[0];
  const trimmed = wanted.trim();
  const found = (/^\d+$/.test(trimmed) ? await byField('id', trimmed) : undefined) ?? (await byField('shortname', trimmed));
  if (found === undefined) {
    throw new MoodleCallError(
      'report/moodle-course-not-found',
      `${client.site} has no course with ${/^\d+$/.test(trimmed) ? 'id or ' : ''}short name "${trimmed}" that the token's user can see.`,
    );
  }
  return { id: found.id, shortname: found.shortname, fullname: found.fullname };
}

async function coursepackActivities(client: MoodleClient, course: CourseInfo, options: ReadCourseOptions, concurrency: number): Promise<MoodleActivity[]> {
  const { scorms } = await client.call<{ scorms: readonly ScormInfo[] }>('mod_scorm_get_scorms_by_courses', { courseids: [course.id] });
  const coursePackage = manifestId(options.coursepackId);
  const lessonPrefix = `${manifestId(options.coursepackId, '')}`;
  const items = new Map(options.lessonIds.map((lesson) => [lessonItemId(lesson), lesson]));
  const found = await mapLimit(scorms, concurrency, async (scorm): Promise<MoodleActivity | null> => {
    const { scoes } = await client.call<{ scoes: readonly ScoInfo[] }>('mod_scorm_get_scorm_scoes', { scormid: scorm.id });
    const ours = scoes.filter((sco) => sco.manifest === coursePackage || sco.manifest.startsWith(lessonPrefix));
    const lessons = ours.flatMap((sco) => {
      const lesson = sco.scormtype === 'sco' ? items.get(sco.identifier) ?? unknownLesson(sco.identifier) : null;
      return lesson === null ? [] : [{ scoid: sco.id, lesson, title: sco.title }];
    });
    if (lessons.length === 0) return null;
    return { scormid: scorm.id, cmid: scorm.coursemodule, name: scorm.name, version: scorm.version ?? '', manifest: ours[0]?.manifest ?? '', lessons };
  });
  const activities = found.filter((activity): activity is MoodleActivity => activity !== null);
  if (activities.length === 0) {
    throw new MoodleCallError(
      'report/moodle-no-activities',
      `The course "${course.shortname}" on ${client.site} has ${scorms.length} SCORM ${scorms.length === 1 ? 'activity' : 'activities'}, none built by coursepack from the course "${options.coursepackId}" (manifest identifier ${coursePackage} or ${lessonPrefix}<lesson>).`,
    );
  }
  return activities;
}

/** `ITEM-<id>` of a lesson course.yaml no longer lists: kept under its id (the report warns). */
function unknownLesson(identifier: string): string | null {
  return identifier.startsWith('ITEM-') ? identifier.slice('ITEM-'.length) : null;
}

async function students(client: MoodleClient, courseid: number): Promise<MoodleLearner[]> {
  const users = await client.call<readonly EnrolledUser[]>('core_enrol_get_enrolled_users', {
    courseid,
    options: [{ name: 'userfields', value: 'id,fullname,email,roles,lastcourseaccess' }],
  });
  return users
    .filter((user) => (user.roles ?? []).some((role) => role.shortname === LEARNER_ROLE))
    .map((user) => ({ id: user.id, fullname: user.fullname, email: user.email ?? '', lastcourseaccess: user.lastcourseaccess ?? null }));
}

interface PairRead {
  readonly attempts: AttemptTracks[];
  readonly count: { readonly scormid: number; readonly userid: number; readonly attempts: number }[];
  readonly reused: number;
}

async function learnerAttempts(client: MoodleClient, activity: MoodleActivity, learner: MoodleLearner, known: KnownAttempts | undefined): Promise<PairRead> {
  const previous = known?.attemptCount(activity.scormid, learner.id);
  // Nothing done in the course since the last run: what that run read stands.
  const idle = known !== undefined && previous !== undefined && learner.lastcourseaccess !== null && learner.lastcourseaccess + LAST_ACCESS_SLACK_SECONDS < known.readAt;
  const count = idle
    ? (previous as number)
    : (await client.call<{ attemptscount: number }>('mod_scorm_get_scorm_attempt_count', { scormid: activity.scormid, userid: learner.id })).attemptscount;
  const attempts: AttemptTracks[] = [];
  let reused = 0;
  const toRead: { attempt: number; scoid: number }[] = [];
  for (let attempt = 1; attempt <= count; attempt += 1) {
    // Only a learner's last attempt changes; an earlier one read before is read again only if it was then the last.
    const stored = known?.tracks(activity.scormid, learner.id, attempt);
    const settled = stored !== undefined && (idle || (previous !== undefined && attempt < previous));
    if (settled) {
      attempts.push(...stored);
      reused += 1;
    } else {
      for (const { scoid } of activity.lessons) toRead.push({ attempt, scoid });
    }
  }
  // The client bounds the requests in flight (its concurrency): these may all be asked at once.
  const read = await Promise.all(toRead.map(async ({ attempt, scoid }) => {
    const answer = await client.call<Tracks>('mod_scorm_get_scorm_sco_tracks', { scoid, userid: learner.id, attempt });
    const tracks = Object.fromEntries(answer.data.tracks.map((track) => [track.element, track.value]));
    return { scormid: activity.scormid, userid: learner.id, attempt, scoid, tracks };
  }));
  // Empty ones too: the store must know they were read.
  attempts.push(...read);
  return { attempts, count: [{ scormid: activity.scormid, userid: learner.id, attempts: count }], reused };
}
