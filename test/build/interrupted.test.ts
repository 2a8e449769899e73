/**
 * Issue 11, item 6: an interrupted build leaves no junk. A build stopped by SIGINT, SIGTERM or
 * SIGHUP while swapping folders puts the previous output back and removes its temporary
 * folders; what a killed one (SIGKILL) left is cleaned up, and the previous output put back, by
 * the next build.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removeLeftovers, writeAtomically } from '../../src/build/write';
import { leftovers, treeHashes } from './tree';

const REPO = path.resolve(__dirname, '../..');
let work: string;
let outDir: string;

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'coursepack-interrupted-'));
  outDir = path.join(work, 'build');
  mkdirSync(path.join(outDir, 'scorm12'), { recursive: true });
  writeFileSync(path.join(outDir, 'scorm12', 'course.zip'), 'previous build');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/**
 * A build in a child process that stops while the new scorm12 folder is being moved in (the old
 * one already moved aside): the moment an interruption does the most harm.
 */
function stalledBuild(): Promise<{ child: ReturnType<typeof spawn>; exited: Promise<NodeJS.Signals | null> }> {
  const script = `
const ts = require(${JSON.stringify(require.resolve('typescript'))});
const fs = require('node:fs');
require.extensions['.ts'] = (module, file) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  module._compile(outputText, file);
};
const promises = require('node:fs/promises');
const rename = promises.rename;
const out = ${JSON.stringify(outDir)};
promises.rename = (from, to) => {
  if (to === require('node:path').join(out, 'scorm12') && from.includes('.tmp-')) {
    process.stdout.write('stalled\\n');
    return new Promise(() => setInterval(() => {}, 1000));
  }
  return rename(from, to);
};
const { writeAtomically } = require(${JSON.stringify(path.join(REPO, 'src/build/write.ts'))});
writeAtomically(out, [{ path: 'scorm12/course.zip', bytes: new TextEncoder().encode('new build') }]);
`;
  const child = spawn(process.execPath, ['-e', script], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (data: Buffer) => { if (data.toString().includes('stalled')) resolve({ child, exited }); });
    child.on('exit', (code) => reject(new Error(`the child ended (${code}) before stalling`)));
  });
}

describe('an interrupted build', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('puts the previous output back and leaves no temporary folder on %s', async (signal) => {
    const { child, exited } = await stalledBuild();
    expect(leftovers(work, 'build').sort()).toEqual([`build.old-${child.pid}`, `build.tmp-${child.pid}`]);
    child.kill(signal);
    expect(await exited).toBe(signal);
    expect(leftovers(work, 'build')).toEqual([]);
    expect(readFileSync(path.join(outDir, 'scorm12', 'course.zip'), 'utf8')).toBe('previous build');
  });

  it('after SIGKILL, the next build puts the previous output back, removes the leftovers, then writes', async () => {
    const { child, exited } = await stalledBuild();
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(leftovers(work, 'build').sort()).toEqual([`build.old-${child.pid}`, `build.tmp-${child.pid}`]);
    expect(Object.keys(treeHashes(outDir))).toEqual([]);
    await removeLeftovers(outDir);
    expect(leftovers(work, 'build')).toEqual([]);
    expect(readFileSync(path.join(outDir, 'scorm12', 'course.zip'), 'utf8')).toBe('previous build');
    await writeAtomically(outDir, [{ path: 'scorm12/course.zip', bytes: new TextEncoder().encode('next build') }]);
    expect(readFileSync(path.join(outDir, 'scorm12', 'course.zip'), 'utf8')).toBe('next build');
  });

  it('leaves the temporary folders of a build that is still running alone', async () => {
    const running = path.join(work, `build.tmp-${process.pid}`);
    mkdirSync(running);
    await removeLeftovers(outDir);
    expect(leftovers(work, 'build')).toEqual([`build.tmp-${process.pid}`]);
  });
});
