/**
 * Writes the packages so that the output folder is never half-built: everything goes into a
 * temporary folder beside it first (package by package as the build makes them, `openStaging`);
 * only when all of it is on disk is each format folder
 * swapped in (old one renamed away, new one renamed in, old one deleted). If anything fails
 * before the swap, the previous output is untouched and the temporary folder is removed.
 *
 * Each format folder, and the output folder, get the build marker (src/package/build-marker.ts)
 * listing what was written, which is what lets the next build replace them (./out-dir.ts).
 * SIGINT, SIGTERM and SIGHUP during the write put things back and remove the temporary folders;
 * what a killed build (SIGKILL, power cut) left is cleaned up by the next build.
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { closeSync, existsSync, openSync, readdirSync, readSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BUILD_MARKER, markerText } from '../package/build-marker';

export interface PackageBytes {
  /** `/`-separated path inside the output folder; its first segment is the format folder. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export async function writeAtomically(outDir: string, packages: readonly PackageBytes[]): Promise<void> {
  const staging = await openStaging(outDir);
  try {
    await writeAll(staging, packages);
    await staging.commit();
  } finally {
    await staging.discard();
  }
}

/**
 * The temporary folder of one build: packages go in one by one as they are made (so a build
 * holds one package at a time, not all of them), and `commit` swaps the format folders in.
 */
export interface Staging {
  /** Writes one package into the temporary folder. */
  put(pkg: PackageBytes): Promise<void>;
  /** Reads back `length` bytes at `offset` of a package written with `put`. */
  read(packagePath: string, offset: number, length: number): Promise<Uint8Array>;
  /** Makes the folders of these package paths first, in order, so that a package in the way of a folder fails as itself. */
  makeFolders(paths: readonly string[]): Promise<void>;
  /** Writes the markers and swaps every format folder written into the output folder. */
  commit(): Promise<void>;
  /** Removes the temporary folders and the signal handlers; after a commit, only tidies up. Always call it. */
  discard(): Promise<void>;
}

/** Clears what killed builds left, then opens the temporary folder beside `outDir` (with the signal handlers that remove it). */
export async function openStaging(outDir: string): Promise<Staging> {
  const staging = `${outDir}.tmp-${process.pid}`;
  const retired = `${outDir}.old-${process.pid}`;
  await removeLeftovers(outDir);
  await rm(staging, { recursive: true, force: true });
  const release = cleanUpOnSignals(outDir, [staging, retired]);
  const written: string[] = [];
  const folders = new Map<string, Promise<unknown>>();
  const targetOf = (packagePath: string): string => path.join(staging, ...packagePath.split('/'));
  const put = async (pkg: PackageBytes): Promise<void> => {
    const target = targetOf(pkg.path);
    const folder = path.dirname(target);
    let made = folders.get(folder);
    if (made === undefined) {
      made = mkdir(folder, { recursive: true });
      folders.set(folder, made);
    }
    await made;
    await writeFile(target, pkg.bytes);
    written.push(pkg.path);
  };
  return {
    put,
    async read(packagePath, offset, length) {
      // Synchronously: the course packages wait for these reads with nothing else to do, and the
      // zips were just written (the page cache holds them). A hand-off to libuv's threads per
      // read cost several times the CPU (issue 18: 2,420 reads of 25 KB, ~130-230 against ~25-50 ms).
      const fd = openSync(targetOf(packagePath), 'r');
      try {
        const bytes = Buffer.alloc(length);
        const bytesRead = readSync(fd, bytes, 0, length, offset);
        if (bytesRead !== length) throw new Error(`${packagePath} is shorter than it was written (${offset + bytesRead} of ${offset + length} bytes)`);
        return bytes;
      } finally {
        closeSync(fd);
      }
    },
    async makeFolders(paths) {
      for (const folder of [...new Set(paths.map((packagePath) => path.dirname(targetOf(packagePath))))].sort()) {
        const made = mkdir(folder, { recursive: true });
        folders.set(folder, made);
        await made;
      }
    },
    async commit() {
      for (const marker of markers(written)) await put(marker);
      await mkdir(outDir, { recursive: true });
      await writeFile(path.join(outDir, BUILD_MARKER), markerText([]));
      for (const folder of formatFolders(written)) {
        await swapIn(path.join(staging, folder), path.join(outDir, folder), path.join(retired, folder));
      }
    },
    async discard() {
      try {
        await rm(staging, { recursive: true, force: true });
        await rm(retired, { recursive: true, force: true });
      } finally {
        release();
      }
    },
  };
}

/** One marker per format folder, naming the files written into it. */
function markers(paths: readonly string[]): PackageBytes[] {
  return formatFolders(paths).map((folder) => {
    const inside = paths.filter((written) => written.startsWith(`${folder}/`)).map((written) => written.slice(folder.length + 1));
    return { path: `${folder}/${BUILD_MARKER}`, bytes: new TextEncoder().encode(markerText(inside)) };
  });
}

/**
 * Folders first, then every file at once: the writes wait on the disk, not on each other. All of them end before
 * this does, so that a failure (no space, say) is reported as itself and the staging folder is
 * not removed while files are still being written into it.
 */
async function writeAll(staging: Staging, packages: readonly PackageBytes[]): Promise<void> {
  await staging.makeFolders(packages.map((pkg) => pkg.path));
  const written = await Promise.allSettled(packages.map((pkg) => staging.put(pkg)));
  const failed = written.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
}

function formatFolders(paths: readonly string[]): string[] {
  return [...new Set(paths.map((written) => written.split('/')[0]))].sort();
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
