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
import { InternalError } from '../diagnostics/errors';
import { isPacked, type PackageFile } from '../model/files';
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
  /** Its length in characters (UTF-16 units), where the endings start. */
  readonly chars: number;
}

/**
 * Level 5, by measurement (`node dist/bench/zip-level.js`, printed by `npm run bench`): over every
 * distinct text of course/'s zips, level 6 is 1.9 % smaller for ~1.4× the zlib time, and zlib was
 * a third of the CPU of a 605-lesson build (CPU −10 %, zips +1.2 % there); level 4 is 5 % bigger
 * again (docs/benchmarks.md, docs/decisions.md, issue 18).
 */
export const DEFLATE_LEVEL = 5;
const LEVEL = DEFLATE_LEVEL;
/** DEFLATE refers back at most 32 KiB. */
const WINDOW_BYTES = 32 * 1024;
/** Below this a shared beginning saves too little work to be worth a seam. */
const MIN_SHARED_CHARS = 4 * 1024;

export class DeflateCache {
  // Short texts (the player, manifests) are looked up by themselves: V8 hashes a string once,
  // and the build hands the same string objects to every package. Long texts that the build
  // can name by an object (a lesson's page, its shared beginning) are looked up by that object
  // (OutputFile.contentKey, sharedPrefixKey): V8 hashes a string longer than 16,383 characters
  // by its length alone, so pages of equal length would be compared character by character, and
  // a map of texts would keep every page of every format alive until the build ends.
  private readonly byText = new Map<string, CompressedEntry>();
  /** Texts deflated with a seam, by text then by where the seam is (another seam gives other bytes). */
  private readonly bySeam = new Map<string, Map<number, CompressedEntry>>();
  private readonly byDigest = new Map<string, CompressedEntry>();
  private readonly byKey = new WeakMap<object, CompressedEntry>();
  private readonly beginnings = new Map<string, OpenEntry>();
  private readonly beginningsByKey = new WeakMap<object, OpenEntry>();
  private readonly pending: Promise<void>[] = [];
  /** What `warm` has started, so that the same content is not deflated twice meanwhile (the four players share one stylesheet). */
  private readonly startedWhole = new Map<string, Promise<void>>();
  private readonly startedBeginnings = new Map<string, Promise<void>>();
  private readonly startedKeys = new WeakMap<object, Promise<void>>();
  private runs = 0;
  private keyedEntries = 0;
  private keyedBeginnings = 0;

  /**
   * `rememberTexts: 'warmed'`: files without a key are remembered only when `warm` named them
   * (the player, which every package carries); any other text (a package's manifest) is that
   * package's own, and remembering it would hold every manifest of the build. Default: all.
   */
  constructor(private readonly options: { readonly rememberTexts?: 'all' | 'warmed' } = {}) {}

  /** How many distinct contents have been compressed (shared beginnings not counted). */
  get size(): number {
    let seamed = 0;
    for (const cuts of this.bySeam.values()) seamed += cuts.size;
    return this.byText.size + seamed + this.byDigest.size + this.keyedEntries;
  }

  /** How many shared beginnings have been compressed. */
  get sharedBeginnings(): number {
    return this.beginnings.size + this.keyedBeginnings;
  }

  /** How many times zlib was run (whole files, beginnings and endings): the work the cache did. */
  get deflations(): number {
    return this.runs;
  }

  /** The entry of `content`; for text, `sharedPrefix` is the length of a beginning other contents share (see above). */
  entryFor(content: string | Uint8Array, sharedPrefix = 0, sharedPrefixKey?: object): CompressedEntry {
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
    return remember(cuts, cut, () => this.compressAfter(content, cut, sharedPrefixKey));
  }

  /** The entry of a file: packed already, by its keys when it has them (OutputFile.contentKey, sharedPrefixKey), else by its content. */
  entryOf(file: PackageFile): CompressedEntry {
    if (isPacked(file)) return file.packed;
    const { content, sharedPrefix = 0, sharedPrefixKey, contentKey } = file;
    if (contentKey === undefined && typeof content === 'string' && this.options.rememberTexts === 'warmed' && usableCut(content, sharedPrefix) === 0) {
      return this.byText.get(content) ?? this.compress(Buffer.from(content, 'utf8'));
    }
    if (contentKey === undefined || typeof content !== 'string') return this.entryFor(content, sharedPrefix, sharedPrefixKey);
    let entry = this.byKey.get(contentKey);
    if (entry === undefined) {
      const cut = usableCut(content, sharedPrefix);
      entry = cut === 0 ? this.compress(Buffer.from(content, 'utf8')) : this.compressAfter(content, cut, sharedPrefixKey);
      this.byKey.set(contentKey, entry);
      this.keyedEntries += 1;
    }
    return entry;
  }

