/**
 * Which output folder a build may write to. A build replaces its format folders as a whole, so
 * it refuses any folder where that could delete something it did not write: the filesystem
 * root, the course's sources and banks (or a folder holding them), a file, a non-empty folder
 * without the build marker, and a format folder holding files the last build did not write.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { diagnostic } from '../diagnostics/codes';
import { UserError } from '../diagnostics/errors';
import { BUILD_MARKER, readMarker } from '../package/build-marker';

export interface OutDirContext {
  readonly courseDir: string;
  readonly quizzesDir: string;
  /** The format folders the build will replace (their ids). */
  readonly formatFolders: readonly string[];
}

/** Folders other coursepack commands write into the default output folder (export, report). */
const SIBLING_OUTPUTS = new Set(['export', 'report']);
/** Enough foreign files named to find them; the rest are counted. */
const NAMED = 5;

export async function checkOutDir(outDir: string, context: OutDirContext): Promise<void> {
  const out = await real(path.resolve(outDir));
  if (out === path.parse(out).root) throw refused(`--out ${outDir} is the root of the filesystem`);
  for (const [what, dir] of [['course folder', context.courseDir], ['question banks folder', context.quizzesDir]] as const) {
    const guarded = await real(path.resolve(dir));
    if (out === guarded) throw refused(`--out ${outDir} is the ${what}`);
    if (isInside(guarded, out)) throw refused(`--out ${outDir} holds the ${what} ${dir}`);
    if (what === 'course folder' && isInside(out, guarded)) throw refused(`--out ${outDir} is inside the course folder ${dir}`);
  }
  const entries = await listing(outDir);
  if (entries === 'file') throw refused(`--out ${outDir} is a file, not a folder`);
  if (entries === null || entries.length === 0) return;
  const marker = await readMarker(outDir);
  if (marker === null && !entries.every((name) => SIBLING_OUTPUTS.has(name))) {
    const shown = entries.slice(0, NAMED).join(', ') + (entries.length > NAMED ? `, … (${entries.length} entries)` : '');
    throw notOurs(`${outDir} is not empty (${shown}) and was not written by coursepack build (it has no ${BUILD_MARKER} file)`);
  }
  for (const folder of context.formatFolders) await checkFormatFolder(path.join(outDir, folder));
}

/** A format folder is replaced whole: everything in it must be what the last build wrote there. */
async function checkFormatFolder(dir: string): Promise<void> {
  const present = await filesUnder(dir);
  if (present === null) return;
  const marker = await readMarker(dir);
  const written = new Set(marker?.files ?? []);
  const foreign = present.filter((file) => file !== BUILD_MARKER && !written.has(file));
  if (foreign.length === 0) return;
  const shown = foreign.slice(0, NAMED).map((file) => path.join(dir, ...file.split('/'))).join(', ');
  const more = foreign.length > NAMED ? ` and ${foreign.length - NAMED} more` : '';
  throw notOurs(`the build would replace ${dir}, which holds files it did not write: ${shown}${more}`);
}

function refused(message: string): UserError {
  return new UserError([diagnostic('build/unsafe-out', `${message}; the build replaces whole folders there, so nothing was written`)]);
}

function notOurs(message: string): UserError {
  return new UserError([diagnostic('build/out-not-ours', `${message}; nothing was written`)]);
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The real path, following links, of the longest part of `file` that exists. */
async function real(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    const parent = path.dirname(file);
    return parent === file ? file : path.join(await real(parent), path.basename(file));
  }
}

/** Names in the folder; null when it does not exist, 'file' when it is not a folder. */
async function listing(dir: string): Promise<string[] | 'file' | null> {
  try {
    const stat = await fs.stat(dir);
    if (!stat.isDirectory()) return 'file';
    return (await fs.readdir(dir)).sort();
  } catch {
    return null;
  }
}

/** Every file under `dir` (relative, `/`-separated), or null when there is no such folder. */
async function filesUnder(dir: string): Promise<string[] | null> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return null;
  }
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
