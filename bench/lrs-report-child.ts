/**
 * The measured side of bench/lrs-report.ts, in its own process so that its peak memory is the
 * report's: read the LRS with the report's xAPI source, analyse, render; print the figures as JSON.
 * Usage: node dist/bench/lrs-report-child.js ENDPOINT PAGE_SIZE
 */
import path from 'node:path';
import { loadCourse } from '../src/load/index';
import { courseIri } from '../src/model/course';
import { quizzesDirOf } from '../src/quiz/bank/paths';
import { loadBanks } from '../src/quiz/bank/select';
import { analyse } from '../src/report/analysis/index';
import { reportInput } from '../src/report/analysis/input';
import { lessonRefs } from '../src/report/index';
import { csvFiles } from '../src/report/outputs/csv';
import { reportHtml } from '../src/report/outputs/html/page';
import { readXapiTracking } from '../src/report/sources/xapi/index';

async function main(): Promise<void> {
  const [endpoint, pageSize] = [process.argv[2] as string, Number(process.argv[3])];
  const loaded = await loadCourse(path.resolve(__dirname, '../../course'));
  const course = loaded.course!;
  const { banks } = await loadBanks(course, quizzesDirOf(course, undefined));
  let started = Date.now();
  const data = await readXapiTracking({ endpoint, auth: 'bench:bench', activity: courseIri(course), pageSize, maxPages: 100_000 });
  const readMs = Date.now() - started;
  started = Date.now();
  const analysis = analyse(reportInput(data, lessonRefs(course), banks), { now: new Date('2025-10-01') });
  const analyseMs = Date.now() - started;
  started = Date.now();
  const files = csvFiles(analysis);
  const html = reportHtml(analysis, { courseTitle: 'bench', language: course.language, source: data.source });
  const renderMs = Date.now() - started;
  const bytes = Object.values(files).reduce((sum, text) => sum + text.length, html.length);
  const source = data.source.kind === 'xapi' ? data.source : null;
  process.stdout.write(
    JSON.stringify({
      statements: source?.statements ?? 0,
      pages: source?.pages ?? 0,
      learners: data.learners.length,
      records: data.records.length,
      readMs,
      analyseMs,
      renderMs,
      outputChars: bytes,
      maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
