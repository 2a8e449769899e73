import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildPlayerBundle, currentSourceHash, loadPlayerBundle } from '../../src/assets/player-bundle';
import { prebuildPlayers } from '../../src/assets/prebuild';
import { findPackageRoot, hashPlayerSources, playerDirIn } from '../../src/assets/player-sources';
import { writePrebuilt } from '../../src/assets/prebuilt';

const MARKED = { js: '/* prebuilt */', css: '/* prebuilt */' };

describe('player bundles made at compile time', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'coursepack-prebuilt-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('are what esbuild makes from the sources, byte for byte', async () => {
    await prebuildPlayers(dir);
    const fresh = await buildPlayerBundle('scorm12');
    expect(readFileSync(path.join(dir, 'scorm12.js'), 'utf8')).toBe(fresh.js);
    expect(readFileSync(path.join(dir, 'scorm12.css'), 'utf8')).toBe(fresh.css);
    expect(await loadPlayerBundle('scorm12', dir)).toEqual(fresh);
  });

  it('are read instead of bundling when made from the current sources', async () => {
    await writePrebuilt(dir, 'scorm12', await currentSourceHash(), MARKED);
    expect(await loadPlayerBundle('scorm12', dir)).toEqual(MARKED);
  });

  it('are not used once the sources changed: the player is bundled afresh', async () => {
    await writePrebuilt(dir, 'scorm12', 'made-from-other-sources', MARKED);
    expect(await loadPlayerBundle('scorm12', dir)).toEqual(await buildPlayerBundle('scorm12'));
  });

  it('when missing, the player is bundled afresh', async () => {
    expect(await loadPlayerBundle('scorm12', path.join(dir, 'nothing-here'))).toEqual(await buildPlayerBundle('scorm12'));
  });
});

describe('hashPlayerSources', () => {
  it('changes when any player file or the recipe (esbuild version and options) changes, and only then', async () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'coursepack-player-src-'));
    try {
      cpSync(playerDirIn(findPackageRoot()), copy, { recursive: true });
      const before = await hashPlayerSources(copy, '1.0.0');
      expect(await hashPlayerSources(copy, '1.0.0')).toBe(before);
      expect(await hashPlayerSources(copy, '1.0.1')).not.toBe(before);
      writeFileSync(path.join(copy, 'player.css'), `${readFileSync(path.join(copy, 'player.css'), 'utf8')}\n`);
      expect(await hashPlayerSources(copy, '1.0.0')).not.toBe(before);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
