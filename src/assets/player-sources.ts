/**
 * Where the player's sources are, and one fingerprint of all of them, so that a bundle made
 * at compile time can be trusted only while nothing it was made from has changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
  // Read synchronously: ~60 small files, ~5 ms, where one promise per file and directory cost
  // ~25 ms of every build (issue 18); nothing else of the build runs meanwhile anyway.
  const files = listFiles(playerDir).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const hash = createHash('sha256').update(`${recipe.length}\0${recipe}`);
  for (const file of files) {
    const contents = readFileSync(path.join(playerDir, file));
    // Lengths keep one file's end from passing for the next file's start.
    hash.update(`${file}\0${contents.byteLength}\0`).update(contents);
  }
  return hash.digest('hex');
}

/** Relative `/`-separated paths of every file below `dir`. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? listFiles(dir, relative) : [relative];
  });
}
