/**
 * Where the player's sources are, and one fingerprint of all of them, so that a bundle made
 * at compile time can be trusted only while nothing it was made from has changed.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { InternalError } from '../diagnostics/errors';

/**
 * The package root (where package.json and src/player are). This file sits in src/assets in
 * the sources but in dist/src/assets when compiled: walk up instead of guessing.
 */
export function findPackageRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'src', 'player'))) return dir;
    if (path.dirname(dir) === dir) throw new InternalError(`Could not find src/player above ${__dirname}`);
  }
}

export function playerDirIn(root: string): string {
  return path.join(root, 'src', 'player');
}

/**
 * SHA-256 over every file below the player folder (relative path and bytes, in byte order of
 * the paths) and `recipe` (the esbuild version and options): what the bundle is a function of.
 */
export async function hashPlayerSources(playerDir: string, recipe: string): Promise<string> {
  const files = (await listFiles(playerDir)).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const contents = await Promise.all(files.map((file) => readFile(path.join(playerDir, file))));
  const hash = createHash('sha256').update(`${recipe.length}\0${recipe}`);
  files.forEach((file, i) => {
    // Lengths keep one file's end from passing for the next file's start.
    hash.update(`${file}\0${contents[i].byteLength}\0`).update(contents[i]);
  });
  return hash.digest('hex');
}

/** Relative `/`-separated paths of every file below `dir`. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      return entry.isDirectory() ? listFiles(dir, relative) : Promise.resolve([relative]);
    }),
  );
  return nested.flat();
}
