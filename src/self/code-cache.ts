/**
 * A bundle made at compile time, run with V8's code cache made at the same time (issue 18,
 * start-up). Node 20 compiles every file it requires afresh; for the ~1.5 MB build bundle that is
 * ~30 ms of every `coursepack build`, and the command line's own bundle is most of what
 * `--help` costs beyond Node itself. `writeCodeCache` runs the bundle once (and, if asked, a
 * warm-up that calls the functions a command needs) and saves what V8 compiled; `runBundle`
 * hands that to V8 with the source.
 *
 * V8 checks only that the cache fits this V8 and a source of that length, so the cache records
 * the bundle's size and modification time when it was made and is used only while both still
 * match. A missing, stale or rejected cache costs time, never correctness: the bundle is then
 * compiled as `require` would.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';

interface CacheStamp {
  readonly bundleSize: number;
  readonly bundleMtimeMs: number;
}

/** Where the code cache of `bundle` (dist/bundle/<name>.js) and its stamp lie. */
export function cachePlaces(bundle: string): { cache: string; stamp: string } {
  return { cache: `${bundle}.cache`, stamp: `${bundle}.cache.json` };
}

/** Node's own wrapper around a CommonJS file, so the bundle sees `require`, `module` and its paths. */
function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
}

/** The cache when it was made from this very bundle file, else undefined. */
function freshCache(bundle: string, size: number, mtimeMs: number): Buffer | undefined {
  try {
    const { cache, stamp } = cachePlaces(bundle);
    const made = JSON.parse(readFileSync(stamp, 'utf8')) as Partial<CacheStamp>;
    if (made.bundleSize !== size || made.bundleMtimeMs !== mtimeMs) return undefined;
    return readFileSync(cache);
  } catch {
    return undefined;
  }
}

/** Bundles run in this process, by absolute path. */
const loadedBundles = new Map<string, Module>();

interface Loaded {
  readonly exports: unknown;
  readonly script: Script | null;
}

/** The bundle's source compiled by V8, with its code cache when `useCache` and that is fresh. */
function compile(file: string, useCache: boolean): { script: Script; cacheUsed: boolean } {
  const source = readFileSync(file, 'utf8');
  const { size, mtimeMs } = statSync(file);
  const cachedData = useCache ? freshCache(file, size, mtimeMs) : undefined;
  const script = new Script(wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
  return { script, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

/**
 * Runs the CommonJS bundle as `require(bundle)` would (its module is registered in require's
 * cache, so it runs once per process), with its code cache when that is fresh.
 */
function load(bundle: string, useCache: boolean): Loaded {
  const file = path.resolve(bundle);
  const moduleRequire = Module.createRequire(file);
  const loaded = loadedBundles.get(file);
  if (loaded !== undefined) return { exports: loaded.exports, script: null };
  const { script } = compile(file, useCache);
  const module = new Module(file, require.main ?? undefined);
  module.filename = file;
  module.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(file));
  loadedBundles.set(file, module);
  // Listed with what require loaded (a bundle's own require of its path gives this module too).
  moduleRequire.cache[file] = module;
  try {
    (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, moduleRequire, module, file, path.dirname(file));
  } catch (error) {
    loadedBundles.delete(file);
    delete moduleRequire.cache[file];
    throw error;
  }
  module.loaded = true;
  return { exports: module.exports, script };
}

/** The bundle's exports, run with its code cache when that was made from this file. */
export function runBundle(bundle: string): unknown {
  return load(bundle, true).exports;
}

/**
 * Runs the bundle (in this process: call it from the compile step, once per bundle), then
 * `warmUp` with its exports, and writes what V8 has compiled by then beside the bundle.
 * Functions the warm-up called are in the cache too, so a command that calls them does not
 * compile them again.
 */
export async function writeCodeCache(bundle: string, warmUp?: (exports: unknown) => Promise<void>): Promise<string> {
  const file = path.resolve(bundle);
  const { exports, script } = load(file, false);
  if (script === null) throw new Error(`${file} was already loaded in this process: its code cache would hold nothing`);
  if (warmUp) await warmUp(exports);
  const { cache, stamp } = cachePlaces(file);
  const { size, mtimeMs } = statSync(file);
  const temporary = `${cache}.tmp-${process.pid}`;
  writeFileSync(temporary, script.createCachedData());
  renameSync(temporary, cache);
  const made: CacheStamp = { bundleSize: size, bundleMtimeMs: mtimeMs };
  writeFileSync(stamp, `${JSON.stringify(made)}\n`);
  return cache;
}

/**
 * Whether V8 takes the bundle's code cache (false: none, stale, or refused by this Node). Ask in
 * a process that has not compiled the bundle yet: V8 reuses a script it compiled before and then
 * never reads the cache.
 */
export function bundleCacheUsed(bundle: string): boolean {
  return compile(path.resolve(bundle), true).cacheUsed;
}
