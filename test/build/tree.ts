import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file under `root` with the sha256 of its bytes, by `/`-separated relative path; build markers only when asked. */
export function treeHashes(root: string, { markers = false } = {}): Record<string, string> {
  const hashes: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (markers || entry.name !== '.coursepack-build') hashes[path.relative(root, full).split(path.sep).join('/')] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(root);
  return hashes;
}

/** Names in `dir` that look like leftovers of an interrupted write beside `outName`. */
export function leftovers(dir: string, outName: string): string[] {
  return readdirSync(dir).filter((name) => name.startsWith(`${outName}.tmp-`) || name.startsWith(`${outName}.old-`));
}
