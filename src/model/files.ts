/** A file produced in memory by a stage; only src/package and src/build write to disk. */
export interface OutputFile {
  /** Path inside the package or output folder, `/`-separated, no leading slash. */
  readonly path: string;
  readonly content: string | Uint8Array;
  /**
   * For text: how many leading characters other files of the build start with too (a lesson
   * page is the same for every LMS runtime up to its player configuration). The zip writer
   * deflates that part once for all of them (src/package/deflate-cache.ts). Only the speed of
   * the build depends on it; absent or 0: nothing is known to be shared.
   */
  readonly sharedPrefix?: number;
  /**
   * Stands for the shared beginning: the same object in every file that starts with it (a
   * lesson's page frame). The zip writer finds the deflated beginning by it, without hashing or
   * comparing long texts; absent, it compares the texts themselves.
   */
  readonly sharedPrefixKey?: object;
  /**
   * Stands for the whole content: files of one build given the same object hold the same
   * content and shared beginning (a lesson page in the course package and in its own). The zip
   * writer deflates it once and forgets it with the object; absent, texts are compared.
   */
  readonly contentKey?: object;
}

/**
 * Content the zip writer deflated earlier in the build, as a zip stores it: a lesson page zipped
 * into its lesson's package, which the course package then holds without the page's text
 * (RenderedLesson.packedPage; issue 18: memory that does not grow with lessons).
 */
export interface PackedContent {
  /** CRC-32 of the uncompressed bytes. */
  readonly crc: number;
  /** Uncompressed size in bytes. */
  readonly size: number;
  /** Raw DEFLATE. */
  readonly deflated: Uint8Array;
}

/** A package file whose content is already deflated. */
export interface PackedFile {
  readonly path: string;
  readonly packed: PackedContent;
}

/** What a package holds: files, and pages the build zipped earlier. */
export type PackageFile = OutputFile | PackedFile;

export function isPacked(file: PackageFile): file is PackedFile {
  return 'packed' in file;
}
