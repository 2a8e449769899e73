/**
 * report.html in headless Chromium: no page or console errors, no request leaves the file, the
 * charts and tables are there, axe finds no WCAG 2.1 A/AA violation, and the print stylesheet
 * applies. With SCREENSHOT=1 it also writes docs/screenshot-report.png.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCourse } from '../../src/load/index';
import { loadBanks } from '../../src/quiz/bank/select';
import { analyse } from '../../src/report/analysis/index';
import { reportInput } from '../../src/report/analysis/input';
import { lessonRefs } from '../../src/report/index';
import { reportHtml } from '../../src/report/outputs/html/page';
import { trackingFromStatements } from '../../src/report/sources/xapi/index';
import { collectPageErrors, launchBrowser, type BrowserSession } from '../harness/browser';
import { describeAxeViolations, runAxe } from '../harness/lesson-page';
import { simulate } from './simulate';

const FIXTURE = join(__dirname, '../fixtures/report');
const IRI = 'https://courses.example.edu/report-course';
let browser: BrowserSession;
let work: string;
let file: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'coursepack-report-html-'));
  const { course } = await loadCourse(join(FIXTURE, 'course'));
  const { banks } = await loadBanks(course!, join(FIXTURE, 'quizzes'));
  const simulation = simulate(course!, course!.lessons[1], banks.get('orgs')!.items, 220, 20250901);
  const data = { ...trackingFromStatements(simulation.statements, IRI), source: { kind: 'xapi' as const, endpoint: 'https://lrs.example.edu/xAPI/', filters: { activity: IRI, related_activities: 'true' }, statements: simulation.statements.length, pages: 27 } };
  const analysis = analyse(reportInput(data, lessonRefs(course!), banks));
  file = join(work, 'report.html');
  writeFileSync(file, reportHtml(analysis, { courseTitle: 'Орталық Азиядағы өңірлік ұйымдар', language: 'kk', source: data.source }));
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

it('opens without errors or requests, with its charts and captioned tables, and passes axe', async () => {
  const page = await browser.newPage();
  const errors = collectPageErrors(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).toString());
  expect(requests).toEqual([pathToFileURL(file).toString()]);
  expect(await page.locator('h1').innerText()).toContain('Орталық Азиядағы өңірлік ұйымдар');
  expect(await page.locator('svg.cp-bar').count()).toBe(2);
  expect(await page.locator('svg.cp-scatter circle').count()).toBe(12);
  expect(await page.locator('svg.cp-scatter circle[fill="#b3261e"]').count()).toBeGreaterThanOrEqual(3);
  const tables = await page.locator('table').count();
  expect(await page.locator('table > caption').count()).toBe(tables);
  expect(await page.locator('#learners + p + .cp-table-wrap tbody tr').count()).toBeGreaterThan(200);
  const violations = await runAxe(page.mainFrame());
  if (violations.length > 0) throw new Error(describeAxeViolations(violations));
  errors.assertNone();
  if (process.env['SCREENSHOT'] === '1') {
    await page.setViewportSize({ width: 1100, height: 1500 });
    await page.screenshot({ path: resolve(__dirname, '../../docs/screenshot-report.png') });
  }
  await page.close();
});

it('prints: the section links are hidden on paper', async () => {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(file).toString());
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('nav').isVisible()).toBe(false);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.close();
});

it('"Where learners stop" with screens and stuck learners (as from Moodle) opens without errors and passes axe', async () => {
  const learners = ['ann', 'bob', 'cem'].map((key) => ({ key, name: key.toUpperCase() }));
  const lessons = [{ id: 'l1', title: '1 Бірінші' }];
  const at = '2025-03-01T10:00:00.000Z';
  const records = [
    ...learners.map((learner) => ({ kind: 'visit' as const, learner: learner.key, lesson: 'l1', timestamp: at })),
    { kind: 'verdict' as const, learner: 'ann', lesson: 'l1', timestamp: at, verdict: 'passed' as const, score: 90 },
    ...learners.map((learner, i) => ({ kind: 'screens' as const, learner: learner.key, lesson: 'l1', timestamp: at, screenCount: 8, visited: Array.from({ length: 8 - i * 3 }, (_, k) => k) })),
  ];
  const data = { source: { kind: 'moodle' as const, site: 'https://moodle.example.edu', course: 'C1', activities: 1, learners: 3, attempts: 3, requests: 9, reused: 0 }, learners, records, items: [], skipped: {} };
  const analysis = analyse(reportInput(data, lessons, new Map()), { now: new Date('2025-03-20T10:00:00Z') });
  const stops = join(work, 'stops.html');
  writeFileSync(stops, reportHtml(analysis, { courseTitle: 'Курс', language: 'kk', source: data.source }));
  const page = await browser.newPage();
  const errors = collectPageErrors(page);
  await page.goto(pathToFileURL(stops).toString());
  expect(await page.locator('svg.cp-funnel').count()).toBe(1);
  expect(await page.locator('svg.cp-screens rect').count()).toBe(8);
  expect(await page.locator('caption', { hasText: 'Stuck' }).innerText()).toContain('(2)');
  const violations = await runAxe(page.mainFrame());
  if (violations.length > 0) throw new Error(describeAxeViolations(violations));
  errors.assertNone();
  await page.close();
});
