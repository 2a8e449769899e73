/**
 * One bundle per standard: the xAPI client and coursepack's xAPI code are in the xapi and cmi5
 * bundles and nowhere else. Markers: a string only @xapi/xapi holds, and strings only our xAPI
 * player code holds (the test fails if either side stops holding them).
 */
import { buildPlayerBundle } from '../../../src/assets/player-bundle';
import type { RuntimeTarget } from '../../../src/model/rendered';

/** From @xapi/xapi's launch helpers and its requests. */
const CLIENT_MARKERS = ['xAPILaunchService', 'X-Experience-API-Version'];
/** From src/player/lms/xapi. */
const OUR_MARKERS = ['coursepack-xapi-queue', 'https://w3id.org/xapi/cmi5/context/categories/cmi5'];

const bundles = new Map<RuntimeTarget, Promise<string>>();
const jsOf = (target: RuntimeTarget) => {
  if (!bundles.has(target)) bundles.set(target, buildPlayerBundle(target).then((bundle) => bundle.js));
  return bundles.get(target)!;
};

describe.each(['xapi', 'cmi5'] as const)('the %s bundle', (target) => {
  it('carries the xAPI client and the xAPI adapter', async () => {
    const js = await jsOf(target);
    for (const marker of [...CLIENT_MARKERS, ...OUR_MARKERS]) expect([marker, js.includes(marker)]).toEqual([marker, true]);
  }, 30_000);

  it('holds no endpoint and no credential of its own', async () => {
    const js = await jsOf(target);
    // (axios inside the client names http://localhost as a fallback origin: not an endpoint.)
    expect(/Basic [A-Za-z0-9+/=]{8,}/.test(js)).toBe(false);
    expect(/https?:\/\/127\.0\.0\.1|\/xAPI\//.test(js)).toBe(false);
  }, 30_000);
});

describe.each(['scorm12', 'scorm2004'] as const)('the %s bundle', (target) => {
  it('carries none of the xAPI client or adapter code', async () => {
    const js = await jsOf(target);
    for (const marker of [...CLIENT_MARKERS, ...OUR_MARKERS]) expect([marker, js.includes(marker)]).toEqual([marker, false]);
  }, 30_000);
});
