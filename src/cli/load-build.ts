/**
 * The build's code, for `coursepack build`: the bundle made at compile time when it is fresh
 * (src/self/build-bundle.ts), else the compiled modules. Under ts-jest the command line runs from
 * its TypeScript sources, whose error classes are not the bundle's: then always the modules.
 */
import type * as BuildModule from '../build/index';
import { bundledBuild } from '../self/build-bundle';

export async function loadBuild(): Promise<typeof BuildModule> {
  const bundled = __filename.endsWith('.js') && process.env.COURSEPACK_NO_BUNDLE === undefined ? bundledBuild() : null;
  return bundled ?? import('../build/index');
}
