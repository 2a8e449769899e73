/**
 * The stamp beside a bundle (dist/bundle/<name>.json): the modification time of the compiled
 * entry it was made from and the files it holds. A bundle is run only while its entry is the one
 * it was made from, so a `tsc` run that has not rebundled falls back to the compiled modules.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBundle } from './code-cache';

export interface BundlePlaces {
  /** The compiled entry module (dist/src/…/x.js). */
  readonly entry: string;
  readonly bundle: string;
  readonly stamp: string;
}

interface Stamp {
  /** Modification time (ms) of the entry when the bundle was made. */
  readonly entryMtimeMs: number;
  /** The files bundled, relative to the package root. */
  readonly inputs: readonly string[];
}

/** Writes the stamp of a bundle just made from `places.entry`, with esbuild's metafile inputs. */
export function writeStamp(places: BundlePlaces, root: string, inputs: readonly string[]): void {
  const written: Stamp = { entryMtimeMs: statSync(places.entry).mtimeMs, inputs: inputs.map((input) => path.relative(root, path.resolve(input))) };
  writeFileSync(places.stamp, `${JSON.stringify(written, null, 2)}\n`);
}

/** The bundle's exports when it is there and made from the compiled entry beside it; null otherwise. */
export function stampedBundle(places: BundlePlaces): unknown | null {
  try {
    const made = JSON.parse(readFileSync(places.stamp, 'utf8')) as Partial<Stamp>;
    if (made.entryMtimeMs !== statSync(places.entry).mtimeMs) return null;
    return runBundle(places.bundle);
  } catch {
    return null;
  }
}

/** What the bundle holds (relative paths), or null without a stamp. */
export function stampedInputs(places: BundlePlaces): readonly string[] | null {
  try {
    return (JSON.parse(readFileSync(places.stamp, 'utf8')) as Stamp).inputs;
  } catch {
    return null;
  }
}
