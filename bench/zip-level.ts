/**
 * Which DEFLATE level the zips use (issue 18: chosen by measurement). Builds the course, reads
 * back every distinct text file of its zips (pages for each runtime, player, manifests) and
 * deflates them all at each level, printing total size and time.
 *
 *   node dist/bench/zip-level.js [course-dir]
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { buildCourse } from '../src/build/index';

export interface LevelRow {
  readonly level: number;
  readonly bytes: number;
  readonly ms: number;
}

async function zipsUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.zip')).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Distinct text entries of the course's zips, as bytes. */
async function distinctTexts(courseDir: string): Promise<Buffer[]> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'coursepack-level-'));
  try {
    await buildCourse({ courseDir, outDir: path.join(scratch, 'build') });
    const seen = new Set<string>();
    for (const file of await zipsUnder(path.join(scratch, 'build'))) {
      const zip = await JSZip.loadAsync(await readFile(file));
      for (const entry of Object.values(zip.files)) {
        if (!/\.(html|xml|js|css|json)$/.test(entry.name)) continue;
        seen.add(await entry.async('string'));
      }
    }
    return [...seen].map((text) => Buffer.from(text, 'utf8'));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export async function measureLevels(courseDir: string, levels: readonly number[], runs = 3): Promise<LevelRow[]> {
  const texts = await distinctTexts(courseDir);
  return levels.map((level) => {
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      bytes = texts.reduce((sum, text) => sum + deflateRawSync(text, { level }).byteLength, 0);
      times.push(performance.now() - start);
    }
    return { level, bytes, ms: times.sort((a, b) => a - b)[Math.floor(runs / 2)] };
  });
}

if (require.main === module) {
  const courseDir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', 'course'));
  measureLevels(courseDir, [1, 2, 3, 4, 5, 6, 7, 8, 9]).then((rows) => {
    const best = Math.min(...rows.map((row) => row.bytes));
    console.log('level   deflated KB   vs smallest   median ms (every distinct text file of the zips, one thread)');
    for (const row of rows) {
      console.log(`${String(row.level).padStart(5)} ${(row.bytes / 1024).toFixed(1).padStart(13)} ${(((row.bytes - best) / best) * 100).toFixed(2).padStart(12)}% ${row.ms.toFixed(0).padStart(11)}`);
    }
  }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
