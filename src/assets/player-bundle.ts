/**
 * Bundles the browser player (src/player) for one runtime target: one minified IIFE script
 * and one minified stylesheet, copied into every package as assets/player.js and
 * assets/player.css. Each target has its own entry so a SCORM bundle carries no xAPI code.
 *
 * A build normally reads the bundle made at compile time (./prebuilt.ts) instead of starting
 * esbuild; it bundles afresh only when that one is missing or made from other sources.
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { RuntimeTarget } from '../model/rendered';
import { InternalError } from '../diagnostics/errors';
import { findPackageRoot, hashPlayerSources, playerDirIn } from './player-sources';
import { prebuiltDirIn, readPrebuilt } from './prebuilt';

export interface PlayerBundle {
  readonly js: string;
  readonly css: string;
}

const cache = new Map<RuntimeTarget, Promise<PlayerBundle>>();
/** The sources' fingerprint, read once for all targets of the process (the bundles are cached for it anyway). */
let sourceHashOnce: Promise<string> | undefined;

/** The bundle for `target`, once per process: the prebuilt one when it is current, else a fresh one. */
export function bundlePlayer(target: RuntimeTarget): Promise<PlayerBundle> {
  let bundle = cache.get(target);
  if (bundle === undefined) {
    sourceHashOnce ??= currentSourceHash();
    bundle = loadPlayerBundle(target, prebuiltDirIn(findPackageRoot()), sourceHashOnce);
    // A failed build must not stick: the next call tries again (and reports again).
    bundle.catch(() => {
      cache.delete(target);
      sourceHashOnce = undefined;
    });
    cache.set(target, bundle);
  }
  return bundle;
}

/** Without the cache: the bundle in `prebuiltDir` if made from the current sources, else a fresh one. */
export async function loadPlayerBundle(target: RuntimeTarget, prebuiltDir: string, knownSourceHash?: Promise<string>): Promise<PlayerBundle> {
  const sourceHash = await (knownSourceHash ?? currentSourceHash());
  return (await readPrebuilt(prebuiltDir, target, sourceHash)) ?? buildPlayerBundle(target);
}

/** The fingerprint a prebuilt bundle must carry to be used: sources, esbuild version and options. */
export async function currentSourceHash(): Promise<string> {
  const recipe = JSON.stringify({ esbuild: await esbuildVersion(), script: SCRIPT_OPTIONS, styles: STYLE_OPTIONS });
  return hashPlayerSources(playerDirIn(findPackageRoot()), recipe);
}

/** Bundles with esbuild, never from the prebuilt files (for prebuilding and tests of determinism). */
export async function buildPlayerBundle(target: RuntimeTarget): Promise<PlayerBundle> {
  const playerDir = playerDirIn(findPackageRoot());
  const [js, css] = await Promise.all([
    bundleScript(path.join(playerDir, 'entries', entryFile(target)), playerDir),
    minifyStyles(path.join(playerDir, 'player.css')),
  ]);
  return { js, css };
}

function entryFile(target: RuntimeTarget): string {
  switch (target) {
    case 'scorm12':
      return 'scorm12.ts';
    case 'scorm2004':
      return 'scorm2004.ts';
    case 'xapi':
      return 'xapi.ts';
    case 'cmi5':
      return 'cmi5.ts';
    default:
      return assertNever(target);
  }
}

/** Read from its package.json: loading esbuild itself costs more, and a build that finds its bundle never needs it. */
async function esbuildVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(require.resolve('esbuild/package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** esbuild options for the script and the styles; part of the fingerprint, so changing them retires prebuilt bundles. */
const SCRIPT_OPTIONS = {
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2019',
  sourcemap: false,
  legalComments: 'none',
  charset: 'utf8',
  write: false,
  logLevel: 'silent',
} as const;

const STYLE_OPTIONS = { loader: 'css', minify: true, legalComments: 'none', charset: 'utf8' } as const;

async function bundleScript(entry: string, playerDir: string): Promise<string> {
  try {
    const { build } = await import('esbuild');
    const result = await build({ ...SCRIPT_OPTIONS, entryPoints: [entry], tsconfig: path.join(playerDir, 'tsconfig.json') });
    const output = result.outputFiles[0];
    if (output === undefined) throw new Error('esbuild returned no output');
    return output.text;
  } catch (error) {
    throw new InternalError(`Could not bundle the player from ${entry}`, { cause: error });
  }
}

async function minifyStyles(file: string): Promise<string> {
  try {
    const { transform } = await import('esbuild');
    const result = await transform(await readFile(file, 'utf8'), STYLE_OPTIONS);
    return result.code;
  } catch (error) {
    throw new InternalError(`Could not minify the player styles in ${file}`, { cause: error });
  }
}

function assertNever(value: never): never {
  throw new InternalError(`Unknown runtime target: ${String(value)}`);
}
