/**
 * The Moodle web-service client against a small fake server: retries on 5xx and timeouts with
 * backoff, no retry on refusals, at most `concurrency` requests in flight, the token kept out of
 * every message; and the pure conversion of stored tracks (1.2 and 2004) into records. The
 * figures themselves are checked against the real Moodle in test/moodle/report-ws.test.ts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/diagnostics/errors';
import { moodleClient, redactUrl, siteRoot, type MoodleClient } from '../../src/report/sources/moodle-ws/client';
import { readMoodleCourse, REQUIRED_FUNCTIONS, type KnownAttempts } from '../../src/report/sources/moodle-ws/read-course';
import { formEncode, type Params } from '../../src/report/sources/moodle-ws/params';
import { loadStore, saveStore, STORE_FILE } from '../../src/report/sources/moodle-ws/store';
import { durationOf, interactionsOf, trackingFromMoodle } from '../../src/report/sources/moodle-ws/tracks';
import type { MoodleCourseRead } from '../../src/report/sources/moodle-ws/types';
import type { MoodleContext } from '../../src/report/sources/moodle/index';

const TOKEN = 'f00dfeedf00dfeedf00dfeedf00dfeed';

type Handler = (body: URLSearchParams, res: ServerResponse, req: IncomingMessage) => void;

async function fakeMoodle(handler: Handler): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => handler(new URLSearchParams(text), res, req));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function failure(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('Moodle web-service client', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(
      servers.splice(0).map((server) => {
        server.closeAllConnections();
        return new Promise((resolve) => server.close(resolve));
      }),
    );
  });
  const start = async (handler: Handler) => {
    const fake = await fakeMoodle(handler);
    servers.push(fake.server);
    return fake.url;
  };

  test('POSTs the function and its parameters form-encoded to server.php, the token only in the body', async () => {
    let seen: { url: string; body: URLSearchParams } | null = null;
    const url = await start((body, res, req) => {
      seen = { url: req.url ?? '', body };
      json(res, 200, { ok: true });
    });
    const client = moodleClient({ url: `${url}/webservice/rest/server.php?wstoken=${TOKEN}`, token: TOKEN });
    expect(client.site).toBe(url);
    await client.call('core_enrol_get_enrolled_users', { courseid: 5, options: [{ name: 'userfields', value: 'id,roles' }] });
    expect(seen!.url).toBe('/webservice/rest/server.php?moodlewsrestformat=json');
    expect(Object.fromEntries(seen!.body)).toEqual({
      wstoken: TOKEN,
      wsfunction: 'core_enrol_get_enrolled_users',
      courseid: '5',
      'options[0][name]': 'userfields',
      'options[0][value]': 'id,roles',
    });
  });

  test('a 503 twice, then an answer: tried three times with growing waits', async () => {
    const times: number[] = [];
    const url = await start((_body, res) => {
      times.push(Date.now());
      if (times.length < 3) json(res, 503, { error: 'busy' });
      else json(res, 200, { attemptscount: 2 });
    });
    const client = moodleClient({ url, token: TOKEN, backoffMs: 40 });
    await expect(client.call('mod_scorm_get_scorm_attempt_count', { scormid: 1, userid: 2 })).resolves.toEqual({ attemptscount: 2 });
    expect(client.requests()).toBe(3);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(35);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(75);
  });

  test('5xx every time: the last failure after the retries, with the server\'s words but not the token', async () => {
    const url = await start((body, res) => {
      res.writeHead(500, { 'Content-Type': 'text/html' });
      res.end(`<h1>Fatal</h1> database gone for token ${body.get('wstoken')}`);
    });
    const client = moodleClient({ url, token: TOKEN, retries: 2, backoffMs: 1 });
    const error = await failure(client.call('core_webservice_get_site_info'));
    expect(client.requests()).toBe(3);
    expect(error.diagnostics[0]).toMatchObject({ code: 'report/moodle-error' });
    expect(error.diagnostics[0]!.message).toContain('HTTP 500: Fatal database gone for token [token]');
    expect(JSON.stringify(error.diagnostics) + String(error.stack)).not.toContain(TOKEN);
  });

  test('no answer in time: retried, then a timeout message', async () => {
    let calls = 0;
    const url = await start(() => {
      calls += 1; // never answers
    });
    const client = moodleClient({ url, token: TOKEN, timeoutMs: 100, retries: 1, backoffMs: 1 });
    const error = await failure(client.call('core_webservice_get_site_info'));
    expect(calls).toBe(2);
    expect(error.diagnostics[0]).toMatchObject({ code: 'report/moodle-timeout', message: `${url} did not answer within 0.1 s.` });
  });

  test('refusals are not retried: 403 (web services off), invalidtoken, accessexception, nopermissions', async () => {
    const answers: Record<string, (res: ServerResponse) => void> = {
      a: (res) => { res.writeHead(403); res.end(); },
      b: (res) => json(res, 200, { exception: 'moodle_exception', errorcode: 'invalidtoken', message: 'Invalid token - token not found' }),
      c: (res) => json(res, 200, { exception: 'webservice_access_exception', errorcode: 'accessexception', message: 'Access control exception' }),
      d: (res) => json(res, 200, { exception: 'required_capability_exception', errorcode: 'nopermissions', message: 'Sorry, but you do not currently have permissions to do that (View SCORM reports).' }),
    };
    const url = await start((body, res) => answers[body.get('wsfunction')!]!(res));
    const codes: string[] = [];
    for (const fn of Object.keys(answers)) {
      const client = moodleClient({ url, token: TOKEN, backoffMs: 1 });
      const error = await failure(client.call(fn));
      expect(client.requests()).toBe(1);
      codes.push(error.diagnostics[0]!.code);
    }
    expect(codes).toEqual(['report/moodle-ws-disabled', 'report/moodle-token', 'report/moodle-function-missing', 'report/moodle-capability']);
  });

  test('never more requests in flight than the concurrency', async () => {
    let inFlight = 0;
    let most = 0;
    const url = await start((_body, res) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight -= 1;
        json(res, 200, {});
      }, 15);
    });
    const client = moodleClient({ url, token: TOKEN, concurrency: 3 });
    await Promise.all(Array.from({ length: 12 }, () => client.call('core_webservice_get_site_info')));
    expect(most).toBe(3);
    expect(client.requests()).toBe(12);
  });

  test('a batch: several calls in one request through tool_mobile_call_external_functions; a refusal inside it is reported as such', async () => {
    const bodies: Record<string, string>[] = [];
    const url = await start((body, res) => {
      bodies.push(Object.fromEntries(body));
      const second = body.get('requests[1][arguments]') ?? '';
      json(res, 200, {
        responses: [
          { error: false, data: JSON.stringify({ attemptscount: 1 }) },
          second.includes('"userid":9')
            ? { error: true, exception: JSON.stringify({ errorcode: 'nopermissions', message: 'Sorry, but you do not currently have permissions to do that (View SCORM reports).' }) }
            : { error: false, data: JSON.stringify({ attemptscount: 3 }) },
        ],
      });
    });
    const client = moodleClient({ url, token: TOKEN });
    const call = (userid: number) => ({ wsfunction: 'mod_scorm_get_scorm_attempt_count', params: { scormid: 1, userid } });
    await expect(client.batch([call(5), call(6)])).resolves.toEqual([{ attemptscount: 1 }, { attemptscount: 3 }]);
    expect(bodies[0]).toMatchObject({
      wsfunction: 'tool_mobile_call_external_functions',
      'requests[0][function]': 'mod_scorm_get_scorm_attempt_count',
      'requests[0][arguments]': '{"scormid":1,"userid":5}',
    });
    const error = await failure(client.batch([call(5), call(9)]));
    expect(error.diagnostics[0]).toMatchObject({ code: 'report/moodle-capability' });
    expect(error.diagnostics[0]!.message).toContain('mod_scorm_get_scorm_attempt_count');
  });

  test('nothing listening: unreachable after the retries', async () => {
    const url = await start(() => undefined);
    servers.pop()!.close();
    const client = moodleClient({ url, token: TOKEN, retries: 1, backoffMs: 1 });
    const error = await failure(client.call('core_webservice_get_site_info'));
    expect(error.diagnostics[0]).toMatchObject({ code: 'report/moodle-unreachable' });
    expect(error.diagnostics[0]!.message).toContain('connection refused');
  });

  test('addresses: the site root from what users paste, credentials and queries never shown', () => {
    expect(siteRoot('https://moodle.example.edu/')).toBe('https://moodle.example.edu');
    expect(siteRoot('https://moodle.example.edu/lms/webservice/rest/server.php?wstoken=x')).toBe('https://moodle.example.edu/lms');
    expect(redactUrl(`https://user:pw@moodle.example.edu/x?wstoken=${TOKEN}`)).toBe('https://moodle.example.edu/x');
    expect(() => siteRoot(`moodle.example.edu?wstoken=${TOKEN}`)).toThrow(/is not an address/);
    try {
      siteRoot(`ftp://moodle.example.edu/?wstoken=${TOKEN}`);
    } catch (error) {
      expect((error as Error).message).not.toContain(TOKEN);
    }
    expect(formEncode({ courseids: [3, 4], flag: true })).toBe('courseids%5B0%5D=3&courseids%5B1%5D=4&flag=1');
  });
});

describe('Moodle tracks as records', () => {
  const context: MoodleContext = {
    lessons: [{ id: 'l1', title: '1 One' }, { id: 'l2', title: '2 Two' }],
    passMark: 70,
    attempts: 0,
    drawSize: () => 2,
    bankItem: () => undefined,
  };
  const read: MoodleCourseRead = {
    site: 'http://moodle.test',
    course: { id: 7, shortname: 'C7', fullname: 'Course 7' },
    activities: [
      { scormid: 1, cmid: 11, name: 'l1', version: 'SCORM_12', manifest: 'MANIFEST-c-LESSON-l1', lessons: [{ scoid: 100, lesson: 'l1', title: '1 One' }] },
      { scormid: 2, cmid: 12, name: 'l2', version: 'SCORM_13', manifest: 'MANIFEST-c-LESSON-l2', lessons: [{ scoid: 200, lesson: 'l2', title: '2 Two' }] },
    ],
    learners: [{ id: 5, fullname: 'Ann Learner', email: 'ann@example.com', lastcourseaccess: 1_700_000_000 }],
    attempts: [
      {
        scormid: 1, userid: 5, attempt: 1, scoid: 100,
        tracks: {
          'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '80', 'cmi.core.total_time': '0000:01:30.50', 'x.start.time': '1700000000', timemodified: '1700000100',
          'cmi.interactions_0.id': 'l1.q1', 'cmi.interactions_0.student_response': 't', 'cmi.interactions_0.result': 'correct',
          'cmi.interactions_1.id': 'l1.q2', 'cmi.interactions_1.student_response': 'a,c', 'cmi.interactions_1.result': 'wrong',
        },
      },
      {
        scormid: 2, userid: 5, attempt: 1, scoid: 200,
        tracks: {
          'cmi.completion_status': 'incomplete', 'cmi.success_status': 'failed', 'cmi.score.raw': '40', 'cmi.score.max': '80', 'cmi.total_time': 'PT2M', timemodified: '1700000200',
          'cmi.interactions.0.id': 'l2.q9', 'cmi.interactions.0.learner_response': 'b[,]d', 'cmi.interactions.0.result': '0.5',
        },
      },
      { scormid: 2, userid: 5, attempt: 2, scoid: 200, tracks: {} },
    ],
    counts: [],
    readAt: 1_700_000_300,
    requests: 9,
    reused: 0,
  };

  test('1.2 and 2004: statuses, scores in percent of max, total time, answers with responses in one spelling', () => {
    const data = trackingFromMoodle(read, context);
    expect(data.learners).toEqual([{ key: 'Ann Learner | ann@example.com', name: 'Ann Learner' }]);
    expect(data.lessons).toEqual(['l1', 'l2']);
    expect(data.source).toMatchObject({ kind: 'moodle', course: 'C7', activities: 2, learners: 1, attempts: 2, requests: 9 });
    const kinds = (lesson: string) => data.records.filter((record) => record.lesson === lesson).map((record) => record.kind);
    expect(kinds('l1')).toEqual(['visit', 'completed', 'verdict', 'time', 'answer', 'answer']);
    expect(kinds('l2')).toEqual(['visit', 'verdict', 'time', 'answer']);
    expect(data.records.find((record) => record.kind === 'verdict' && record.lesson === 'l2')).toMatchObject({ verdict: 'failed', score: 50 });
    expect(data.records.filter((record) => record.kind === 'time').map((record) => (record.kind === 'time' ? record.durationMs : 0))).toEqual([90_500, 120_000]);
    const answers = data.records.flatMap((record) => (record.kind === 'answer' ? [[record.item, record.chosen, record.score, record.timestamp]] : []));
    expect(answers).toEqual([
      // Without the bank only true-false (`t`) says what it is.
      ['q1', ['true'], 1, '2023-11-14T22:13:20.000Z'],
      ['q2', null, 0, '2023-11-14T22:13:20.000Z'],
      ['q9', null, 0.5, '2023-11-14T22:16:40.000Z'],
    ]);
    expect(data.records[0]!.timestamp).toBe('2023-11-14T22:15:00.000Z');
  });

  test('a lesson in two activities (the course zip and its lesson zip): their quiz attempts stay apart', () => {
    const both: MoodleCourseRead = {
      ...read,
      activities: [read.activities[0]!, { ...read.activities[0]!, scormid: 3, cmid: 13, lessons: [{ scoid: 300, lesson: 'l1', title: '1 One' }] }],
      attempts: [read.attempts[0]!, { ...read.attempts[0]!, scormid: 3, scoid: 300 }],
    };
    const data = trackingFromMoodle(both, context);
    expect(new Set(data.records.flatMap((record) => (record.kind === 'answer' ? [record.attempt] : []))).size).toBe(2);
  });

  test('interactions in slot order, either spelling; durations of both standards', () => {
    expect(interactionsOf({ 'cmi.interactions_10.id': 'a.x', 'cmi.interactions_2.id': 'a.y', 'cmi.interactions_2.student_response': 'b' }).map((entry) => [entry.slot, entry.id, entry.response])).toEqual([
      [2, 'a.y', 'b'],
      [10, 'a.x', null],
    ]);
    expect(interactionsOf({ 'cmi.interactions.0.id': 'a.m', 'cmi.interactions.0.learner_response': 'p1[.]2[,]p2[.]1' })[0]!.response).toBe('p1.2,p2.1');
    expect(durationOf('0001:00:01')).toBe(3_601_000);
    expect(durationOf('PT1H0M1S')).toBe(3_601_000);
    expect(durationOf('soon')).toBeNull();
  });
});

describe('reading a course incrementally', () => {
  /** A Moodle of one lesson activity and two students, counting the calls made. */
  function fakeClient(attempts: Record<number, number>) {
    const calls: string[] = [];
    const answers: Record<string, (params: Params) => unknown> = {
      core_webservice_get_site_info: () => ({ functions: REQUIRED_FUNCTIONS.map((name) => ({ name })) }),
      core_course_get_courses_by_field: () => ({ courses: [{ id: 7, shortname: 'C7', fullname: 'C' }] }),
      mod_scorm_get_scorms_by_courses: () => ({ scorms: [{ id: 1, coursemodule: 11, name: 'l1', version: 'SCORM_12' }] }),
      mod_scorm_get_scorm_scoes: () => ({ scoes: [{ id: 100, manifest: 'MANIFEST-c-LESSON-l1', identifier: 'ITEM-l1', scormtype: 'sco', title: '1 One' }] }),
      core_enrol_get_enrolled_users: () => [
        { id: 5, fullname: 'Ann', email: 'a@x', lastcourseaccess: 1000, roles: [{ shortname: 'student' }] },
        { id: 6, fullname: 'Bob', email: 'b@x', lastcourseaccess: 9000, roles: [{ shortname: 'student' }] },
        { id: 3, fullname: 'Teacher', email: 't@x', lastcourseaccess: 9000, roles: [{ shortname: 'editingteacher' }] },
      ],
      mod_scorm_get_scorm_attempt_count: (params) => ({ attemptscount: attempts[params['userid'] as number] ?? 0 }),
      mod_scorm_get_scorm_sco_tracks: (params) => ({ data: { attempt: params['attempt'], tracks: [{ element: 'cmi.core.lesson_status', value: 'incomplete' }, { element: 'timemodified', value: '900' }] } }),
    };
    const client: MoodleClient = {
      site: 'http://moodle.test',
      call: async <T>(fn: string, params: Params = {}) => {
        calls.push(fn === 'mod_scorm_get_scorm_sco_tracks' ? `${fn} ${params['userid']}#${params['attempt']}` : fn === 'mod_scorm_get_scorm_attempt_count' ? `${fn} ${params['userid']}` : fn);
        return answers[fn]!(params) as T;
      },
      batch: async <T>(entries: readonly { wsfunction: string; params: Params }[]) => Promise.all(entries.map((entry) => client.call<T>(entry.wsfunction, entry.params))),
      requests: () => calls.length,
      serverTime: () => 5000,
    };
    return { client, calls };
  }
  const options = { course: 'C7', coursepackId: 'c', lessonIds: ['l1'] };

  test('first run reads every attempt of every student (teachers left out); the next asks only for what may have changed', async () => {
    const first = fakeClient({ 5: 2, 6: 2 });
    const read = await readMoodleCourse({ ...options, client: first.client });
    expect(read.learners.map((learner) => learner.fullname)).toEqual(['Ann', 'Bob']);
    expect(first.calls.filter((call) => call.startsWith('mod_scorm_get_scorm_sco_tracks')).sort()).toEqual([
      'mod_scorm_get_scorm_sco_tracks 5#1', 'mod_scorm_get_scorm_sco_tracks 5#2', 'mod_scorm_get_scorm_sco_tracks 6#1', 'mod_scorm_get_scorm_sco_tracks 6#2',
    ]);
    const stored = (scormid: number, userid: number, attempt: number) => read.attempts.filter((entry) => entry.scormid === scormid && entry.userid === userid && entry.attempt === attempt);
    const known: KnownAttempts = {
      site: 'http://moodle.test', courseid: 7, readAt: 5000,
      tracks: (scormid, userid, attempt) => (stored(scormid, userid, attempt).length === 0 ? undefined : stored(scormid, userid, attempt)),
      attemptCount: (scormid, userid) => read.counts.find((count) => count.scormid === scormid && count.userid === userid)?.attempts,
    };
    // Bob (last course access 9000, after the first run) started a third attempt; Ann (1000) did nothing since.
    const second = fakeClient({ 5: 2, 6: 3 });
    const again = await readMoodleCourse({ ...options, client: second.client, known });
    expect(second.calls.filter((call) => call.startsWith('mod_scorm_get_scorm_'))).toEqual([
      'mod_scorm_get_scorm_scoes', 'mod_scorm_get_scorm_attempt_count 6', 'mod_scorm_get_scorm_sco_tracks 6#2', 'mod_scorm_get_scorm_sco_tracks 6#3',
    ]);
    expect(again.reused).toBe(3);
    expect(again.attempts.map((entry) => `${entry.userid}#${entry.attempt}`).sort()).toEqual(['5#1', '5#2', '6#1', '6#2', '6#3']);
    // Another course's store is not used.
    const other = fakeClient({ 5: 2, 6: 3 });
    await readMoodleCourse({ ...options, client: other.client, known: { ...known, courseid: 8 } });
    expect(other.calls.filter((call) => call.startsWith('mod_scorm_get_scorm_sco_tracks'))).toHaveLength(5);
  });
});