  /**
   * Starts deflating, off the main thread, what `entryFor(content, sharedPrefix)` will need: the
   * whole text, or only its shared beginning when it has one (the ending is the file's own).
   */
  warm(content: string, sharedPrefix = 0, sharedPrefixKey?: object): void {
    const cut = usableCut(content, sharedPrefix);
    if (cut === 0) {
      if (this.byText.has(content) || this.startedWhole.has(content)) return;
      const bytes = Buffer.from(content, 'utf8');
      this.runs += 1;
      this.startedWhole.set(content, this.later(deflateOffThread(bytes, { level: LEVEL }).then((deflated) => {
        this.byText.set(content, { crc: crc32(bytes), size: bytes.byteLength, deflated: exact(deflated) });
      })));
      return;
    }
    if (sharedPrefixKey !== undefined) {
      if (this.beginningsByKey.has(sharedPrefixKey) || this.startedKeys.has(sharedPrefixKey)) return;
      const bytes = Buffer.from(content.slice(0, cut), 'utf8');
      this.runs += 1;
      this.startedKeys.set(sharedPrefixKey, this.later(deflateOffThread(bytes, OPEN_OPTIONS).then((deflated) => {
        this.beginningsByKey.set(sharedPrefixKey, openEntry(bytes, deflated, cut));
        this.keyedBeginnings += 1;
      })));
      return;
    }
    const beginning = content.slice(0, cut);
    if (this.beginnings.has(beginning) || this.startedBeginnings.has(beginning)) return;
    const bytes = Buffer.from(beginning, 'utf8');
    this.runs += 1;
    this.startedBeginnings.set(beginning, this.later(deflateOffThread(bytes, OPEN_OPTIONS).then((deflated) => {
      this.beginnings.set(beginning, openEntry(bytes, deflated, cut));
    })));
  }

  /** Like `warm`, for a beginning several files share only: nothing when it is too short to be deflated apart (then each file is whole, its own). */
  warmSharedBeginning(content: string, sharedPrefix: number, sharedPrefixKey?: object): void {
    if (usableCut(content, sharedPrefix) > 0) this.warm(content, sharedPrefix, sharedPrefixKey);
  }

  /**
   * Settles once what `warm` started for these files is done (only theirs: other files' work goes
   * on meanwhile). A zip waits for it, so that it never deflates again on the main thread what is
   * being deflated on another; rejects if that work failed.
   */
  async readyFor(files: readonly PackageFile[]): Promise<void> {
    const waits: Promise<void>[] = [];
    for (const file of files) {
      if (isPacked(file) || typeof file.content !== 'string') continue;
      const cut = usableCut(file.content, file.sharedPrefix ?? 0);
      const started = cut === 0
        ? this.startedWhole.get(file.content)
        : file.sharedPrefixKey !== undefined ? this.startedKeys.get(file.sharedPrefixKey) : this.startedBeginnings.get(file.content.slice(0, cut));
      if (started !== undefined) waits.push(started);
    }
    await Promise.all(waits);
  }

  /** Settles once everything `warm` started is done; rejects if any of it failed. */
  async ready(): Promise<void> {
    while (this.pending.length > 0) await Promise.all(this.pending.splice(0));
  }

  /**
   * Forgets what was remembered by text (the player, manifests), once the packages that share
   * it are zipped: a build calls it between formats, so memory does not grow with formats.
   * What is remembered by key goes with its key; shared beginnings by text stay.
   */
  async forgetTexts(): Promise<void> {
    await this.ready();
    this.byText.clear();
    this.bySeam.clear();
    this.startedWhole.clear();
  }

  private later(work: Promise<void>): Promise<void> {
    // Kept for `ready`; caught here so that a build stopped by another error leaves no unhandled rejection.
    work.catch(() => undefined);
    this.pending.push(work);
    return work;
  }

  private compress(bytes: Uint8Array): CompressedEntry {
    this.runs += 1;
    // Copied out: zlib returns a small output as a view of its 16 KiB chunk.
    return { crc: crc32(bytes), size: bytes.byteLength, deflated: exact(deflateRawSync(bytes, { level: LEVEL })) };
  }

  private compressAfter(content: string, cut: number, key: object | undefined): CompressedEntry {
    const open = this.openBeginning(content, cut, key);
    const ending = Buffer.from(content.slice(cut), 'utf8');
    this.runs += 1;
    const tail = deflateRawSync(ending, { level: LEVEL, dictionary: open.window });
    return {
      crc: crc32(ending, open.crc),
      size: open.size + ending.byteLength,
      deflated: Buffer.concat([open.deflated, tail]),
    };
  }

  /** The deflated beginning `content.slice(0, cut)`, by its key or by itself; deflated now if not yet. */
  private openBeginning(content: string, cut: number, key: object | undefined): OpenEntry {
    let open = key === undefined ? this.beginnings.get(content.slice(0, cut)) : this.beginningsByKey.get(key);
    if (open !== undefined) {
      if (open.chars !== cut) throw new InternalError(`two files share a beginning key but not its length (${open.chars} and ${cut} characters)`);
      return open;
    }
    const beginning = content.slice(0, cut);
    const bytes = Buffer.from(beginning, 'utf8');
    this.runs += 1;
    open = openEntry(bytes, deflateRawSync(bytes, OPEN_OPTIONS), cut);
    if (key === undefined) {
      this.beginnings.set(beginning, open);
    } else {
      this.beginningsByKey.set(key, open);
      this.keyedBeginnings += 1;
    }
    return open;
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

/**
 * The window and the deflated bytes are copied out: a view would keep the whole beginning (and
 * zlib's output buffer, sized for the input) alive as long as the entry.
 */
function openEntry(bytes: Buffer, deflated: Uint8Array, chars: number): OpenEntry {
  return {
    crc: crc32(bytes),
    size: bytes.byteLength,
    deflated: exact(deflated),
    window: Buffer.from(bytes.subarray(Math.max(0, bytes.byteLength - WINDOW_BYTES))),
    chars,
  };
}

/** The bytes in a buffer of their own size. */
function exact(bytes: Uint8Array): Uint8Array {
  return bytes.byteLength === bytes.buffer.byteLength ? bytes : Buffer.from(bytes);
}
