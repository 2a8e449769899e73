/**
 * `buildCourse`: load the course, build every package in memory, then write them all at once.
 * Content problems stop the build with a UserError carrying every diagnostic.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { hasErrors } from '../diagnostics/diagnostic';
import { UserError } from '../diagnostics/errors';
import { selectFormats, formatIds } from '../formats/index';
import { buildInMemory } from './pipeline';
import type { BuildReport } from './report';
import { defaultSteps, type BuildSteps } from './steps';
import { StageTimer } from './timer';
import { writeAtomically } from './write';

export type { BuildReport, PackageReport, StageTiming, StageName } from './report';
export { buildInMemory, type BuiltPackage } from './pipeline';

export interface BuildOptions {
  readonly courseDir: string;
  readonly outDir: string;
  /** Format ids to build; all registered formats when absent or empty. */
  readonly formats?: readonly string[];
}

export async function buildCourse(options: BuildOptions, steps: BuildSteps = defaultSteps): Promise<BuildReport> {
  const { formats, unknown } = selectFormats(options.formats);
  if (unknown.length > 0) throw unknownFormatError(unknown);
  const started = performance.now();
  const timer = new StageTimer();
  const { course, diagnostics } = await timer.time('load', () => steps.loadCourse(options.courseDir));
  if (course === null || hasErrors(diagnostics)) {
    throw new UserError(diagnostics, `the course in ${options.courseDir} has errors`);
  }
  const built = await buildInMemory(course, formats, steps, timer);
  const outDir = path.resolve(options.outDir);
  await timer.time('write', () => writeAtomically(outDir, built).catch((error: unknown) => {
    throw isSystemError(error) ? cannotWriteError(outDir, error) : error;
  }));
  return {
    courseId: course.id,
    outDir,
    formats: formats.map((format) => format.id),
    packages: built.map(({ format, path: packagePath, bytes, files }) => ({ format, path: packagePath, bytes: bytes.byteLength, files })),
    timings: timer.timings(),
    totalMs: Math.round(performance.now() - started),
    warnings: diagnostics.filter((d) => d.severity === 'warning'),
  };
}

function unknownFormatError(unknown: readonly string[]): UserError {
  return new UserError(
    unknown.map((id) => ({
      code: 'build/unknown-format',
      severity: 'error' as const,
      message: `There is no output format called "${id}".`,
      hint: `Known formats: ${formatIds().join(', ')}.`,
    })),
  );
}

/** The disk said no (no permission, no space, a file in the way): the user can fix that, it is not a bug. */
function cannotWriteError(outDir: string, error: NodeJS.ErrnoException): UserError {
  return new UserError([{
    code: 'build/cannot-write',
    severity: 'error',
    message: `The packages cannot be written to ${outDir} (${error.code}: ${error.message}).`,
    hint: 'Check that the output folder can be written and the disk has space, or choose another folder with --out. The previous build was left as it was.',
  }]);
}

/** Duck-typed: errors from Node's fs may come from another realm (e.g. under jest), where instanceof fails. */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  if (typeof error !== 'object' || error === null) return false;
  const { code, syscall } = error as NodeJS.ErrnoException;
  return typeof code === 'string' && typeof syscall === 'string';
}
