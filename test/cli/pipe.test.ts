/**
 * bin/coursepack.js read through a pipe that closes early (`coursepack --help | head -1`): the
 * command stops quietly, with no stack trace and a success status, as other command-line tools do.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(__dirname, '..', '..', 'bin', 'coursepack.js');

it('stops quietly when the reader of its output closes the pipe early', () => {
  // the reader takes one line and leaves; pipefail gives the command's own status
  const run = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" --help | head -1`], { encoding: 'utf8' });
  expect(run.stdout.trim()).toMatch(/^Usage: coursepack/u);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});
