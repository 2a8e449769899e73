/**
 * The command line bundled into one minified file at compile time (`dist/bundle/cli.js`, by
 * src/build/prebuild.ts), run with V8's code cache (./code-cache.ts): `coursepack --help` and
 * every command start from one file instead of ~30 modules and commander's files, compiled
 * already (issue 18, start-up; figures in docs/benchmarks.md).
 *
 * It holds src/cli and what its files import statically (commander, the diagnostics' formatting);
 * every module a command imports when it runs (`await import(...)`: the build, quiz generation,
 * report, ...) stays outside and is required from dist/src as before, so the bundle stays small
 * and each command still loads only its own code. The error classes stay outside too, so that
 * the command line and the code it loads share the classes it checks with `instanceof`.
 *
 * Like the build's bundle, it is used only while it was made from the compiled code beside it:
 * the stamp records the modification time of dist/src/cli/main.js, which every `tsc -p` rewrites.
 */
import { mkdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import type * as CliModule from '../cli/main';
import { stampedBundle, stampedInputs, writeStamp } from './bundle-stamp';
import { writeCodeCache } from './code-cache';
import { packageRoot } from './package-root';

type Cli = typeof CliModule;


function places(root: string) {
  return {
    source: path.join(root, 'src', 'cli', 'main.ts'),
    entry: path.join(root, 'dist', 'src', 'cli', 'main.js'),
    bundle: path.join(root, 'dist', 'bundle', 'cli.js'),
    stamp: path.join(root, 'dist', 'bundle', 'cli.json'),
  };
}

/** The compiled file (dist/src/…/x.js) of a TypeScript source under src/. */
function compiledFile(root: string, source: string): string {
  return path.join(root, 'dist', path.relative(root, source).replace(/\.ts$/, '') + '.js');
}

/** Resolves `specifier` as TypeScript would from `dir` (x.ts or x/index.ts). */
function sourceFile(dir: string, specifier: string): string {
  const base = path.resolve(dir, specifier);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next form
    }
  }
  return `${base}.ts`;
}

/**
 * Bundles src/cli/main.ts (minified, no source map), then writes its code cache after a run of
 * `--help` that prints nothing, so the functions help needs are compiled already.
 */
export async function writeCliBundle(root: string = packageRoot()): Promise<string> {
  const { source, entry, bundle, stamp } = places(root);
  const { build } = await import('esbuild');
  mkdirSync(path.dirname(bundle), { recursive: true });
  const temporary = `${bundle}.tmp-${process.pid}`;
  const fromBundle = (file: string) => {
    const relative = path.relative(path.dirname(bundle), file).split(path.sep).join('/');
    return relative.startsWith('.') ? relative : `./${relative}`;
  };
  const result = await build({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    outfile: temporary,
    metafile: true,
    logLevel: 'error',
    // `import()` becomes `require`: the bundle runs as a plain script (ES modules are not used here).
    supported: { 'dynamic-import': false },
    plugins: [{
      name: 'lazy-commands-and-shared-errors',
      setup(context) {
        context.onResolve({ filter: /.*/ }, (args) => {
          if (args.kind === 'entry-point') return undefined;
          if (!args.path.startsWith('.')) return args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined;
          const file = sourceFile(args.resolveDir, args.path);
          const isErrors = file === path.join(root, 'src', 'diagnostics', 'errors.ts');
          if (args.kind !== 'dynamic-import' && !isErrors) return undefined;
          return { path: fromBundle(compiledFile(root, file)), external: true };
        });
      },
    }],
  });
  renameSync(temporary, bundle);
  writeStamp(places(root), root, Object.keys(result.metafile.inputs));
  const silent = { cwd: root, stdout: () => undefined, stderr: () => undefined, color: false };
  await writeCodeCache(bundle, async (exports) => { await (exports as Cli).main(['--help'], silent); });
  return bundle;
}

/** The bundled command line when it is there and made from the compiled code beside it; null otherwise. */
export function bundledCli(root: string = packageRoot()): Cli | null {
  if (process.env.COURSEPACK_NO_BUNDLE !== undefined) return null;
  return stampedBundle(places(root)) as Cli | null;
}

/** What the bundle holds (relative paths), or null without a stamp. */
export function bundledCliInputs(root: string = packageRoot()): readonly string[] | null {
  return stampedInputs(places(root));
}
