import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { DeflateCache, zipFiles } from '../../src/package/zip';
import type { OutputFile } from '../../src/model/files';
import { runTs } from './run-ts';

const FILES: OutputFile[] = [
  { path: 'lessons/b/index.html', content: '<p>Қазақша мәтін</p>' },
  { path: 'imsmanifest.xml', content: '<?xml version="1.0"?><manifest/>' },
  { path: 'assets/player.js', content: 'console.log("x");'.repeat(100) },
  { path: 'lessons/a/index.html', content: new Uint8Array([0, 1, 2, 255]) },
];

/** DOS date of 2000-01-01: (year - 1980) << 9 | month << 5 | day. */
const DOS_DATE_2000_01_01 = (20 << 9) | (1 << 5) | 1;

/** Zips FILES in a child process running in `zone`; returns the zip (base64) and the local hour of 2000-01-01T00:00Z there. */
function zipInTimeZone(zone: string): { zip: string; localHour: number } {
  const script = `
    const { zipFiles } = require('./src/package/zip.ts');
    const files = ${JSON.stringify(FILES.map((f) => ({ path: f.path, content: typeof f.content === 'string' ? f.content : [...f.content] })))}
      .map((f) => ({ path: f.path, content: typeof f.content === 'string' ? f.content : Uint8Array.from(f.content) }));
    zipFiles(files).then((zip) => console.log(JSON.stringify({
      zip: Buffer.from(zip).toString('base64'),
      localHour: new Date(Date.UTC(2000, 0, 1)).getHours(),
    })));`;
  return JSON.parse(runTs(script, { TZ: zone }));
}

function inTempFile<T>(bytes: Uint8Array, use: (file: string) => T): T {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'coursepack-zip-'));
  try {
    const file = path.join(dir, 'p.zip');
    writeFileSync(file, bytes);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('zipFiles', () => {
  it('gives byte-identical zips for the same files, whatever order they come in', async () => {
    const first = await zipFiles(FILES);
    const second = await zipFiles([...FILES].reverse());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('gives the same bytes in every time zone and stores 2000-01-01 00:00 in each entry', async () => {
    const utc = zipInTimeZone('UTC');
    const almaty = zipInTimeZone('Asia/Almaty');
    // The zones really differ at that instant, or this test could not fail.
    expect(utc.localHour).toBe(0);
    expect(almaty.localHour).not.toBe(0);
    expect(almaty.zip).toBe(utc.zip);
    const view = Buffer.from(utc.zip, 'base64');
    expect(view.equals(Buffer.from(await zipFiles(FILES)))).toBe(true);
    expect(view.readUInt32LE(0)).toBe(0x04034b50);
    expect(view.readUInt16LE(10)).toBe(0); // DOS time
    expect(view.readUInt16LE(12)).toBe(DOS_DATE_2000_01_01);
  });

  it('stores entries sorted by path, without folder entries, with the contents intact', async () => {
    const zip = await JSZip.loadAsync(await zipFiles(FILES));
    expect(Object.keys(zip.files)).toEqual(['assets/player.js', 'imsmanifest.xml', 'lessons/a/index.html', 'lessons/b/index.html']);
    expect(await zip.file('lessons/b/index.html')!.async('string')).toBe('<p>Қазақша мәтін</p>');
    expect([...(await zip.file('lessons/a/index.html')!.async('uint8array'))]).toEqual([0, 1, 2, 255]);
  });

  it('passes unzip -t and gives every file rw-r--r-- permissions and deflate compression', async () => {
    const bytes = await zipFiles(FILES);
    inTempFile(bytes, (file) => {
      const test = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(test.stdout).toContain('No errors detected');
      const listing = spawnSync('zipinfo', [file], { encoding: 'utf8' }).stdout;
      const entries = listing.split('\n').filter((line) => /^[-d]r/.test(line));
      expect(entries).toHaveLength(4);
      for (const entry of entries) expect(entry).toMatch(/^-rw-r--r--.* def[NX] /);
    });
  });

  it('refuses paths that would escape the package or collide', async () => {
    await expect(zipFiles([{ path: '../evil', content: '' }])).rejects.toThrow(/not a plain relative path/);
    await expect(zipFiles([{ path: 'a', content: '' }, { path: 'a', content: '' }])).rejects.toThrow(/given twice/);
  });
});

describe('zipFiles with a shared DeflateCache', () => {
  it('gives the same bytes as separate zips, and compresses shared content once', async () => {
    const cache = new DeflateCache();
    const shared = await zipFiles(FILES, cache);
    const again = await zipFiles(FILES.slice(1), cache);
    expect(Buffer.from(shared).equals(Buffer.from(await zipFiles(FILES)))).toBe(true);
    expect(Buffer.from(again).equals(Buffer.from(await zipFiles(FILES.slice(1))))).toBe(true);
    expect(cache.size).toBe(FILES.length);
    expect(cache.entryFor(FILES[0].content)).toBe(cache.entryFor(FILES[0].content));
    // Equal bytes in a different array are the same content.
    expect(cache.entryFor(Uint8Array.from([0, 1, 2, 255]))).toBe(cache.entryFor(FILES[3].content));
  });

  it('marks non-ASCII paths as UTF-8 so readers show them right', async () => {
    const zip = await JSZip.loadAsync(await zipFiles([{ path: 'lessons/тарау/index.html', content: 'x' }]));
    expect(Object.keys(zip.files)).toEqual(['lessons/тарау/index.html']);
    inTempFile(await zipFiles([{ path: 'lessons/тарау/index.html', content: 'x' }]), (file) => {
      expect(spawnSync('unzip', ['-t', file], { encoding: 'utf8' }).stdout).toContain('No errors detected');
    });
  });

  it('stores empty files and large ones intact', async () => {
    const big = 'Орталық Азия қауіпсіздігі. '.repeat(20000);
    const zip = await JSZip.loadAsync(await zipFiles([{ path: 'empty.txt', content: '' }, { path: 'big.txt', content: big }]));
    expect(await zip.file('empty.txt')!.async('string')).toBe('');
    expect(await zip.file('big.txt')!.async('string')).toBe(big);
  });
});
