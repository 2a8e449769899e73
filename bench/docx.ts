/**
 * Import time of a Word document (issue 17: a 45,000-word .docx with 10 images in under 2 s):
 * a document made with the `docx` package from the paragraphs of course/ (repeated to 45,000
 * words), with three chapters, a lesson every twelve paragraphs and ten 300 KB images with
 * captions, imported and written to a temp folder as `coursepack import` does; median of a
 * few runs in this process.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { importDocx, writeImport } from '../src/import';
import { makeDocx, png, type Part } from '../test/import/docx/make-docx';

export interface DocxBench {
  readonly words: number;
  readonly images: number;
  readonly megabytes: number;
  readonly medianMs: number;
  readonly runs: number;
}

const WORDS = 45_000;
const IMAGES = 10;

async function paragraphsOf(courseDir: string): Promise<string[]> {
  const chapters = path.join(courseDir, 'chapters');
  const paragraphs: string[] = [];
  for (const name of (await readdir(chapters)).sort()) {
    const body = (await readFile(path.join(chapters, name), 'utf8')).split('---\n').slice(2).join('---\n');
    paragraphs.push(...body.split('\n').filter((line) => /^\p{L}/u.test(line) && line.split(' ').length > 8));
  }
  return paragraphs;
}

export async function writeBenchDocx(courseDir: string): Promise<{ docx: Buffer; words: number }> {
  const source = await paragraphsOf(courseDir);
  const parts: Part[] = [];
  let words = 0;
  let chapter = 0;
  let section = 0;
  for (let k = 0; words < WORDS; k++) {
    if (k % 120 === 0) {
      chapter += 1;
      section = 0;
      parts.push({ heading: 1, text: `${chapter} ТАРАУ ${chapter}` });
    }
    if (k % 12 === 0) parts.push({ heading: 2, text: `${chapter}.${++section} Бөлім ${section}` });
    const text = source[k % source.length]!;
    parts.push({ text });
    words += text.split(' ').length;
    const image = Math.floor(k / 40);
    if (k % 40 === 20 && image < IMAGES) {
      parts.push({ image: png(320, 320, [image, 0, 0], true), alt: `Сызба ${image + 1}` }, { text: `Сурет ${image + 1} – Сызба`, caption: true });
    }
  }
  return { docx: await makeDocx(parts), words };
}

export async function measureDocxImport(courseDir: string, runs: number): Promise<DocxBench> {
  const { docx, words } = await writeBenchDocx(courseDir);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'coursepack-docx-bench-'));
  const times: number[] = [];
  let images = 0;
  try {
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      const result = await importDocx(docx, { sourceName: 'bench.docx', language: 'kk' });
      await writeImport(result, path.join(scratch, `run-${run}`));
      times.push(performance.now() - start);
      images = result.files.filter((file) => file.path.startsWith('images/')).length;
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  times.sort((a, b) => a - b);
  return { words, images, megabytes: docx.length / 1024 / 1024, medianMs: times[Math.floor(times.length / 2)]!, runs };
}
