/**
 * Player bundles made at compile time (`npm run compile` runs ./prebuild.ts), so that a build
 * does not start esbuild: dist/player/<target>.js and .css, and <target>.hash holding the
 * fingerprint of the sources they were made from. A bundle whose fingerprint differs from
 * the sources now is stale and is not used.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { RuntimeTarget } from '../model/rendered';
import type { PlayerBundle } from './player-bundle';

export function prebuiltDirIn(root: string): string {
  return path.join(root, 'dist', 'player');
}

/** The prebuilt bundle when it was made from sources with `sourceHash`; undefined when missing or stale. */
export async function readPrebuilt(dir: string, target: RuntimeTarget, sourceHash: string): Promise<PlayerBundle | undefined> {
  try {
    const stamp = (await readFile(path.join(dir, `${target}.hash`), 'utf8')).trim();
    if (stamp !== sourceHash) return undefined;
    const [js, css] = await Promise.all([
      readFile(path.join(dir, `${target}.js`), 'utf8'),
      readFile(path.join(dir, `${target}.css`), 'utf8'),
    ]);
    return { js, css };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Writes the bundle, the fingerprint last, each file by rename so that no reader sees half of it. */
export async function writePrebuilt(dir: string, target: RuntimeTarget, sourceHash: string, bundle: PlayerBundle): Promise<void> {
  await mkdir(dir, { recursive: true });
  // An old fingerprint must not vouch for the new files while they are being replaced.
  await writeWhole(path.join(dir, `${target}.hash`), '');
  await writeWhole(path.join(dir, `${target}.js`), bundle.js);
  await writeWhole(path.join(dir, `${target}.css`), bundle.css);
  await writeWhole(path.join(dir, `${target}.hash`), `${sourceHash}\n`);
}

async function writeWhole(file: string, text: string): Promise<void> {
  const temporary = `${file}.tmp-${process.pid}`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}
