/**
 * Runs TypeScript from src/ in a fresh Node process (with its own environment, e.g. TZ),
 * which the jest sandbox cannot give: it copies process.env, so changing TZ there changes nothing.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const REPO = path.resolve(__dirname, '../..');

/** A require hook that strips types from .ts files with the TypeScript compiler the repo already has. */
const HOOK = `
const ts = require(${JSON.stringify(require.resolve('typescript'))});
const fs = require('node:fs');
require.extensions['.ts'] = (module, file) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  module._compile(outputText, file);
};`;

/** Runs `script` (CommonJS, may `require` repo paths relative to the repo root) and returns its stdout. */
export function runTs(script: string, env: Record<string, string>): string {
  const run = spawnSync(process.execPath, ['-e', `${HOOK}\nprocess.chdir(${JSON.stringify(REPO)});\n${script}`], {
    cwd: REPO,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`child failed (${run.status}): ${run.stderr}`);
  return run.stdout;
}
