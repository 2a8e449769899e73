/**
 * Gates for the tests that run against real services installed by .ci/run: the Moodle 5.1 of
 * ../shared/harness/moodle and ADL's CATAPULT (cmi5) of ../shared/harness/cmi5.
 *
 * Where the service's environment is missing, a developer's run skips those tests and says so
 * plainly on stderr; under CI (CI=true) the same absence is a failing test, because CI must
 * have installed the service.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MoodleHarness {
  /** HARNESS_DIR of the installed harness: scripts in bin/, outputs in out/. */
  readonly dir: string;
  /** Moodle's wwwroot, e.g. http://127.0.0.1:8085. */
  readonly url: string;
}

export interface Cmi5Harness {
  /** WORK folder the cmi5 harness was brought up in (its scripts read it from the environment). */
  readonly work: string;
  /** CATAPULT's base URL. */
  readonly catapultUrl: string;
  /** The LRS endpoint behind CATAPULT (read back here, not through CATAPULT). */
  readonly lrs: string;
  /** ../shared/harness/cmi5, where the scripts are. */
  readonly scripts: string;
}

export const SHARED_DIR = join(__dirname, '../../../shared');

function readEnvFile(file: string): Record<string, string> {
  // Lines like `MOODLE_URL=http://…` or `export A='x' B="y" C=z` (both harnesses write these).
  const out: Record<string, string> = {};
  const assignment = /([A-Z_][A-Z0-9_]*)=('([^']*)'|"([^"]*)"|(\S*))/g;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    for (const m of line.replace(/^\s*export\s+/, '').matchAll(assignment)) {
      out[m[1]] = m[3] ?? m[4] ?? m[5] ?? '';
    }
  }
  return out;
}

/** The Moodle harness named by MOODLE_HARNESS_DIR, or why there is none. */
export function moodleHarness(): MoodleHarness | string {
  const dir = process.env.MOODLE_HARNESS_DIR;
  if (!dir) return 'MOODLE_HARNESS_DIR is not set';
  const envFile = join(dir, 'etc/harness.env');
  if (!existsSync(envFile)) return `${envFile} is missing (install the harness first)`;
  const url = process.env.MOODLE_URL || readEnvFile(envFile).MOODLE_URL;
  if (!url) return `${envFile} names no MOODLE_URL`;
  return { dir, url };
}

/** The cmi5 harness brought up in WORK (its run/harness.env), or why there is none. */
export function cmi5Harness(): Cmi5Harness | string {
  const work = process.env.CMI5_WORK || process.env.WORK;
  if (!work) return 'CMI5_WORK (or WORK) is not set';
  const envFile = join(work, 'run/harness.env');
  if (!existsSync(envFile)) return `${envFile} is missing (bring the harness up first)`;
  const env = readEnvFile(envFile);
  const catapultUrl = process.env.CATAPULT_URL || env.CATAPULT_URL;
  const lrs = process.env.LRS || env.LRS;
  if (!catapultUrl || !lrs) return `${envFile} names no CATAPULT_URL or LRS`;
  return { work, catapultUrl, lrs, scripts: join(SHARED_DIR, 'harness/cmi5') };
}

const said = new Set<string>();

/**
 * `describe` for tests that need a real service: runs `body` with the service when it is there;
 * otherwise skips (developer) or fails (CI) with the reason and how to get the service.
 */
export function describeWith<T extends object>(
  title: string,
  find: () => T | string,
  how: string,
  body: (service: T) => void,
): void {
  const found = find();
  if (typeof found !== 'string') {
    describe(title, () => body(found));
    return;
  }
  const reason = `${title}: ${found}. ${how}`;
  if (process.env.CI === 'true') {
    describe(title, () => {
      test('the real service is installed (CI must provide it)', () => {
        throw new Error(reason);
      });
    });
    return;
  }
  if (!said.has(reason)) {
    said.add(reason);
    process.stderr.write(`\nSKIPPED ${reason}\n`);
  }
  describe(title, () => {
    test.skip(`skipped: ${found}`, () => undefined);
  });
}

export const MOODLE_HOW =
  'Run .ci/run, or install it: HARNESS_DIR=/tmp/coursepack-moodle bash ../shared/harness/moodle/install.sh ' +
  'and export MOODLE_HARNESS_DIR=/tmp/coursepack-moodle (see README, "Tests against real LMSs").';
export const CMI5_HOW =
  'Run .ci/run, or bring it up: export CMI5_WORK=$(mktemp -d); WORK=$CMI5_WORK ../shared/harness/cmi5/up.sh ' +
  '(see README, "Tests against real LMSs").';
