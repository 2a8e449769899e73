/** Reads a .mbz (gzip + ustar) back into its entries, checking each header's checksum as tar does. */
import { gunzipSync } from 'node:zlib';

export interface Entry {
  readonly path: string;
  readonly folder: boolean;
  readonly mtime: number;
  readonly mode: number;
  readonly content: Buffer;
}

export function readMbz(bytes: Uint8Array): Entry[] {
  const tar = gunzipSync(bytes);
  const entries: Entry[] = [];
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start: number, length: number) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
    const stored = parseInt(field(148, 8).trim(), 8);
    let sum = 0;
    for (let i = 0; i < 512; i += 1) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
    if (sum !== stored) throw new Error(`bad checksum at ${offset}`);
    if (field(257, 6) !== 'ustar') throw new Error(`not ustar at ${offset}`);
    const prefix = field(345, 155);
    const name = field(0, 100);
    const size = parseInt(field(124, 12), 8);
    const folder = field(156, 1) === '5';
    entries.push({ path: prefix ? `${prefix}/${name}` : name, folder, mtime: parseInt(field(136, 12), 8), mode: parseInt(field(100, 8), 8), content: tar.subarray(offset + 512, offset + 512 + size) });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}

export function fileText(entries: readonly Entry[], path: string): string {
  const entry = entries.find((candidate) => candidate.path === path);
  if (!entry) throw new Error(`no ${path} in the backup`);
  return entry.content.toString('utf8');
}
