import path from 'node:path';
import type { Command } from 'commander';
import type { BuildReport } from '../../build/index';
import { FORMAT_IDS } from '../../formats/ids';
import { formatDiagnostics } from '../../diagnostics/format';
import type { CliIo } from '../io';
import { QUIZZES_OPTION_HELP } from './quiz-options';
import { plural } from '../plural';

interface BuildFlags {
  readonly course: string;
  readonly out: string;
  readonly format?: string[];
  readonly quizzes?: string;
  readonly quiet?: boolean;
}

export function registerBuild(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('build')
    .description('Build the LMS packages of a course into the output folder (replaced only when every package succeeds, and only what an earlier build wrote).')
    .option('-c, --course <dir>', 'course folder', 'course')
    .option('-o, --out <dir>', 'output folder', 'build')
    .option('-f, --format <id...>', `formats to build (${FORMAT_IDS.join(', ')}); default: all`)
    .option('--quizzes <dir>', QUIZZES_OPTION_HELP)
    .option('-q, --quiet', 'print nothing unless something is wrong')
    .addHelpText('after', '\nExamples:\n  coursepack build\n  coursepack build --course my-course --out dist-lms --format scorm12\n\nThe output folder must be new, empty, or one an earlier build wrote (it leaves a .coursepack-build\nfile in it); a build never replaces a folder holding files it did not write, the course folder or /.')
    .action(async (flags: BuildFlags) => {
      // Loaded only when the command runs (one bundled file when fresh): --help and the other commands never load the build.
      const { buildCourse } = await (await import('../load-build')).loadBuild();
      const report = await buildCourse({
        courseDir: path.resolve(io.cwd, flags.course),
        outDir: path.resolve(io.cwd, flags.out),
        formats: flags.format,
        ...(flags.quizzes === undefined ? {} : { quizzesDir: path.resolve(io.cwd, flags.quizzes) }),
      });
      if (report.warnings.length > 0) io.stderr(`${formatDiagnostics(report.warnings, { cwd: io.cwd, color: io.color })}\n`);
      if (!flags.quiet) io.stdout(summary(report, io.cwd));
      setExit(0);
    });
}

/** One line per package with its size, then the total and the time taken. */
export function summary(report: BuildReport, cwd: string): string {
  const relative = path.relative(cwd, report.outDir);
  const out = relative.startsWith('..') || path.isAbsolute(relative) ? report.outDir : relative || '.';
  const rows = report.packages.map((p) => [`${out}/${p.path}`, kilobytes(p.bytes)] as const);
  const width = Math.max(7, ...rows.map(([name]) => name.length));
  const lines = rows.map(([name, size]) => `  ${name.padEnd(width)}  ${size.padStart(10)}`);
  const total = kilobytes(report.packages.reduce((sum, p) => sum + p.bytes, 0));
  return [
    `Built ${plural(report.packages.length, 'package')} of course ${report.courseId}:`,
    ...lines,
    `  ${'total'.padEnd(width)}  ${total.padStart(10)}`,
    `in ${report.totalMs} ms`,
    ...moodleGrading(report.packages.map((p) => p.path)),
    '',
  ].join('\n');
}

/**
 * Moodle grades a SCORM activity by its best SCO by default ("Highest grade"), so a course zip
 * would show 100 after one passed lesson: say which setting fits (README, "In Moodle").
 */
export function moodleGrading(paths: readonly string[]): string[] {
  const courseZip = paths.find((p) => /^scorm(12|2004)\/[^/]+\.zip$/.test(p));
  if (courseZip === undefined) return [];
  const folder = courseZip.slice(0, courseZip.indexOf('/'));
  const lessons = paths.filter((p) => p.startsWith(`${folder}/lessons/`)).length;
  return [
    `In Moodle, a course zip such as ${courseZip} is graded by its best lesson (100 after one passed lesson) unless you set`,
    `"Grading method: Learning objects" and "Maximum grade: ${lessons}" (a point per lesson done); lesson zips give a grade per lesson.`,
  ];
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
