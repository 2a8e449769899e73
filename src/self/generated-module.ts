/**
 * Modules that `npm run compile` generates into dist/ so that builds skip work (the schema
 * validators, the lesson template): written whole, and used only when made from what the
 * running code would make them from. Each carries `exports.fingerprint`; a missing, stale or
 * unreadable module is ignored and the caller does the work itself, so it costs time, never
 * correctness.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes `code` and its fingerprint to `file` by rename, so that no reader sees half of it. */
export function writeGeneratedModule(file: string, code: string, fingerprint: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, `${code}\nexports.fingerprint = ${JSON.stringify(fingerprint)};\n`);
  renameSync(temporary, file);
}

/** The module at `file` when it carries `fingerprint`; undefined when it is missing, stale or cannot be loaded. */
export function loadGeneratedModule<T extends object>(file: string, fingerprint: string): Partial<T> | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const loaded = require(file) as Partial<T> & { fingerprint?: unknown };
    return loaded.fingerprint === fingerprint ? loaded : undefined;
  } catch {
    return undefined;
  }
}
