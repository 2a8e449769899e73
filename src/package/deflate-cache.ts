/**
 * Compressed entries, remembered by content. One build puts the same files into many zips
 * (the player into every package, each lesson page into its own package and the course
 * package), so each distinct content is deflated once per build, not once per zip.
 *
 * Files that differ only in their ending (a lesson page for each LMS runtime: the same text
 * and quiz, then another player configuration) can say how long their shared beginning is
 * (`OutputFile.sharedPrefix`). The beginning is deflated once and ends on a byte boundary
 * without closing the stream (a sync flush); each ending is deflated on its own with the last
 * 32 KiB of the beginning as its dictionary, so it may refer back into it exactly as one
 * stream would. The two joined are one valid DEFLATE stream, a few bytes longer than the
 * whole file deflated at once, for a fraction of the work. The bytes of an entry depend only
 * on its content and that length, never on which other files the build holds.
 *
 * The build knows most contents (the player, the shared part of each page) long before it
 * zips: `warm` starts deflating them on libuv's threads while the build goes on rendering,
 * and `ready` waits for them. Zipping then finds them done; the bytes are the same either way.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { constants, deflateRaw, deflateRawSync, type ZlibOptions } from 'node:zlib';
import { crc32 } from './crc32';

export interface CompressedEntry {
  /** CRC-32 of the uncompressed bytes. */
  readonly crc: number;
  readonly size: number;
  /** Raw DEFLATE (no zlib header), as a zip stores it. */
  readonly deflated: Uint8Array;
}

/** A shared beginning: deflated up to a byte boundary, its stream left open. */
interface OpenEntry extends CompressedEntry {
  /** The last bytes of the beginning, which its endings may refer back to. */
  readonly window: Uint8Array;
}

/**
 * Level 6, by measurement (`node dist/bench/zip-level.js`, printed by `npm run bench`): over every
 * distinct text of course/'s zips, level 9 is 0.18 % smaller (1.8 KB of 970 KB) for ~1.5× the
 * zlib time (docs/benchmarks.md, issue 18).
 */
export const DEFLATE_LEVEL = 6;
const LEVEL = DEFLATE_LEVEL;
/** DEFLATE refers back at most 32 KiB. */
const WINDOW_BYTES = 32 * 1024;
/** Below this a shared beginning saves too little work to be worth a seam. */
const MIN_SHARED_CHARS = 4 * 1024;

export class DeflateCache {
  // Strings are looked up by themselves: V8 hashes a string once, and the build hands the
  // same string objects (player, pages) to every package, so a hit costs next to nothing.
  private readonly byText = new Map<string, CompressedEntry>();
  /** Texts deflated with a seam, by text then by where the seam is (another seam gives other bytes). */
  private readonly bySeam = new Map<string, Map<number, CompressedEntry>>();
  private readonly byDigest = new Map<string, CompressedEntry>();
  private readonly beginnings = new Map<string, OpenEntry>();
  private readonly pending: Promise<void>[] = [];
  /** What `warm` has started, so that the same content is not deflated twice meanwhile (the four players share one stylesheet). */
  private readonly startedWhole = new Set<string>();
  private readonly startedBeginnings = new Set<string>();
  private runs = 0;

  /** How many distinct contents have been compressed (shared beginnings not counted). */
  get size(): number {
    let seamed = 0;
    for (const cuts of this.bySeam.values()) seamed += cuts.size;
    return this.byText.size + seamed + this.byDigest.size;
  }

  /** How many shared beginnings have been compressed. */
  get sharedBeginnings(): number {
    return this.beginnings.size;
  }

  /** How many times zlib was run (whole files, beginnings and endings): the work the cache did. */
  get deflations(): number {
    return this.runs;
  }

  /** The entry of `content`; for text, `sharedPrefix` is the length of a beginning other contents share (see above). */
  entryFor(content: string | Uint8Array, sharedPrefix = 0): CompressedEntry {
    if (typeof content !== 'string') {
      const digest = createHash('sha256').update(content).digest('hex');
      return remember(this.byDigest, digest, () => this.compress(content));
    }
    const cut = usableCut(content, sharedPrefix);
    if (cut === 0) return remember(this.byText, content, () => this.compress(Buffer.from(content, 'utf8')));
    let cuts = this.bySeam.get(content);
    if (cuts === undefined) {
      cuts = new Map();
      this.bySeam.set(content, cuts);
    }
    return remember(cuts, cut, () => this.compressAfter(content.slice(0, cut), Buffer.from(content.slice(cut), 'utf8')));
  }

