/**
 * The three record kinds of a zip file (PKWARE APPNOTE 4.3): a local header before each
 * entry's data, a central directory header per entry, and the end of central directory.
 * Only what coursepack needs: DEFLATE, no zip64, no extra fields, no comments.
 */
import type { CompressedEntry } from './deflate-cache';

/** 2000-01-01 00:00:00 as DOS date and time: (year - 1980) << 9 | month << 5 | day; time 0. */
export const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
export const DOS_TIME = 0;

/** 2.0: the version that introduced DEFLATE, all a reader needs for these entries. */
const VERSION_NEEDED = 20;
/** High byte 3 = UNIX, so readers take the permissions from the external attributes. */
const VERSION_MADE_BY = (3 << 8) | VERSION_NEEDED;
const METHOD_DEFLATE = 8;
/** General purpose bit 11: the name is UTF-8. Set only when it matters, as other zippers do. */
const FLAG_UTF8_NAME = 1 << 11;
/** Regular file, rw-r--r--: the same on every machine, whatever the umask of the one that built it. */
const EXTERNAL_ATTRIBUTES = (0o100644 << 16) >>> 0;

export const LOCAL_HEADER_SIZE = 30;
export const CENTRAL_HEADER_SIZE = 46;
export const END_RECORD_SIZE = 22;

export interface PlacedEntry {
  readonly name: Buffer;
  readonly entry: CompressedEntry;
  /** Offset of the entry's local header from the start of the zip. */
  readonly offset: number;
}

function flagsFor(name: Buffer): number {
  return name.some((byte) => byte >= 0x80) ? FLAG_UTF8_NAME : 0;
}

export function localHeader(name: Buffer, entry: CompressedEntry): Buffer {
  const header = Buffer.alloc(LOCAL_HEADER_SIZE);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(VERSION_NEEDED, 4);
  header.writeUInt16LE(flagsFor(name), 6);
  header.writeUInt16LE(METHOD_DEFLATE, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(entry.deflated.byteLength, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(name.byteLength, 26);
  header.writeUInt16LE(0, 28); // no extra field
  return header;
}

export function centralHeader({ name, entry, offset }: PlacedEntry): Buffer {
  const header = Buffer.alloc(CENTRAL_HEADER_SIZE);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(VERSION_MADE_BY, 4);
  header.writeUInt16LE(VERSION_NEEDED, 6);
  header.writeUInt16LE(flagsFor(name), 8);
  header.writeUInt16LE(METHOD_DEFLATE, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.deflated.byteLength, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(name.byteLength, 28);
  // 30 extra length, 32 comment length, 34 disk number, 36 internal attributes: all zero.
  header.writeUInt32LE(EXTERNAL_ATTRIBUTES, 38);
  header.writeUInt32LE(offset, 42);
  return header;
}

export function endRecord(entries: number, directorySize: number, directoryOffset: number): Buffer {
  const record = Buffer.alloc(END_RECORD_SIZE);
  record.writeUInt32LE(0x06054b50, 0);
  // 4 this disk, 6 disk with the directory: zero.
  record.writeUInt16LE(entries, 8);
  record.writeUInt16LE(entries, 10);
  record.writeUInt32LE(directorySize, 12);
  record.writeUInt32LE(directoryOffset, 16);
  // 20 comment length: zero.
  return record;
}
