/**
 * Compressed entries, remembered by content. One build puts the same files into many zips
 * (the player into every package, each lesson page into its own package and the course
 * package), so each distinct content is deflated once per build, not once per zip.
 */
import { createHash } from 'node:crypto';
import { constants, deflateRawSync } from 'node:zlib';
import { crc32 } from './crc32';

export interface CompressedEntry {
  /** CRC-32 of the uncompressed bytes. */
  readonly crc: number;
  readonly size: number;
  /** Raw DEFLATE (no zlib header), as a zip stores it. */
  readonly deflated: Uint8Array;
}

/** Best compression: the bytes go to learners over school networks; the C zlib makes it cheap. */
const DEFLATE_OPTIONS = { level: constants.Z_BEST_COMPRESSION };

export class DeflateCache {
  // Strings are looked up by themselves: V8 hashes a string once, and the build hands the
  // same string objects (player, pages) to every package, so a hit costs next to nothing.
  private readonly byText = new Map<string, CompressedEntry>();
  private readonly byDigest = new Map<string, CompressedEntry>();

  /** How many distinct contents have been compressed. */
  get size(): number {
    return this.byText.size + this.byDigest.size;
  }

  entryFor(content: string | Uint8Array): CompressedEntry {
    if (typeof content === 'string') return remember(this.byText, content, () => Buffer.from(content, 'utf8'));
    const digest = createHash('sha256').update(content).digest('hex');
    return remember(this.byDigest, digest, () => content);
  }
}

function remember(cache: Map<string, CompressedEntry>, key: string, bytesOf: () => Uint8Array): CompressedEntry {
  let entry = cache.get(key);
  if (entry === undefined) {
    entry = compress(bytesOf());
    cache.set(key, entry);
  }
  return entry;
}

function compress(bytes: Uint8Array): CompressedEntry {
  return { crc: crc32(bytes), size: bytes.byteLength, deflated: deflateRawSync(bytes, DEFLATE_OPTIONS) };
}
