/**
 * `node dist/src/build/prebuild.js`, run by `npm run compile` (and prepare, build, test, bench)
 * right after tsc: does once what every build would otherwise do again, namely bundle the
 * player, compile the schema validators and precompile the lesson template, into dist/; and
 * bundles the build's own code into one file for `coursepack build` to load (src/self/build-bundle.ts), and
 * the command line into another (src/self/cli-bundle.ts), each with V8's code cache (src/self/code-cache.ts). Builds check that what they find was
 * made from the current sources and redo the work themselves when it was not, so a stale or
 * missing dist/ costs time, never correctness.
 */
import { prebuildPlayers } from '../assets/prebuild';
import { writeBuildBundle } from '../self/build-bundle';
import { writeCliBundle } from '../self/cli-bundle';
import { precompiledTemplateFile, writePrecompiledTemplates } from '../render/templates';
import { precompiledFile, writePrecompiled } from '../validate/compiled-schemas';

async function main(): Promise<void> {
  const targets = await prebuildPlayers();
  writePrecompiled();
  writePrecompiledTemplates();
  const bundle = await writeBuildBundle();
  const cli = await writeCliBundle();
  console.log(`prebuilt: player bundles for ${targets.join(', ')}; schema validators in ${precompiledFile()}; lesson template in ${precompiledTemplateFile()}; the build bundled in ${bundle}, the command line in ${cli} (each with its V8 code cache)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
