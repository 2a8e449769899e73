/**
 * The system tools some tests need (Debian packages, see /work/shared/docs/test-harness.md).
 * A missing tool fails the test with the package to install, never with a confusing
 * "Expected: "" Received: null" from a command that could not start.
 */
import { spawnSync, type SpawnSyncOptionsWithStringEncoding, type SpawnSyncReturns } from 'node:child_process';

/** Command → the Debian package that installs it. */
export const DEBIAN_PACKAGES: Readonly<Record<string, string>> = {
  xmllint: 'libxml2-utils',
  chromium: 'chromium',
};

/** Runs a system tool; throws, naming the package to install, when it is not installed. */
export function runTool(command: string, args: readonly string[], options: Partial<SpawnSyncOptionsWithStringEncoding> = {}): SpawnSyncReturns<string> {
  const run = spawnSync(command, [...args], { encoding: 'utf8', ...options });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') throw missingTool(command);
  if (run.error) throw new Error(`${command} could not run: ${run.error.message}`);
  return run;
}

export function missingTool(command: string): Error {
  const debian = DEBIAN_PACKAGES[command] ?? command;
  return new Error(`${command} is not installed, and this test needs it: install it with "sudo apt-get install -y ${debian}" (Debian package ${debian}), or run .ci/run, which installs it`);
}
