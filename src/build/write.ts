/**
 * Writes the packages so that the output folder is never half-built: everything goes into a
 * temporary folder beside it first; only when all of it is on disk is each format folder
 * swapped in (old one renamed away, new one renamed in, old one deleted). If anything fails
 * before the swap, the previous output is untouched and the temporary folder is removed.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface PackageBytes {
  /** `/`-separated path inside the output folder; its first segment is the format folder. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export async function writeAtomically(outDir: string, packages: readonly PackageBytes[]): Promise<void> {
  const staging = `${outDir}.tmp-${process.pid}`;
  const retired = `${outDir}.old-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    await writeAll(staging, packages);
    await mkdir(outDir, { recursive: true });
    for (const folder of formatFolders(packages)) {
      await swapIn(path.join(staging, folder), path.join(outDir, folder), path.join(retired, folder));
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(retired, { recursive: true, force: true });
  }
}

/**
 * Folders first, then every file at once: the writes wait on the disk, not on each other. All
 * of them end before this does, so that a failure (no space, say) is reported as itself and
 * the staging folder is not removed while files are still being written into it.
 */
async function writeAll(root: string, packages: readonly PackageBytes[]): Promise<void> {
  const targets = packages.map((pkg) => path.join(root, ...pkg.path.split('/')));
  for (const folder of [...new Set(targets.map((target) => path.dirname(target)))].sort()) await mkdir(folder, { recursive: true });
  const written = await Promise.allSettled(packages.map((pkg, i) => writeFile(targets[i], pkg.bytes)));
  const failed = written.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
}

function formatFolders(packages: readonly PackageBytes[]): string[] {
  return [...new Set(packages.map((pkg) => pkg.path.split('/')[0]))].sort();
}

/** Replaces `target` with `fresh`; if moving the new folder in fails, the old one is put back. */
async function swapIn(fresh: string, target: string, retiredPlace: string): Promise<void> {
  await mkdir(path.dirname(retiredPlace), { recursive: true });
  const hadOld = await moveIfPresent(target, retiredPlace);
  try {
    await rename(fresh, target);
  } catch (error) {
    if (hadOld) await rename(retiredPlace, target);
    throw error;
  }
}

async function moveIfPresent(from: string, to: string): Promise<boolean> {
  try {
    await rename(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
