/**
 * The project's shared folder (schemas, the corpus, docs) lies beside the repository, as
 * `../shared`, on developers' machines and in CI alike. COURSEPACK_SHARED points elsewhere.
 */
import path from 'node:path';

export const SHARED_DIR = process.env.COURSEPACK_SHARED ?? path.resolve(__dirname, '..', '..', '..', 'shared');

export function sharedPath(...parts: string[]): string {
  return path.join(SHARED_DIR, ...parts);
}

/** The dissertation the course was imported from; COURSEPACK_CORPUS points elsewhere. */
export const CORPUS_FILE = process.env.COURSEPACK_CORPUS ?? sharedPath('corpus', 'kz-uz-central-asia-dissertation.kk.txt');
