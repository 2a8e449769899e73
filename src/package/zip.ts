/**
 * The one place that writes zips. Two builds of the same files give the same bytes:
 * entries sorted by path, one fixed timestamp, fixed permissions, no folder entries
 * (LMSs, Moodle included, create folders from the file paths), DEFLATE at level 9.
 */
import JSZip from 'jszip';
import { InternalError } from '../diagnostics/errors';
import type { OutputFile } from '../model/files';

/**
 * 2000-01-01 00:00:00. jszip 3.10 writes the DOS date and time from the UTC fields of this
 * Date, so building it with Date.UTC makes the stored fields the same in every time zone
 * (a test runs the zip under two TZ values to hold this).
 */
export const ZIP_TIMESTAMP = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

/** rw-r--r--: the same on every machine, whatever the umask of the one that built it. */
const FILE_PERMISSIONS = 0o100644;

export async function zipFiles(files: readonly OutputFile[]): Promise<Uint8Array> {
  assertUsablePaths(files);
  const zip = new JSZip();
  for (const file of [...files].sort((a, b) => comparePaths(a.path, b.path))) {
    zip.file(file.path, file.content, {
      date: ZIP_TIMESTAMP,
      unixPermissions: FILE_PERMISSIONS,
      createFolders: false,
      binary: typeof file.content !== 'string',
    });
  }
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'UNIX',
    streamFiles: false,
  });
}

/** Byte order of the UTF-8 paths, so the order never depends on the locale. */
function comparePaths(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function assertUsablePaths(files: readonly OutputFile[]): void {
  const seen = new Set<string>();
  for (const { path } of files) {
    const unsafe = path === '' || path.startsWith('/') || path.includes('\\') || path.split('/').some((part) => part === '' || part === '.' || part === '..');
    if (unsafe) throw new InternalError(`zip entry path "${path}" is not a plain relative path`);
    if (seen.has(path)) throw new InternalError(`zip entry "${path}" is given twice`);
    seen.add(path);
  }
}
