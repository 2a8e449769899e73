/**
 * Start-up (issue 18): each command's code is loaded only when that command runs, so
 * `coursepack --help` loads the command line alone and `build` loads no quiz generation, report,
 * import or export code; `build` loads the build bundled into one file when the compile step made
 * it (src/self/build-bundle.ts). Runs the compiled CLI (dist/, made by `npm test`'s compile step) in a
 * fresh Node process and lists the modules it required.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_DIR } from '../player/quiz/fixture';
import { bundledBuild, bundledInputs } from '../../src/self/build-bundle';

const ROOT = join(__dirname, '..', '..');
const MAIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');

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
