/** A file produced in memory by a stage; only src/package and src/build write to disk. */
export interface OutputFile {
  /** Path inside the package or output folder, `/`-separated, no leading slash. */
  readonly path: string;
  readonly content: string | Uint8Array;
}
