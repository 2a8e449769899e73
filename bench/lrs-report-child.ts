/**
 * The measured side of bench/lrs-report.ts, in its own process so that its peak memory is the
 * report's: read the LRS with the report's xAPI source, analyse, render, write the files (to a
 * temporary folder, removed after); print the figures as JSON, with the peak memory taken before
 * the outputs' fingerprint is computed.
 * Usage: node dist/bench/lrs-report-child.js ENDPOINT PAGE_SIZE
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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
import { collectGarbage } from '../src/report/sources/xapi/collect';
import { readXapiTracking } from '../src/report/sources/xapi/index';
import { writeReportFiles } from '../src/report/write';

async function main(): Promise<void> {
  const [endpoint, pageSize] = [process.argv[2] as string, Number(process.argv[3])];
  const loaded = await loadCourse(path.resolve(__dirname, '../../course'));
  const course = loaded.course!;
  const { banks } = await loadBanks(course, quizzesDirOf(course, undefined));
  let started = Date.now();
  const data = await readXapiTracking({ endpoint, auth: 'bench:bench', activity: courseIri(course), pageSize, maxPages: 100_000 });
  const readMs = Date.now() - started;
  // Between the stages as `coursepack report` does (src/report/index.ts).
  collectGarbage();
  started = Date.now();
  const analysis = analyse(reportInput(data, lessonRefs(course), banks), { now: new Date('2025-10-01') });
  const analyseMs = Date.now() - started;
  collectGarbage();
  started = Date.now();
  const files = csvFiles(analysis);
  // The LRS's port changes from run to run; shown as one fixed address so that the outputs' fingerprint does not.
  const source = data.source.kind === 'xapi' ? { ...data.source, endpoint: 'http://127.0.0.1/xAPI/' } : data.source;
  const html = reportHtml(analysis, { courseTitle: 'bench', language: course.language, source });
  const renderMs = Date.now() - started;
  collectGarbage();
  // Written as \`coursepack report\` writes them (each file converted to UTF-8 on its way out), then removed.
  const out = await mkdtemp(path.join(tmpdir(), 'cp-lrs-bench-'));
  await writeReportFiles(out, { ...files, 'report.html': html });
  await rm(out, { recursive: true, force: true });
  const maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  const bytes = Object.values(files).reduce((sum, text) => sum + text.length, html.length);
  // The outputs' fingerprint: equal between two versions of the report means byte-identical outputs.
  const hash = createHash('sha256');
  for (const text of [...Object.values(files), html]) hash.update(text, 'utf8');
  process.stdout.write(
    JSON.stringify({
      statements: source.kind === 'xapi' ? source.statements : 0,
      pages: source.kind === 'xapi' ? source.pages : 0,
      learners: data.learners.length,
      records: (data.tables ?? []).reduce((sum, table) => sum + table.size, data.records.length),
      readMs,
      analyseMs,
      renderMs,
      outputChars: bytes,
      outputSha256: hash.digest('hex'),
      maxRssMB,
    }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