describe('the local store', () => {
  const read: MoodleCourseRead = {
    site: 'http://moodle.test', course: { id: 7, shortname: 'C7', fullname: 'C' }, activities: [], learners: [],
    attempts: [{ scormid: 1, userid: 5, attempt: 1, scoid: 100, tracks: { 'cmi.core.lesson_status': 'passed', 'cmi.interactions_0.id': 'l1.q', 'cmi.interactions_0.correct_responses_0.pattern': 'a', 'cmi.interactions_0.description': 'long text' } }],
    counts: [{ scormid: 1, userid: 5, attempts: 1 }], readAt: 5000, requests: 3, reused: 0,
  };

  test('written and read back (only the elements the report reads), for the same course only; a file not ours is left alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-store-'));
    try {
      await saveStore(dir, read, 'c');
      const loaded = await loadStore(dir, 'c');
      expect(loaded.writable).toBe(true);
      expect(loaded.known?.attemptCount(1, 5)).toBe(1);
      expect(loaded.known?.tracks(1, 5, 1)?.[0]?.tracks).toEqual({ 'cmi.core.lesson_status': 'passed', 'cmi.interactions_0.id': 'l1.q' });
      expect(loaded.known).toMatchObject({ site: 'http://moodle.test', courseid: 7, readAt: 5000 });
      expect((await loadStore(dir, 'another-course')).warnings[0]).toMatchObject({ code: 'report/store-unreadable' });
      writeFileSync(join(dir, STORE_FILE), 'my own notes');
      const foreign = await loadStore(dir, 'c');
      expect(foreign).toMatchObject({ writable: false, warnings: [{ code: 'report/store-unreadable' }] });
      expect(foreign.known).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
