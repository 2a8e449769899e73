/**
 * A gzip-compressed ustar archive (what Moodle's course backups, .mbz, are), written so that the
 * same files give the same bytes: the entries in the order given (the caller sorts them), one
 * fixed timestamp, fixed owner and permissions, and a gzip header without time or file name.
 * Folders get entries of their own before their files, as Moodle's own backups have them.
 */
import { gzipSync } from 'node:zlib';
import { InternalError } from '../diagnostics/errors';
import type { OutputFile } from '../model/files';

const BLOCK = 512;
/** 2000-01-01 00:00 UTC, the time the zips carry too (src/package/zip.ts). */
export const FIXED_MTIME = 946684800;
/** ustar's name field; longer paths are split into prefix and name. */
const NAME_LENGTH = 100;
const PREFIX_LENGTH = 155;
/** The "unknown" operating system byte of RFC 1952, so no platform shows in the file. */
const GZIP_OS_UNKNOWN = 255;

export interface TarEntry {
  /** `/`-separated; a folder ends with `/`. */
  readonly path: string;
  readonly content?: string | Uint8Array;
}

/** The archive of `entries` (folders and files, in this order), gzip-compressed. */
export function tarGzip(entries: readonly TarEntry[], level = 6): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const entry of entries) {
    const folder = entry.path.endsWith('/');
    const data = folder ? new Uint8Array(0) : toBytes(entry.content ?? '');
    parts.push(header(entry.path, data.byteLength, folder));
    if (data.byteLength > 0) {
      parts.push(data);
      const padding = (BLOCK - (data.byteLength % BLOCK)) % BLOCK;
      if (padding > 0) parts.push(new Uint8Array(padding));
    }
  }
  parts.push(new Uint8Array(BLOCK * 2));
  const gz = gzipSync(Buffer.concat(parts), { level });
  gz[9] = GZIP_OS_UNKNOWN;
  return gz;
}

/** Every folder the files lie in, each once, before the first file inside it. */
export function withFolders(files: readonly OutputFile[]): TarEntry[] {
  const seen = new Set<string>();
  const entries: TarEntry[] = [];
  for (const file of files) {
    const parts = file.path.split('/');
    for (let depth = 1; depth < parts.length; depth += 1) {
      const folder = `${parts.slice(0, depth).join('/')}/`;
      if (!seen.has(folder)) {
        seen.add(folder);
        entries.push({ path: folder });
      }
    }
    entries.push({ path: file.path, content: file.content });
  }
  return entries;
}

function toBytes(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

function header(path: string, size: number, folder: boolean): Uint8Array {
  const block = Buffer.alloc(BLOCK);
  const { prefix, name } = splitPath(path);
  block.write(name, 0, NAME_LENGTH, 'utf8');
  writeOctal(block, 100, 8, folder ? 0o755 : 0o644);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeOctal(block, 124, 12, size);
  writeOctal(block, 136, 12, FIXED_MTIME);
  block.fill(0x20, 148, 156);
  block.write(folder ? '5' : '0', 156, 1, 'ascii');
  block.write('ustar\u000000', 257, 8, 'ascii');
  block.write(prefix, 345, PREFIX_LENGTH, 'utf8');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8, 'ascii');
  return block;
}

function splitPath(path: string): { prefix: string; name: string } {
  if (Buffer.byteLength(path) <= NAME_LENGTH) return { prefix: '', name: path };
  const cut = path.lastIndexOf('/', path.length - 2);
  const prefix = path.slice(0, cut);
  const name = path.slice(cut + 1);
  if (cut < 0 || Buffer.byteLength(prefix) > PREFIX_LENGTH || Buffer.byteLength(name) > NAME_LENGTH) {
    throw new InternalError(`the path ${path} is too long for a ustar archive`);
  }
  return { prefix, name };
}

function writeOctal(block: Buffer, offset: number, length: number, value: number): void {
  block.write(`${value.toString(8).padStart(length - 1, '0')}\u0000`, offset, length, 'ascii');
}
