/**
 * An LRS whose `more` paging repeats and reorders statements (as xapi-statements' does once
 * statements span minutes): the report reads page by page, drops the repeats by id, gives the
 * same figures as from clean paging, and warns that statements may be missing.
 */
import { join } from 'node:path';
import { loadCourse } from '../../src/load/index';
import { loadBanks } from '../../src/quiz/bank/select';
import { runReport } from '../../src/report/index';
import { IdSet } from '../../src/report/sources/xapi/id-set';
import { readXapiTracking } from '../../src/report/sources/xapi/index';
import type { Fetch } from '../../src/report/sources/xapi/fetch-page';
import { simulate } from './simulate';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const FIXTURE = join(__dirname, '../fixtures/report');
const IRI = 'https://courses.example.edu/report-course';
const ENDPOINT = 'https://lrs.example.edu/xAPI/';

/** Serves `pages` in turn through `more` links, each statement stamped `stored` as given. */
function pagedLrs(pages: readonly (readonly unknown[])[]): Fetch {
  return async (url) => {
    const index = Number(new URL(url).searchParams.get('page') ?? '0');
    const more = index + 1 < pages.length ? `/xAPI/statements?page=${index + 1}` : '';
    return new Response(JSON.stringify({ statements: pages[index], more }), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
}

test('repeats are dropped, pages going back in time are counted, and the figures equal clean paging', async () => {
  const { course } = await loadCourse(join(FIXTURE, 'course'));
  const { banks } = await loadBanks(course!, join(FIXTURE, 'quizzes'));
  const lesson = course!.lessons.find((entry) => entry.id === 'orgs')!;
  const statements = simulate(course!, lesson, banks.get('orgs')!.items, 30, 7).statements.map((statement, i) => ({
    ...statement,
    stored: new Date(Date.UTC(2025, 8, 1) + i * 1000).toISOString(),
  }));
  const size = 50;
  const clean: unknown[][] = [];
  for (let i = 0; i < statements.length; i += size) clean.push(statements.slice(i, i + size));
  // Broken: the third page repeats the end of the second and starts before it ended.
  const broken = clean.map((page, i) => (i === 2 ? [...clean[1]!.slice(-5), ...page] : page));
  const options = { endpoint: ENDPOINT, auth: 'k:s', activity: IRI, pageSize: size };
  const fromClean = await readXapiTracking({ ...options, fetch: pagedLrs(clean) });
  const fromBroken = await readXapiTracking({ ...options, fetch: pagedLrs(broken) });
  expect(fromClean.source).toMatchObject({ statements: statements.length, pagesOutOfOrder: 0, repeated: 0 });
  expect(fromBroken.source).toMatchObject({ statements: statements.length + 5, pagesOutOfOrder: 1, repeated: 5 });
  expect(fromBroken.records).toEqual(fromClean.records);

  const work = mkdtempSync(join(tmpdir(), 'cp-lrs-paging-'));
  try {
    const result = await runReport({ course: course!, banks, source: { kind: 'xapi', ...options, fetch: pagedLrs(broken) }, outDir: work, now: new Date('2025-10-01') });
    expect(result.diagnostics.map((entry) => entry.code)).toEqual(['report/malformed-statements', 'report/lrs-paging']);
    expect(result.diagnostics[1]!.message).toBe(`The LRS's paging is unreliable: 5 statements came twice and 1 of ${clean.length} pages started earlier than the page before ended; statements may be missing.`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('the id set: every new id taken, every repeat refused, across its growth', () => {
  const ids = new IdSet();
  const id = (i: number) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
  const fresh = Array.from({ length: 200_000 }, (_, i) => ids.add(id(i)));
  expect(fresh.every(Boolean)).toBe(true);
  expect(Array.from({ length: 200_000 }, (_, i) => ids.add(id(i))).some(Boolean)).toBe(false);
});
