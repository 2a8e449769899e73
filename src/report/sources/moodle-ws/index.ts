/**
 * Source 3: a Moodle course read through Moodle's web services (REST): every SCORM activity
 * coursepack built in it, its students, their attempts and tracks, 1.2 and 2004 alike
 * (./read-course.ts reads, ./tracks.ts turns what was read into the report's records).
 */
import type { TrackingData } from '../../model';
import type { MoodleContext } from '../moodle/index';
import { moodleClient, type Fetch } from './client';
import { readMoodleCourse, type KnownAttempts, type ReadProgress } from './read-course';
import { trackingFromMoodle } from './tracks';
import type { MoodleCourseRead } from './types';

export interface MoodleWsOptions {
  readonly url: string;
  readonly token: string;
  /** Short name or id of the Moodle course. */
  readonly course: string;
  /** Requests in flight at most. */
  readonly concurrency?: number;
  readonly timeoutMs?: number;
  readonly retries?: number;
  readonly backoffMs?: number;
  readonly fetch?: Fetch;
  readonly onProgress?: (progress: ReadProgress) => void;
  /** Keep what was read in the local store beside the report, and use what it holds (default true). */
  readonly store?: boolean;
}

export interface MoodleWsRead {
  readonly data: TrackingData;
  readonly read: MoodleCourseRead;
}

export async function readMoodleWsTracking(
  options: MoodleWsOptions,
  course: { readonly id: string; readonly lessonIds: readonly string[] },
  context: MoodleContext,
  known?: KnownAttempts,
): Promise<MoodleWsRead> {
  const client = moodleClient({
    url: options.url,
    token: options.token,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.retries === undefined ? {} : { retries: options.retries }),
    ...(options.backoffMs === undefined ? {} : { backoffMs: options.backoffMs }),
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
  });
  const read = await readMoodleCourse({
    client,
    course: options.course,
    coursepackId: course.id,
    lessonIds: course.lessonIds,
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    ...(known === undefined ? {} : { known }),
  });
  return { data: trackingFromMoodle(read, context), read };
}
