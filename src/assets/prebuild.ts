/**
 * Run at compile time by src/build/prebuild.ts: bundles the player for every runtime the registered formats use and
 * stores the bundles in dist/player, so that builds read them instead of starting esbuild.
 */
import { FORMATS } from '../formats/index';
import type { RuntimeTarget } from '../model/rendered';
import { buildPlayerBundle, currentSourceHash } from './player-bundle';
import { findPackageRoot } from './player-sources';
import { prebuiltDirIn, writePrebuilt } from './prebuilt';

export async function prebuildPlayers(dir: string = prebuiltDirIn(findPackageRoot())): Promise<RuntimeTarget[]> {
  const targets = [...new Set(FORMATS.map((format) => format.runtime))].sort();
  const sourceHash = await currentSourceHash();
  for (const target of targets) await writePrebuilt(dir, target, sourceHash, await buildPlayerBundle(target));
  return targets;
}
