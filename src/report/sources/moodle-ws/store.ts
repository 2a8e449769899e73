/**
 * The local store of `coursepack report --moodle`: what a run read from Moodle, kept beside the
 * report (`moodle-store.jsonl.gz` in --out) so that the next run asks Moodle only for what may
 * have changed (./read-course.ts: learners with no course access since, and attempts before a
 * learner's last, are taken from here).
 *
 * Format: gzip of JSON Lines; the first line `{format, version, site, courseid, coursepackId,
 * readAt}`, then one line per attempt count (`{count: …}`) and per SCO attempt (`{tracks: …}`),
 * the tracks cut to the elements the report reads (./tracks.ts). A gzip'd JSON file rather than
 * an embedded database: it is read whole and written whole once per run, which a database
 * would not make faster, and it needs no native module (none installs here without a
 * toolchain download). It holds learners' tracks, never the token.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { diagnostic } from '../../../diagnostics/codes';
import type { Diagnostic } from '../../../diagnostics/diagnostic';
import type { KnownAttempts } from './read-course';
import type { AttemptTracks, MoodleCourseRead } from './types';

export const STORE_FILE = 'moodle-store.jsonl.gz';
const FORMAT = 'coursepack-moodle-store';
const VERSION = 1;

interface Header {
  readonly format: typeof FORMAT;
  readonly version: number;
  readonly site: string;
  readonly courseid: number;
  readonly coursepackId: string;
  readonly readAt: number;
}

export interface LoadedStore {
  /** What the earlier run read; absent when there is no usable store. */
  readonly known?: KnownAttempts;
  /** False when a file of that name is there but is not ours: it is then left alone. */
  readonly writable: boolean;
  readonly warnings: readonly Diagnostic[];
}

/** The elements ./tracks.ts reads; the rest (descriptions, patterns, latencies…) is not kept. */
const KEPT = /^(cmi\.core\.lesson_status|cmi\.completion_status|cmi\.success_status|cmi\.(core\.)?score\.(raw|max|scaled)|cmi\.(core\.)?total_time|cmi\.suspend_data|x\.start\.time|timemodified|cmi\.interactions[._]\d+\.(id|student_response|learner_response|result))$/;

export async function loadStore(dir: string, coursepackId: string): Promise<LoadedStore> {
  const file = path.join(dir, STORE_FILE);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return { writable: true, warnings: [] };
  }
  let lines: string[];
  let header: Header;
  try {
    lines = gunzipSync(bytes).toString('utf8').split('\n').filter((line) => line !== '');
    header = JSON.parse(lines[0] ?? '') as Header;
    if (header.format !== FORMAT) throw new Error('not a store');
  } catch {
    return { writable: false, warnings: [diagnostic('report/store-unreadable', `${file} is not a store this version of coursepack wrote: it is left as it is, and everything is read from Moodle.`)] };
  }
  if (header.version !== VERSION || header.coursepackId !== coursepackId) {
    return { writable: true, warnings: [diagnostic('report/store-unreadable', `${file} was written for ${header.coursepackId === coursepackId ? 'another version of the store' : `the course "${header.coursepackId}"`}: everything is read from Moodle again.`)] };
  }
  const tracks = new Map<string, AttemptTracks[]>();
  const counts = new Map<string, number>();
  for (const line of lines.slice(1)) {
    const entry = JSON.parse(line) as { count?: { scormid: number; userid: number; attempts: number }; tracks?: AttemptTracks };
    if (entry.count) counts.set(`${entry.count.scormid}#${entry.count.userid}`, entry.count.attempts);
    if (entry.tracks) {
      const key = `${entry.tracks.scormid}#${entry.tracks.userid}#${entry.tracks.attempt}`;
      tracks.set(key, [...(tracks.get(key) ?? []), entry.tracks]);
    }
  }
  const known: KnownAttempts = {
    site: header.site,
    courseid: header.courseid,
    readAt: header.readAt,
    tracks: (scormid, userid, attempt) => tracks.get(`${scormid}#${userid}#${attempt}`),
    attemptCount: (scormid, userid) => counts.get(`${scormid}#${userid}`),
  };
  return { known, writable: true, warnings: [] };
}

/** Writes the store in one step (temporary file, then renamed over the old one). */
export async function saveStore(dir: string, read: MoodleCourseRead, coursepackId: string): Promise<string> {
  const header: Header = { format: FORMAT, version: VERSION, site: read.site, courseid: read.course.id, coursepackId, readAt: read.readAt };
  const lines = [
    JSON.stringify(header),
    ...read.counts.map((count) => JSON.stringify({ count })),
    ...read.attempts.map((entry) => JSON.stringify({ tracks: { ...entry, tracks: Object.fromEntries(Object.entries(entry.tracks).filter(([key]) => KEPT.test(key))) } })),
  ];
  const file = path.join(dir, STORE_FILE);
  const temporary = `${file}.tmp-${process.pid}`;
  await fs.mkdir(dir, { recursive: true });
  try {
    await fs.writeFile(temporary, gzipSync(`${lines.join('\n')}\n`), { flag: 'wx' });
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  return file;
}
