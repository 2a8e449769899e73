/**
 * The build's code bundled into one file at compile time (`dist/bundle/build.js`, by
 * src/build/prebuild.ts): `coursepack build` then loads one file instead of ~270 modules (issue
 * 18, start-up; the figures are in docs/benchmarks.md). The bundle is used only while it was made
 * from the compiled code beside it: it records the modification time of dist/src/build/index.js,
 * which every `tsc -p` run rewrites, and a missing, stale or unreadable bundle is ignored, so it
 * costs time, never correctness.
 *
 * It runs with V8's code cache made at the same time (./code-cache.ts): compiling the bundle
 * afresh took ~30 ms of every build.
 *
 * The error classes stay outside the bundle (required from dist/src/diagnostics/errors.js), so
 * that an error the build throws is the class the command line checks with `instanceof`.
 */
import { mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import type * as BuildModule from '../build/index';
import { stampedBundle, stampedInputs, writeStamp } from './bundle-stamp';
import { writeCodeCache } from './code-cache';
import { packageRoot } from './package-root';

type Build = typeof BuildModule;


function places(root: string) {
  return {
    entry: path.join(root, 'dist', 'src', 'build', 'index.js'),
    bundle: path.join(root, 'dist', 'bundle', 'build.js'),
    stamp: path.join(root, 'dist', 'bundle', 'build.json'),
  };
}

/** Bundles dist/src/build/index.js with what it requires (not esbuild, which it loads only to rebundle a stale player). */
export async function writeBuildBundle(root: string = packageRoot()): Promise<string> {
  const { entry, bundle, stamp } = places(root);
  const { build } = await import('esbuild');
  mkdirSync(path.dirname(bundle), { recursive: true });
  const temporary = `${bundle}.tmp-${process.pid}`;
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: temporary,
    external: ['esbuild'],
    metafile: true,
    logLevel: 'error',
    plugins: [{
      name: 'shared-errors',
      setup(context) {
        context.onResolve({ filter: /diagnostics\/errors$/ }, (args) => {
          const file = path.join(root, 'dist', 'src', 'diagnostics', 'errors.js');
          if (path.resolve(args.resolveDir, `${args.path}.js`) !== file) return undefined;
          return { path: `./${path.relative(path.dirname(bundle), file).split(path.sep).join('/')}`, external: true };
        });
      },
    }],
  });
  renameSync(temporary, bundle);
  writeStamp(places(root), root, Object.keys(result.metafile.inputs));
  await writeCodeCache(bundle);
  return bundle;
}

/** The bundled build when it is there and made from the compiled code beside it; null otherwise. */
export function bundledBuild(root: string = packageRoot()): Build | null {
  return stampedBundle(places(root)) as Build | null;
}

/** What the bundle holds (relative paths), or null without a stamp. */
export function bundledInputs(root: string = packageRoot()): readonly string[] | null {
  return stampedInputs(places(root));
}
