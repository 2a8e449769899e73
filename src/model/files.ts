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
}
