/**
 * Bundles run with V8's code cache (src/self/code-cache.ts). V8 reuses a script it has compiled
 * in the same process without reading a cache, so whether the cache is taken is asked of a fresh
 * Node running the compiled module (dist/, made by `npm test`'s compile step).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachePlaces, runBundle } from '../../src/self/code-cache';

const COMPILED = join(__dirname, '..', '..', 'dist', 'src', 'self', 'code-cache.js');

/**
 * Writes the cache in a fresh Node, as the compile step does: V8 refuses a cache made under other
 * V8 flags, and a test worker may run with some.
 */
function writeInFreshNode(bundle: string): string[] {
  const script = `
    const { writeCodeCache } = require(${JSON.stringify(COMPILED)});
    const warmed = [];
    writeCodeCache(${JSON.stringify(bundle)}, async (exports) => { warmed.push(exports.answer()); }).then(() => process.stdout.write(JSON.stringify(warmed)));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[];
}

/** In a fresh Node: was the cache taken, and what does the bundle's answer() give. */
function freshRun(bundle: string): { cacheUsed: boolean; answer: string } {
  if (!existsSync(COMPILED)) throw new Error(`${COMPILED} is missing: run npm run compile first`);
  const script = `
    const { bundleCacheUsed, runBundle } = require(${JSON.stringify(COMPILED)});
    const cacheUsed = bundleCacheUsed(${JSON.stringify(bundle)});
    process.stdout.write(JSON.stringify({ cacheUsed, answer: runBundle(${JSON.stringify(bundle)}).answer() }));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as { cacheUsed: boolean; answer: string };
}

const SOURCE = (answer: string) => `exports.answer = function answer() { return "${answer}"; };\nexports.file = __filename;\nexports.runs = (globalThis.__runs = (globalThis.__runs || 0) + 1);\n`;

describe('bundles run with their code cache', () => {
  let dir: string;
  let bundle: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'coursepack-code-cache-'));
    bundle = join(dir, 'bundle.js');
    writeFileSync(bundle, SOURCE('A'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs a bundle as require would, once per process', () => {
    const loaded = runBundle(bundle) as { answer(): string; file: string; runs: number };
    expect(loaded.answer()).toBe('A');
    expect(loaded.file).toBe(bundle);
    expect(runBundle(bundle)).toBe(loaded);
  });

  it('writes a cache that a fresh Node takes, after the warm-up ran', () => {
    expect(writeInFreshNode(bundle)).toEqual(['A']);
    expect(freshRun(bundle)).toEqual({ cacheUsed: true, answer: 'A' });
  });

  it('does not use a cache made from another bundle of the same length (V8 checks only the length)', () => {
    writeInFreshNode(bundle);
    const before = statSync(bundle);
    writeFileSync(bundle, SOURCE('B'));
    expect(statSync(bundle).size).toBe(before.size);
    const later = new Date(before.mtimeMs + 5000);
    utimesSync(bundle, later, later);
    expect(freshRun(bundle)).toEqual({ cacheUsed: false, answer: 'B' });
  });

  it('runs the bundle without a cache when there is none, or it is damaged, or V8 refuses it', () => {
    expect(freshRun(bundle)).toEqual({ cacheUsed: false, answer: 'A' });
    writeFileSync(cachePlaces(bundle).stamp, '{ not json');
    expect(freshRun(bundle)).toEqual({ cacheUsed: false, answer: 'A' });
    writeInFreshNode(bundle);
    expect(freshRun(bundle).cacheUsed).toBe(true);
    writeFileSync(cachePlaces(bundle).cache, Buffer.alloc(64, 7));
    expect(freshRun(bundle)).toEqual({ cacheUsed: false, answer: 'A' });
  });
});
