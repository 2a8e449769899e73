/**
 * Bundles the browser player (src/player) for one runtime target: one minified IIFE script
 * and one minified stylesheet, copied into every package as assets/player.js and
 * assets/player.css. Each target has its own entry so a SCORM bundle carries no xAPI code.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { build, transform } from 'esbuild';
import type { RuntimeTarget } from '../model/rendered';
import { InternalError } from '../diagnostics/errors';

export interface PlayerBundle {
  readonly js: string;
  readonly css: string;
}

const cache = new Map<RuntimeTarget, Promise<PlayerBundle>>();

/** The bundle for `target`, built once per process. */
export function bundlePlayer(target: RuntimeTarget): Promise<PlayerBundle> {
  let bundle = cache.get(target);
  if (bundle === undefined) {
    bundle = buildPlayerBundle(target);
    // A failed build must not stick: the next call tries again (and reports again).
    bundle.catch(() => cache.delete(target));
    cache.set(target, bundle);
  }
  return bundle;
}

/** Builds the bundle without the cache (for tests of determinism). */
export async function buildPlayerBundle(target: RuntimeTarget): Promise<PlayerBundle> {
  const playerDir = findPlayerDir();
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
    default:
      return assertNever(target);
  }
}

async function bundleScript(entry: string, playerDir: string): Promise<string> {
  try {
    const result = await build({
      entryPoints: [entry],
      tsconfig: path.join(playerDir, 'tsconfig.json'),
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
    });
    const output = result.outputFiles[0];
    if (output === undefined) throw new Error('esbuild returned no output');
    return output.text;
  } catch (error) {
    throw new InternalError(`Could not bundle the player from ${entry}`, { cause: error });
  }
}

async function minifyStyles(file: string): Promise<string> {
  try {
    const result = await transform(readFileSync(file, 'utf8'), {
      loader: 'css',
      minify: true,
      legalComments: 'none',
      charset: 'utf8',
    });
    return result.code;
  } catch (error) {
    throw new InternalError(`Could not minify the player styles in ${file}`, { cause: error });
  }
}

/**
 * src/player sits beside this file's folder in the sources (src/assets) but two levels
 * further up when compiled (dist/src/assets): walk up to the package root instead of guessing.
 */
function findPlayerDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'src', 'player');
    if (existsSync(path.join(dir, 'package.json')) && existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) {
      throw new InternalError(`Could not find src/player above ${__dirname}`);
    }
  }
}

function assertNever(value: never): never {
  throw new InternalError(`Unknown runtime target: ${String(value)}`);
}
