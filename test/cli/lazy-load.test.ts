/**
 * Start-up (issue 18): each command's code is loaded only when that command runs, so
 * `coursepack --help` loads the command line alone and `build` loads no quiz generation, report,
 * import or export code; `build` loads the build bundled into one file when the compile step made
 * it (src/self/build-bundle.ts). Runs the compiled CLI (dist/, made by `npm test`'s compile step) in a
 * fresh Node process and lists the modules it required.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_DIR } from '../player/quiz/fixture';
import { bundledBuild, bundledInputs } from '../../src/self/build-bundle';
import { bundledCliInputs } from '../../src/self/cli-bundle';

const ROOT = join(__dirname, '..', '..');
const MAIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const BIN = join(ROOT, 'bin', 'coursepack.js');

/** Runs bin/coursepack.js as a user does: what it printed and the files it required, relative to the package root. */
function runBin(argv: string[], env: Record<string, string> = {}): { stdout: string; loaded: string[] } {
  const script = `
    process.argv = [process.argv[0], ${JSON.stringify(BIN)}, ...${JSON.stringify(argv)}];
    process.on('exit', () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));
    require(${JSON.stringify(BIN)});`;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, ...env } });
  expect(run.status).toBe(0);
  return { stdout: run.stdout, loaded: (JSON.parse(run.stderr) as string[]).map((file) => file.slice(ROOT.length + 1)) };
}

/** The files under the package root that running `argv` required, relative to it. */
function modulesLoadedBy(argv: string[], env: Record<string, string> = {}): string[] {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run compile first`);
  const script = `
    const { main } = require(${JSON.stringify(MAIN)});
    const io = { cwd: process.cwd(), stdout: () => {}, stderr: () => {}, color: false };
    main(${JSON.stringify(argv)}, io).then((code) => {
      process.stdout.write(JSON.stringify({ code, loaded: Object.keys(require.cache) }));
    });`;
  const { code, loaded } = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, ...env } })) as { code: number; loaded: string[] };
  expect(code).toBe(0);
  return loaded.map((file) => file.slice(ROOT.length + 1));
}

const NOT_FOR_BUILD = [/^dist\/src\/quiz\/generate/, /^dist\/src\/report\//, /^dist\/src\/import\//, /^dist\/src\/export\/index/, /node_modules\/mammoth\//, /node_modules\/cli-progress\//];

describe('what each command loads', () => {
  it('--help loads the command line and nothing of the commands themselves', () => {
    const loaded = modulesLoadedBy(['--help']);
    const project = loaded.filter((file) => file.startsWith('dist/src/'));
    expect(project.filter((file) => !/^dist\/src\/(cli|diagnostics|self|model|formats\/ids|export\/options)/.test(file))).toEqual([]);
    expect(loaded.filter((file) => file.includes('node_modules/') && !file.includes('node_modules/commander/'))).toEqual([]);
  });

  it('coursepack --help runs the command line bundled into one file, and prints what the modules print', () => {
    const bundled = runBin(['--help']);
    expect(bundled.loaded).toContain('dist/bundle/cli.js');
    expect(bundled.loaded.filter((file) => file.startsWith('dist/src/') && !/^dist\/src\/(self|diagnostics\/errors)/.test(file))).toEqual([]);
    expect(bundled.loaded.filter((file) => file.includes('node_modules/'))).toEqual([]);
    const inBundle = bundledCliInputs(ROOT) ?? [];
    expect(inBundle).toContain('src/cli/main.ts');
    // The commands' own code stays outside: only the command line and what it imports statically.
    expect(inBundle.filter((file) => file.startsWith('src/') && !/^src\/(cli|diagnostics|self|model|formats\/ids|export\/options)/.test(file))).toEqual([]);
    expect(inBundle.filter((file) => file.startsWith('node_modules/') && !file.startsWith('node_modules/commander/'))).toEqual([]);
    const modules = runBin(['--help'], { COURSEPACK_NO_BUNDLE: '1' });
    expect(modules.loaded).toContain('dist/src/cli/main.js');
    expect(modules.loaded).not.toContain('dist/bundle/cli.js');
    expect(bundled.stdout).toContain('Usage: coursepack');
    expect(bundled.stdout).toBe(modules.stdout);
    expect(runBin(['build', '--help']).stdout).toBe(runBin(['build', '--help'], { COURSEPACK_NO_BUNDLE: '1' }).stdout);
  });

  it('build loads no quiz generation, report, import or export code', () => {
    if (bundledBuild(ROOT) === null) throw new Error('dist/bundle/build.js is missing or older than dist/: run npm run compile first');
    const out = mkdtempSync(join(tmpdir(), 'coursepack-lazy-'));
    try {
      const loaded = modulesLoadedBy(['build', '--course', join(FIXTURE_DIR, 'course'), '--out', join(out, 'build'), '--quiet']);
      // The compile step bundles the build into one file (src/self/build-bundle.ts); what it holds counts as loaded.
      expect(loaded).toContain('dist/bundle/build.js');
      const inBundle = bundledInputs(ROOT) ?? [];
      expect(inBundle).toContain('dist/src/build/index.js');
      expect([...loaded, ...inBundle].filter((file) => NOT_FOR_BUILD.some((pattern) => pattern.test(file)))).toEqual([]);
      expect(loaded.filter((file) => file.startsWith('dist/src/')).length).toBeLessThan(40);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('build loads the compiled modules instead when the bundle is stale, with the same checks', () => {
    const out = mkdtempSync(join(tmpdir(), 'coursepack-lazy-'));
    try {
      const loaded = modulesLoadedBy(['build', '--course', join(FIXTURE_DIR, 'course'), '--out', join(out, 'build'), '--quiet'], { COURSEPACK_NO_BUNDLE: '1' });
      expect(loaded).toContain('dist/src/build/index.js');
      expect(loaded).not.toContain('dist/bundle/build.js');
      expect(loaded.filter((file) => NOT_FOR_BUILD.some((pattern) => pattern.test(file)))).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
