/**
 * Reads one Moodle course through its web services: the course, its SCORM activities built by
 * coursepack (recognised by the package's manifest identifier, `MANIFEST-<course id>` or
 * `MANIFEST-<course id>-LESSON-<lesson id>`, and their SCOs by `ITEM-<lesson id>`), the enrolled
 * students, their attempts and every SCO's tracks per attempt. Returns plain data (./types.ts);
 * ./tracks.ts turns it into the report's records.
 *
 * Functions called (Moodle 3.0+; all read-only): core_webservice_get_site_info,
 * core_course_get_courses_by_field, mod_scorm_get_scorms_by_courses, mod_scorm_get_scorm_scoes,
 * core_enrol_get_enrolled_users, mod_scorm_get_scorm_attempt_count, mod_scorm_get_scorm_sco_tracks;
 * the last two per learner, attempt and SCO, in batches of 40 through
 * tool_mobile_call_external_functions when the service offers it (one Moodle start-up per batch
 * instead of per call: the difference between minutes and a quarter of an hour for 2,000
 * learners), else one request each.
 * The last two need mod/scorm:viewreport for other users' data (teacher, non-editing teacher,
 * manager), the enrolled users moodle/course:viewparticipants.
 */
import { lessonItemId, manifestId } from '../../../formats/scorm12/identifiers';
import { BATCH_FUNCTION, type BatchCall, type MoodleClient } from './client';
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

/** What an administrator's service should offer: the required functions and, for batches, BATCH_FUNCTION. */
export const SERVICE_FUNCTIONS: readonly string[] = [...REQUIRED_FUNCTIONS, BATCH_FUNCTION];

/** Role shortname of the learners (Moodle's default student role). */
export const LEARNER_ROLE = 'student';

/** Calls made of those known to be needed so far (the total grows once the attempts are counted). */
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
  /** Activities' SCO lists read at a time (the client bounds the requests themselves). */
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
  const batching = await checkFunctions(client);
  const startedAt = client.serverTime();
  const course = await findCourse(client, options.course);
  const activities = await coursepackActivities(client, course, options, concurrency);
  const learners = await students(client, course.id);
  const known = options.known !== undefined && options.known.site === client.site && options.known.courseid === course.id ? options.known : undefined;
  const pairs = activities.flatMap((activity) => learners.map((learner) => ({ activity, learner, ...previousRead(activity, learner, known) })));
  const calls = new Calls(client, batching, options.onProgress);
  // Attempt counts of the learners who may have done something since; then the tracks to read.
  const asked = pairs.filter((pair) => !pair.idle);
  calls.expect(asked.length);
  const counted = await calls.run<{ attemptscount: number }>(asked.map((pair) => ({ wsfunction: 'mod_scorm_get_scorm_attempt_count', params: { scormid: pair.activity.scormid, userid: pair.learner.id } })));
  const counts = new Map(asked.map((pair, i) => [pair, counted[i]?.attemptscount ?? 0]));
  const attempts: AttemptTracks[] = [];
  const toRead: { scormid: number; userid: number; attempt: number; scoid: number }[] = [];
  let reused = 0;
  for (const pair of pairs) {
    const count = counts.get(pair) ?? pair.previous ?? 0;
    for (let attempt = 1; attempt <= count; attempt += 1) {
      // Only a learner's last attempt changes: one read before is kept unless it was then the last.
      const stored = known?.tracks(pair.activity.scormid, pair.learner.id, attempt);
      if (stored !== undefined && (pair.idle || (pair.previous !== undefined && attempt < pair.previous))) {
        attempts.push(...stored);
        reused += 1;
      } else {
        for (const { scoid } of pair.activity.lessons) toRead.push({ scormid: pair.activity.scormid, userid: pair.learner.id, attempt, scoid });
      }
    }
  }
  calls.expect(toRead.length);
  const read = await calls.run<Tracks>(toRead.map(({ scoid, userid, attempt }) => ({ wsfunction: 'mod_scorm_get_scorm_sco_tracks', params: { scoid, userid, attempt } })));
  // Empty ones too: the store must know they were read.
  toRead.forEach((entry, i) => attempts.push({ ...entry, tracks: Object.fromEntries((read[i]?.data.tracks ?? []).map((track) => [track.element, track.value])) }));
  return {
    site: client.site,
    course,
    activities,
    learners,
    attempts,
    counts: pairs.map((pair) => ({ scormid: pair.activity.scormid, userid: pair.learner.id, attempts: counts.get(pair) ?? pair.previous ?? 0 })),
    readAt: startedAt ?? Math.floor(Date.now() / 1000),
    requests: client.requests(),
    reused,
  };
}

/** What the store says of a learner in an activity, and whether they can have done anything since. */
function previousRead(activity: MoodleActivity, learner: MoodleLearner, known: KnownAttempts | undefined): { previous: number | undefined; idle: boolean } {
  const previous = known?.attemptCount(activity.scormid, learner.id);
  const idle = known !== undefined && previous !== undefined && learner.lastcourseaccess !== null && learner.lastcourseaccess + LAST_ACCESS_SLACK_SECONDS < known.readAt;
  return { previous, idle };
}

/** Calls per batch request: Moodle runs them one after the other in one PHP process. */
const BATCH_SIZE = 40;

/** Runs many calls, in batches when the service allows it, counting them for the progress line. */
class Calls {
  private done = 0;
  private total = 0;

  constructor(
    private readonly client: MoodleClient,
    private readonly batching: boolean,
    private readonly onProgress: ((progress: ReadProgress) => void) | undefined,
  ) {}

  expect(more: number): void {
    this.total += more;
    this.onProgress?.({ done: this.done, total: this.total });
  }

  async run<T>(calls: readonly BatchCall[]): Promise<T[]> {
    const size = this.batching ? BATCH_SIZE : 1;
    const chunks: BatchCall[][] = [];
    for (let i = 0; i < calls.length; i += size) chunks.push(calls.slice(i, i + size));
    // The client bounds the requests in flight: every chunk may be asked for at once.
    const results = await Promise.all(
      chunks.map(async (chunk) => {
        const answers = this.batching ? await this.client.batch<T>(chunk) : [await this.client.call<T>(chunk[0]!.wsfunction, chunk[0]!.params)];
        this.done += chunk.length;
        this.onProgress?.({ done: this.done, total: this.total });
        return answers;
      }),
    );
    return results.flat();
  }
}

/** One call that says which functions the token's service lacks (all of them named at once). */
async function checkFunctions(client: MoodleClient): Promise<boolean> {
  const info = await client.call<SiteInfo>('core_webservice_get_site_info');
  const offered = new Set((info.functions ?? []).map((entry) => entry.name));
  const missing = REQUIRED_FUNCTIONS.filter((name) => !offered.has(name));
  if (missing.length > 0) throw missingFunctions(client.site, missing);
  return offered.has(BATCH_FUNCTION);
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
