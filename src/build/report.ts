/** What a build tells its caller (the CLI prints it; the benchmark reads it). */
import type { Diagnostic } from '../diagnostics/diagnostic';

export type StageName = 'load' | 'render' | 'bundle' | 'package' | 'zip' | 'write';

export interface StageTiming {
  readonly stage: StageName;
  /** Wall time in milliseconds. `bundle` runs while `render` does, so the two overlap. */
  readonly ms: number;
}

export interface PackageReport {
  /** Id of the format that produced it, e.g. `scorm12`. */
  readonly format: string;
  /** Path inside the output folder, e.g. `scorm12/lessons/s1-1.zip`. */
  readonly path: string;
  /** Size of the zip. */
  readonly bytes: number;
  /** Number of files in the zip. */
  readonly files: number;
}

export interface BuildReport {
  readonly courseId: string;
  /** Absolute path of the output folder. */
  readonly outDir: string;
  readonly formats: readonly string[];
  readonly packages: readonly PackageReport[];
  readonly timings: readonly StageTiming[];
  /** Wall time of the whole build in milliseconds. */
  readonly totalMs: number;
  /** Warnings found while loading (errors stop the build instead). */
  readonly warnings: readonly Diagnostic[];
}
