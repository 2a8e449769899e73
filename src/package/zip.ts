/**
 * The one place that writes zips. Two builds of the same files give the same bytes:
 * entries sorted by path, one fixed timestamp (2000-01-01 00:00, written as numbers, so no
 * time zone can shift it), fixed permissions, no folder entries (LMSs, Moodle included,
 * create folders from the file paths), DEFLATE at level 5 (chosen by measurement: src/package/deflate-cache.ts) by the C zlib in Node.
 *
 * Pass one DeflateCache to every zip of a build so that a file shared by several packages
 * is compressed once (docs/decisions.md: why our own writer rather than jszip).
 */
import { InternalError } from '../diagnostics/errors';
import type { PackageFile } from '../model/files';
import { DeflateCache } from './deflate-cache';
import { centralHeader, CENTRAL_HEADER_SIZE, endRecord, END_RECORD_SIZE, localHeader, LOCAL_HEADER_SIZE, type PlacedEntry } from './zip-records';

export { DeflateCache } from './deflate-cache';

/** Without zip64 a zip holds at most 65 535 entries and 4 GiB; a course is far below both. */
const MAX_ENTRIES = 0xffff;
const MAX_OFFSET = 0xffffffff;

export async function zipFiles(files: readonly PackageFile[], cache: DeflateCache = new DeflateCache()): Promise<Uint8Array> {
  return (await zipIndexed(files, cache)).bytes;
}

/** Where a file's deflated data lies in a zip: what is needed to copy it into another zip. */
export interface StoredEntry {
  readonly crc: number;
  readonly size: number;
  /** Byte offset of the deflated data in the zip. */
  readonly offset: number;
  /** Length of the deflated data. */
  readonly length: number;
}

/** The zip, and where each file's deflated data lies in it, by path. */
export async function zipIndexed(files: readonly PackageFile[], cache: DeflateCache = new DeflateCache()): Promise<{ bytes: Uint8Array; stored: ReadonlyMap<string, StoredEntry> }> {
  assertUsablePaths(files);
  if (files.length > MAX_ENTRIES) throw tooLarge(`${files.length} files`);
  // What the build started deflating on other threads (DeflateCache.warm) is waited for, not done twice.
  await cache.readyFor(files);
  const parts: Uint8Array[] = [];
  const placed: PlacedEntry[] = [];
  const stored = new Map<string, StoredEntry>();
  let offset = 0;
  for (const { name, file } of namedInByteOrder(files)) {
    const entry = cache.entryOf(file);
    placed.push({ name, entry, offset });
    parts.push(localHeader(name, entry), name, entry.deflated);
    const data = offset + LOCAL_HEADER_SIZE + name.byteLength;
    stored.set(file.path, { crc: entry.crc, size: entry.size, offset: data, length: entry.deflated.byteLength });
    offset = data + entry.deflated.byteLength;
  }
  const directoryOffset = offset;
  for (const item of placed) {
    parts.push(centralHeader(item), item.name);
    offset += CENTRAL_HEADER_SIZE + item.name.byteLength;
  }
  if (offset > MAX_OFFSET) throw tooLarge(`${offset} bytes`);
  parts.push(endRecord(placed.length, offset - directoryOffset, directoryOffset));
  return { bytes: Buffer.concat(parts, offset + END_RECORD_SIZE), stored };
}

interface NamedContent {
  readonly name: Buffer;
  readonly file: PackageFile;
}

/** Sorted by the bytes of the UTF-8 paths, so the order never depends on the locale. */
function namedInByteOrder(files: readonly PackageFile[]): NamedContent[] {
  return files
    .map((file) => ({ name: Buffer.from(file.path, 'utf8'), file }))
    .sort((a, b) => Buffer.compare(a.name, b.name));
}

function tooLarge(what: string): InternalError {
  return new InternalError(`a zip of ${what} needs zip64, which coursepack does not write`);
}

function assertUsablePaths(files: readonly PackageFile[]): void {
  const seen = new Set<string>();
  for (const { path } of files) {
    const unsafe = path === '' || path.startsWith('/') || path.includes('\\') || path.split('/').some((part) => part === '' || part === '.' || part === '..');
    if (unsafe) throw new InternalError(`zip entry path "${path}" is not a plain relative path`);
    if (seen.has(path)) throw new InternalError(`zip entry "${path}" is given twice`);
    seen.add(path);
  }
}
