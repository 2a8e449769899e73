/**
 * `node dist/src/build/prebuild.js`, run by `npm run compile` (and prepare, build, test, bench)
 * right after tsc: does once what every build would otherwise do again, namely bundle the
 * player and compile the schema validators, into dist/. Builds check that what they find was
 * made from the current sources and redo the work themselves when it was not, so a stale or
 * missing dist/ costs time, never correctness.
 */
import { prebuildPlayers } from '../assets/prebuild';
import { precompiledFile, writePrecompiled } from '../validate/compiled-schemas';

async function main(): Promise<void> {
  const targets = await prebuildPlayers();
  writePrecompiled();
  console.log(`prebuilt: player bundles for ${targets.join(', ')}; schema validators in ${precompiledFile()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
