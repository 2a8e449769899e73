/**
 * `coursepack report --lrs` at scale (issue 15; a bench, not a timed test): a small LRS of ours
 * serves generated statements page by page, with correct paging, for N learners × the course's
 * lessons (about 19 statements each, built by the player's own statement builders: 10,000
 * learners × 11 lessons ≈ 2 million), and a child process reads them with the report's xAPI
 * source, analyses them, renders the outputs and writes them as the report does. Prints the
 * statements, the time to read, to analyse and to render, the child's peak memory and the
 * outputs' sha256 (equal for byte-identical outputs).
 *
 *   npx tsc -p tsconfig.json && node dist/src/build/prebuild.js
 *   node dist/bench/lrs-report.js [learners=10000] [page size=500, the report's default]
 *
 * Targets of issue 15: 2 million statements with peak memory under 500 MB, the analysis itself under 60 s.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pageData } from '../src/formats/xapi/activities';
import { loadCourse } from '../src/load/index';
import type { Course } from '../src/model/course';
import type { QuizItem } from '../src/model/quiz';
import { correctResponse } from '../src/player/quiz/answers';
import { seededRandom } from '../src/player/quiz/random';
import {
  answeredStatement, completedStatement, experiencedStatement, initializedStatement, judgedStatement, terminatedStatement, type StatementSettings,
} from '../src/player/lms/xapi/statements';
import type { XapiStatement } from '../src/player/lms/xapi/statement-types';
import { quizzesDirOf } from '../src/quiz/bank/paths';
import { loadBanks, shippedItems } from '../src/quiz/bank/select';

const ROOT = path.resolve(__dirname, '../..');
const SCREENS = 9;
const QUESTIONS = 10;

/** Every statement of every learner, in `stored` order, made one learner at a time. */
function* statements(course: Course, banks: ReadonlyMap<string, readonly QuizItem[]>, learners: number): Generator<XapiStatement & { stored: string }> {
  const random = seededRandom(15);
  let clock = Date.parse('2025-09-01T08:00:00Z');
  let counter = 0;
  const stamp = (advance: number) => {
    clock += advance;
    counter += 1;
    const hex = counter.toString(16).padStart(12, '0');
    return { id: `00000000-0000-4000-8000-${hex}`, timestamp: new Date(clock).toISOString() };
  };
  const pages = course.lessons.map((lesson) => ({ lesson, page: pageData(course, lesson), items: banks.get(lesson.id) ?? [] }));
  for (let i = 0; i < learners; i += 1) {
    const actor = { objectType: 'Agent' as const, name: `Learner ${i + 1}`, mbox: `mailto:learner${i + 1}@example.edu` };
    for (const { page, items } of pages) {
      const settings: StatementSettings = { actor, registration: `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`, page, lessonObjectId: page.lesson.id, cmi5: null };
      const out: XapiStatement[] = [initializedStatement(settings, stamp(1000))];
      for (let screen = 0; screen < SCREENS; screen += 1) out.push(experiencedStatement(settings, stamp(30_000), { index: screen, title: `Screen ${screen + 1}` }, 30_000));
      out.push(completedStatement(settings, stamp(1000), SCREENS * 30_000));
      let right = 0;
      const drawn = items.slice(0, QUESTIONS);
      for (const item of drawn) {
        const correct = random() < 0.7;
        right += correct ? 1 : 0;
        const response = correctResponse(item);
        out.push(answeredStatement(settings, stamp(5000), {
          id: `${page.lesson.id.split('/').pop()}.${item.id}`, lessonId: page.lesson.id.split('/').pop() as string, itemId: item.id, attempt: 1, kind: item.kind,
          description: item.stem, response, correct: response, result: correct ? 'correct' : 'incorrect', scoreFraction: correct ? 1 : 0, weighting: 1, latencyMs: 5000,
          timestamp: new Date(clock),
          choices: item.kind === 'choice' || item.kind === 'multiple-response' ? item.options : item.kind === 'ordering' ? item.steps : [],
          pairs: item.kind === 'matching' ? item.pairs : [],
        } as unknown as Parameters<typeof answeredStatement>[2]));
      }
      if (drawn.length > 0) {
        const percent = Math.round((100 * right) / drawn.length);
        out.push(judgedStatement(settings, stamp(10), percent >= 70 ? 'passed' : 'failed', { raw: percent, min: 0, max: 100, scaled: percent / 100 }, 200_000));
      }
      out.push(terminatedStatement(settings, stamp(1000), 200_000));
      for (const statement of out) yield { ...statement, stored: statement.timestamp as string };
    }
  }
}

async function main(): Promise<void> {
  const learners = Number(process.argv[2] ?? 10_000);
  const pageSize = Number(process.argv[3] ?? 500);
  const loaded = await loadCourse(path.join(ROOT, 'course'));
  if (loaded.course === null) throw new Error('course/ does not load');
  const course = loaded.course;
  const { banks } = await loadBanks(course, quizzesDirOf(course, undefined));
  const items = new Map(course.lessons.map((lesson) => [lesson.id, banks.get(lesson.id) === undefined ? [] : shippedItems(banks.get(lesson.id)!, course.settings.quiz)]));
  const source = statements(course, items, learners);
  let served = 0;
  let cursor = 0;
  // Pages in order only (the report asks for them so): `more` carries the next page's number.
  const server = createServer((req, res) => {
    const asked = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('cursor') ?? '0');
    if (asked !== cursor) {
      res.writeHead(400).end('pages in order only');
      return;
    }
    const page: unknown[] = [];
    for (let next = source.next(); !next.done; next = page.length < pageSize ? source.next() : { done: true, value: undefined }) {
      page.push(next.value);
      if (page.length >= pageSize) break;
    }
    served += page.length;
    cursor += 1;
    const more = page.length < pageSize ? '' : `/xAPI/statements?cursor=${cursor}`;
    res.writeHead(200, { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' }).end(JSON.stringify({ statements: page, more }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/xAPI/`;
  const child = spawn(process.execPath, [path.join(__dirname, 'lrs-report-child.js'), endpoint, String(pageSize)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  server.close();
  if (code !== 0) throw new Error(`the report child failed (${code}):\n${out}`);
  const figures = JSON.parse(out) as { statements: number; pages: number; readMs: number; analyseMs: number; renderMs: number; maxRssMB: number; learners: number; records: number; outputSha256: string };
  process.stdout.write(
    `LRS report: ${figures.statements} statements (${served} served) in ${figures.pages} pages of ${pageSize}, ${figures.learners} learners, ${figures.records} records\n` +
      `  read ${(figures.readMs / 1000).toFixed(1)} s, analyse ${(figures.analyseMs / 1000).toFixed(1)} s, render ${(figures.renderMs / 1000).toFixed(1)} s; peak memory ${figures.maxRssMB} MB\n` +
      `  outputs (CSV and HTML) sha256 ${figures.outputSha256}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
