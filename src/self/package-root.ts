import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InternalError } from '../diagnostics/errors';

/**
 * The folder holding coursepack's package.json. This file runs from src/self under ts-jest and
 * from dist/src/self once compiled, so the locale, template and dist folders are found by
 * walking up rather than by a fixed number of `..`.
 */
export function packageRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new InternalError(`No package.json above ${start}`);
    dir = parent;
  }
}
