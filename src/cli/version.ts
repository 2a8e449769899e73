import { readFileSync } from 'node:fs';
import { packageRoot } from '../self/package-root';

/** coursepack's own version, from its package.json (found by walking up: src/ or dist/src/). */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(`${packageRoot(__dirname)}/package.json`, 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}
