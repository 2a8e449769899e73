/**
 * Writes the packages so that the output folder is never half-built: everything goes into a
 * temporary folder beside it first; only when all of it is on disk is each format folder
 * swapped in (old one renamed away, new one renamed in, old one deleted). If anything fails
 * before the swap, the previous output is untouched and the temporary folder is removed.
 *
 * Each format folder, and the output folder, get the build marker (src/package/build-marker.ts)
 * listing what was written, which is what lets the next build replace them (./out-dir.ts).
 * SIGINT, SIGTERM and SIGHUP during the write put things back and remove the temporary folders;
 * what a killed build (SIGKILL, power cut) left is cleaned up by the next build.
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BUILD_MARKER, markerText } from '../package/build-marker';

export interface PackageBytes {
  /** `/`-separated path inside the output folder; its first segment is the format folder. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export async function writeAtomically(outDir: string, packages: readonly PackageBytes[]): Promise<void> {
  const staging = `${outDir}.tmp-${process.pid}`;
  const retired = `${outDir}.old-${process.pid}`;
  await removeLeftovers(outDir);
  await rm(staging, { recursive: true, force: true });
  const release = cleanUpOnSignals(outDir, [staging, retired]);
  try {
    await writeAll(staging, withMarkers(packages));
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, BUILD_MARKER), markerText([]));
    for (const folder of formatFolders(packages)) {
      await swapIn(path.join(staging, folder), path.join(outDir, folder), path.join(retired, folder));
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(retired, { recursive: true, force: true });
    release();
  }
}

/** The packages plus one marker per format folder, naming the files written into it. */
function withMarkers(packages: readonly PackageBytes[]): PackageBytes[] {
  const markers = formatFolders(packages).map((folder) => {
    const inside = packages.filter((pkg) => pkg.path.startsWith(`${folder}/`)).map((pkg) => pkg.path.slice(folder.length + 1));
    return { path: `${folder}/${BUILD_MARKER}`, bytes: new TextEncoder().encode(markerText(inside)) };
  });
  return [...packages, ...markers];
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

const LEFTOVER = /^(.*)\.(tmp|old)-(\d+)$/;

/**
 * Temporary folders of builds of this output folder whose process is gone. A retired format
 * folder whose place is empty (the build died between the two renames) is put back first.
 */
export async function removeLeftovers(outDir: string): Promise<void> {
  const parent = path.dirname(outDir);
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return;
  }
  for (const name of names.sort()) {
    const match = LEFTOVER.exec(name);
    if (!match || match[1] !== path.basename(outDir) || isRunning(Number(match[3]))) continue;
    const leftover = path.join(parent, name);
    if (!(await stat(leftover).then((s) => s.isDirectory(), () => false))) continue;
    if (match[2] === 'old') await restoreRetired(leftover, outDir);
    await rm(leftover, { recursive: true, force: true });
  }
}

async function restoreRetired(retired: string, outDir: string): Promise<void> {
  for (const folder of await readdir(retired)) {
    const target = path.join(outDir, folder);
    if (!existsSync(target)) {
      await mkdir(outDir, { recursive: true });
      await rename(path.join(retired, folder), target);
    }
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * While the write runs, a signal puts any retired format folder back and removes the temporary
 * folders (synchronously: the process ends right after), then ends the process by the same
 * signal. Returns the function that removes the handlers again.
 */
export function cleanUpOnSignals(outDir: string, temporary: readonly [staging: string, retired: string]): () => void {
  const [staging, retired] = temporary;
  const handler = (signal: NodeJS.Signals): void => {
    release();
    try {
      if (existsSync(retired)) {
        for (const folder of readdirSync(retired)) {
          const target = path.join(outDir, folder);
          if (!existsSync(target)) renameSync(path.join(retired, folder), target);
        }
      }
      rmSync(staging, { recursive: true, force: true });
      rmSync(retired, { recursive: true, force: true });
    } finally {
      process.kill(process.pid, signal);
    }
  };
  const release = (): void => {
    for (const signal of SIGNALS) process.removeListener(signal, handler);
  };
  for (const signal of SIGNALS) process.on(signal, handler);
  return release;
}
