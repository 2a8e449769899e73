/**
 * Prints diagnostics for people: `path:line:col  severity  code  message`, a code frame and
 * a hint for each, then a summary line such as `2 errors, 1 warning`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, Place, Severity } from './diagnostic';
import { codeFrame, type FrameStyle } from './code-frame';

export interface FormatOptions {
  /** Paths are shown relative to this directory. */
  readonly cwd: string;
  /** ANSI colours (off by default: output that goes to files and tests stays plain). */
  readonly color?: boolean;
  /** Returns the text of a file (given as an absolute path) for its code frame; by default read from disk. */
  readonly readSource?: (file: string) => string | undefined;
}

const ANSI = {
  red: (t: string) => `\u001b[31m${t}\u001b[39m`,
  yellow: (t: string) => `\u001b[33m${t}\u001b[39m`,
  cyan: (t: string) => `\u001b[36m${t}\u001b[39m`,
  dim: (t: string) => `\u001b[2m${t}\u001b[22m`,
  bold: (t: string) => `\u001b[1m${t}\u001b[22m`,
};

interface Palette {
  readonly severity: (severity: Severity, text: string) => string;
  readonly path: (text: string) => string;
  readonly frame: FrameStyle;
}

function palette(color: boolean): Palette {
  if (!color) {
    const same = (t: string) => t;
    return { severity: (_s, t) => t, path: same, frame: { mark: same, dim: same } };
  }
  const paint = (s: Severity) => (s === 'error' ? ANSI.red : ANSI.yellow);
  return {
    severity: (s, t) => paint(s)(t),
    path: ANSI.cyan,
    frame: { mark: (t) => ANSI.bold(ANSI.red(t)), dim: ANSI.dim },
  };
}

export function formatDiagnostics(
  diagnostics: readonly Diagnostic[],
  options: FormatOptions,
): string {
  const colors = palette(options.color ?? false);
  const readSource = cachedReader(options.readSource ?? readFromDisk);
  const blocks = diagnostics.map((d) => formatOne(d, options.cwd, colors, readSource));
  return [...blocks, summaryLine(diagnostics)].join('\n\n');
}

function formatOne(
  d: Diagnostic,
  cwd: string,
  colors: Palette,
  readSource: (file: string) => string | undefined,
): string {
  const where = d.place ? `${colors.path(placeLabel(d.place, cwd))}  ` : '';
  const lines = [`${where}${colors.severity(d.severity, d.severity)}  ${d.code}  ${d.message}`];
  const frame = d.place ? frameFor(d.place, cwd, readSource, colors.frame) : undefined;
  if (frame) lines.push(indent(frame));
  if (d.hint) lines.push(`  hint: ${d.hint}`);
  return lines.join('\n');
}

function placeLabel(place: Place, cwd: string): string {
  return `${displayPath(place.file, cwd)}:${place.line}:${place.column}`;
}

/** Relative to cwd with `/` separators, so that the output is the same on every system. */
export function displayPath(file: string, cwd: string): string {
  if (!path.isAbsolute(file)) return file.split(path.sep).join('/');
  const relative = path.relative(cwd, file);
  return (relative === '' ? '.' : relative).split(path.sep).join('/');
}

function frameFor(
  place: Place,
  cwd: string,
  readSource: (file: string) => string | undefined,
  style: FrameStyle,
): string | undefined {
  const source = readSource(path.resolve(cwd, place.file));
  // A binary file would fill the terminal with garbage: show no frame rather than a wrong one.
  if (source === undefined || source.includes('\u0000')) return undefined;
  return codeFrame(source, place.line, place.column, style);
}

function indent(block: string): string {
  return block
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

export function summaryLine(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (errors === 0 && warnings === 0) return 'no problems';
  const parts: string[] = [];
  if (errors > 0) parts.push(plural(errors, 'error'));
  if (warnings > 0) parts.push(plural(warnings, 'warning'));
  return parts.join(', ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function readFromDisk(file: string): string | undefined {
  try {
    // A symbolic link may lead anywhere (a bank linked to /etc/passwd): never print what is behind one.
    if (fs.lstatSync(file).isSymbolicLink()) return undefined;
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function cachedReader(
  read: (file: string) => string | undefined,
): (file: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (file) => {
    if (!cache.has(file)) cache.set(file, read(file));
    return cache.get(file);
  };
}
