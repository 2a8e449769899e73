/**
 * The studio server over HTTP (src/studio/server.ts), on a copy of the course: the course map
 * carries validate's diagnostics with file:line:col, a write without the page's token or from
 * another site is refused and changes nothing, and a busy port is a clear error.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/diagnostics/errors';
import { createServer, type Server } from 'node:net';
import { DEFAULT_PORT, startStudio, type RunningStudio } from '../../src/studio/server';

const REPO = join(__dirname, '..', '..');
let root: string;
let studio: RunningStudio;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'coursepack-studio-server-'));
  cpSync(join(REPO, 'course'), join(root, 'course'), { recursive: true });
  cpSync(join(REPO, 'quizzes'), join(root, 'quizzes'), { recursive: true });
  // An image that is not there: validate warns with the lesson's file and line.
  const lesson = join(root, 'course', 'chapters', '11-qorytyndy.md');
  writeFileSync(lesson, readFileSync(lesson, 'utf8').replace(/\n\n/, '\n\n![](missing-figure.png)\n\n'));
  studio = await startStudio({ courseDir: join(root, 'course'), port: 0 });
});

afterAll(async () => {
  await studio?.close();
  rmSync(root, { recursive: true, force: true });
});

async function pageToken(): Promise<string> {
  const html = await (await fetch(studio.url)).text();
  return /name="studio-token" content="([0-9a-f]+)"/.exec(html)![1]!;
}

it('shows every diagnostic of validate with its file, line and column', async () => {
  await studio.workspace.revalidate();
  const map = (await (await fetch(`${studio.url}api/map`)).json()) as { diagnostics: { where?: string; code: string }[]; progress: { total: number } };
  const missing = map.diagnostics.find((d) => d.where?.startsWith('course/chapters/11-qorytyndy.md:'));
  expect(missing).toBeDefined();
  expect(missing!.where).toMatch(/^course\/chapters\/11-qorytyndy\.md:\d+:\d+$/);
  expect(map.progress.total).toBeGreaterThan(0);
});

it('refuses writes without the session token or from another site, and changes nothing', async () => {
  const bank = join(root, 'quizzes', 's1-1.quiz.yaml');
  const before = readFileSync(bank, 'utf8');
  const review = (await (await fetch(`${studio.url}api/lessons/s1-1/review`)).json()) as { bank: { version: string }; items: { item: { id: string } }[] };
  const url = `${studio.url}api/lessons/s1-1/items/${review.items[0]!.item.id}`;
  const body = JSON.stringify({ version: review.bank.version, action: { kind: 'status', status: 'approved' } });
  const noToken = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  expect(noToken.status).toBe(403);
  const crossSite = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Studio-Token': await pageToken(), Origin: 'http://example.org' }, body });
  expect(crossSite.status).toBe(403);
  expect(await crossSite.json()).toEqual({ error: 'a write must come from the studio page itself' });
  expect(readFileSync(bank, 'utf8')).toBe(before);
  const own = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Studio-Token': await pageToken() }, body });
  expect(own.status).toBe(200);
  expect(readFileSync(bank, 'utf8')).not.toBe(before);
});

it('writes no bank for a lesson the course does not have', async () => {
  const response = await fetch(`${studio.url}api/lessons/..%2F..%2Fetc/items/x`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Studio-Token': await pageToken() }, body: '{"version":"none","action":{"kind":"status","status":"approved"}}' });
  expect(response.status).toBe(404);
});

it('says so when the port asked for is in use', async () => {
  const port = Number(new URL(studio.url).port);
  const second = startStudio({ courseDir: join(root, 'course'), port });
  await expect(second).rejects.toThrow(UserError);
  await second.catch((error: UserError) => {
    expect(error.diagnostics.map((d) => [d.code, d.message])).toEqual([['studio/port-in-use', `port ${port} is in use on 127.0.0.1: another program (or another studio) listens there`]]);
  });
});

it('takes the next free port when the default one is taken and no port was asked for', async () => {
  // Hold the default port (if something else holds it already, that does as well).
  const blocker: Server | undefined = await new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen(DEFAULT_PORT, '127.0.0.1', () => resolve(server));
  });
  const second = await startStudio({ courseDir: join(root, 'course') });
  try {
    const port = Number(new URL(second.url).port);
    expect(port).toBeGreaterThan(DEFAULT_PORT);
    expect(port).toBeLessThanOrEqual(DEFAULT_PORT + 20);
    expect((await fetch(`${second.url}api/map`)).status).toBe(200);
  } finally {
    await second.close();
    await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
  }
});