  /**
   * Starts deflating, off the main thread, what `entryFor(content, sharedPrefix)` will need: the
   * whole text, or only its shared beginning when it has one (the ending is the file's own).
   */
  warm(content: string, sharedPrefix = 0): void {
    const cut = usableCut(content, sharedPrefix);
    if (cut === 0) {
      if (this.byText.has(content) || this.startedWhole.has(content)) return;
      this.startedWhole.add(content);
      const bytes = Buffer.from(content, 'utf8');
      this.runs += 1;
      this.later(deflateOffThread(bytes, { level: LEVEL }).then((deflated) => {
        this.byText.set(content, { crc: crc32(bytes), size: bytes.byteLength, deflated });
      }));
      return;
    }
    const beginning = content.slice(0, cut);
    if (this.beginnings.has(beginning) || this.startedBeginnings.has(beginning)) return;
    this.startedBeginnings.add(beginning);
    const bytes = Buffer.from(beginning, 'utf8');
    this.runs += 1;
    this.later(deflateOffThread(bytes, OPEN_OPTIONS).then((deflated) => {
      this.beginnings.set(beginning, openEntry(bytes, deflated));
    }));
  }

  /** Settles once everything `warm` started is done; rejects if any of it failed. */
  async ready(): Promise<void> {
    while (this.pending.length > 0) await Promise.all(this.pending.splice(0));
  }

  private later(work: Promise<void>): void {
    // Kept for `ready`; caught here so that a build stopped by another error leaves no unhandled rejection.
    work.catch(() => undefined);
    this.pending.push(work);
  }

  private compress(bytes: Uint8Array): CompressedEntry {
    this.runs += 1;
    return { crc: crc32(bytes), size: bytes.byteLength, deflated: deflateRawSync(bytes, { level: LEVEL }) };
  }

  private compressAfter(beginning: string, ending: Uint8Array): CompressedEntry {
    let open = this.beginnings.get(beginning);
    if (open === undefined) {
      const bytes = Buffer.from(beginning, 'utf8');
      this.runs += 1;
      open = openEntry(bytes, deflateRawSync(bytes, OPEN_OPTIONS));
      this.beginnings.set(beginning, open);
    }
    this.runs += 1;
    const tail = deflateRawSync(ending, { level: LEVEL, dictionary: open.window });
    return {
      crc: crc32(ending, open.crc),
      size: open.size + ending.byteLength,
      deflated: Buffer.concat([open.deflated, tail]),
    };
  }
}

/** Where to cut `text`: 0 (no cut) unless the shared part is long enough and the cut does not split a character. */
function usableCut(text: string, sharedPrefix: number): number {
  if (sharedPrefix < MIN_SHARED_CHARS || sharedPrefix >= text.length) return 0;
  const before = text.charCodeAt(sharedPrefix - 1);
  const splitsSurrogatePair = before >= 0xd800 && before <= 0xdbff;
  return splitsSurrogatePair ? 0 : sharedPrefix;
}

function remember<K>(cache: Map<K, CompressedEntry>, key: K, make: () => CompressedEntry): CompressedEntry {
  let entry = cache.get(key);
  if (entry === undefined) {
    entry = make();
    cache.set(key, entry);
  }
  return entry;
}

/** A sync flush ends the output on a byte boundary without a final block: the stream stays open for the ending. */
const OPEN_OPTIONS: ZlibOptions = { level: LEVEL, finishFlush: constants.Z_SYNC_FLUSH };

const deflateLater = promisify<Buffer, ZlibOptions, Buffer>(deflateRaw);

/**
 * Off the main thread, with one output buffer big enough for all of it: with zlib's default
 * 16 KiB, the main thread would take every 16 KiB of output in turn (deflated text is never
 * larger than the text plus a few bytes per 16 KiB block).
 */
function deflateOffThread(bytes: Buffer, options: ZlibOptions): Promise<Buffer> {
  return deflateLater(bytes, { ...options, chunkSize: Math.max(16 * 1024, bytes.byteLength + 1024) });
}

function openEntry(bytes: Buffer, deflated: Uint8Array): OpenEntry {
  return { crc: crc32(bytes), size: bytes.byteLength, deflated, window: bytes.subarray(Math.max(0, bytes.byteLength - WINDOW_BYTES)) };
}
