/**
 * A real LRS for the tests: `xapi-statements` (the statement service of Learning Locker) on a
 * free loopback port with in-memory storage (see /work/shared/docs/test-harness.md), plus a
 * reader that pages through statements the way a report would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const LRS_ENTRY = resolve(__dirname, '../../node_modules/xapi-statements/dist/index.js');
/** xapi-statements' test auth repo accepts any credentials; the tests send these. */
export const LRS_AUTH = `Basic ${Buffer.from('coursepack:test').toString('base64')}`;
export const XAPI_HEADERS = { 'X-Experience-API-Version': '1.0.3', Authorization: LRS_AUTH };

export interface Lrs {
  /** `http://127.0.0.1:<port>/xAPI/` */
  readonly endpoint: string;
  /** Every statement matching the query, oldest first (follows `more`). */
  statements(query: Readonly<Record<string, string>>): Promise<StoredStatement[]>;
  stop(): Promise<void>;
}

/** A statement as the LRS gives it back (with `stored`, `authority`, …). */
export type StoredStatement = Record<string, any>;

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/** 100-ns ticks between the UUID epoch (1582-10-15) and the Unix epoch. */
const UUID_EPOCH_OFFSET_MS = 12_219_292_800_000;
/** The low 32 bits of a v1 UUID's time (its first 8 hex digits) wrap every 2^32 × 100 ns ≈ 429.5 s. */
const TIME_LOW_PERIOD_S = 2 ** 32 / 1e7;

/**
 * Seconds until the low 32 bits of a version-1 UUID's time next wrap. xapi-statements pages by
 * comparing its statements' v1 UUIDs as strings while it sorts them by `stored`: statements
 * stored across a wrap come back with some left out or repeated (../shared/harness/cmi5/README.md).
 */
export function secondsToUuidWrap(now = Date.now()): number {
  // in milliseconds (exact as doubles); 100-ns ticks since 1582 are past 2^53
  const periodMs = TIME_LOW_PERIOD_S * 1000;
  return (periodMs - ((now + UUID_EPOCH_OFFSET_MS) % periodMs)) / 1000;
}

/**
 * Waits, when fewer than `seconds` remain before the next wrap, until it has passed, so that
 * statements posted within the next `seconds` never straddle one (at most `seconds` + 1 s).
 */
export async function clearOfUuidWrap(seconds: number): Promise<void> {
  const left = secondsToUuidWrap();
  if (left < seconds) await new Promise((done) => setTimeout(done, (left + 1) * 1000));
}

/** Starts xapi-statements and waits (≤ 20 s) until it answers `GET about`. */
export async function startLrs(): Promise<Lrs> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'coursepack-lrs-'));
  const child = spawn(process.execPath, [LRS_ENTRY], {
    env: {
      PATH: process.env['PATH'] ?? '',
      EXPRESS_PORT: String(port),
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'local',
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      SERVICE_AWAIT_UPDATES: 'true',
      FS_LOCAL_STORAGE_DIR: dir,
      EXPRESS_MORGAN_DIRECTORY: join(dir, 'logs'),
      // The AWS SDK v2 end-of-support note is noise here.
      AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const origin = `http://127.0.0.1:${port}`;
  const endpoint = `${origin}/xAPI/`;
  try {
    await waitUntilUp(`${endpoint}about`, child, () => output);
  } catch (error) {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    endpoint,
    statements: (query) => readAll(origin, endpoint, query),
    async stop() {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`xapi-statements exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(url, { headers: XAPI_HEADERS });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`xapi-statements did not answer within 20 s:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Pages through `GET statements`, oldest first, at most 50 pages. Filter by registration or
 * time, not by agent: the LRS's `more` link of an agent query says `agent=[object Object]`.
 */
async function readAll(origin: string, endpoint: string, query: Readonly<Record<string, string>>): Promise<StoredStatement[]> {
  const all: StoredStatement[] = [];
  let url: string | null = `${endpoint}statements?${new URLSearchParams({ ascending: 'true', limit: '20', ...query })}`;
  for (let page = 0; url !== null && page < 50; page += 1) {
    const response = await fetch(url, { headers: XAPI_HEADERS });
    if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { statements: StoredStatement[]; more?: string };
    all.push(...body.statements);
    url = body.more ? new URL(body.more, origin).toString() : null;
  }
  return all;
}
