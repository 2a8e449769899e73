/**
 * ADL's CATAPULT (the reference cmi5 LMS) and the LRS behind it are up: CATAPULT answers, and
 * the LRS speaks xAPI 1.0.3.
 */
import { describeWith, cmi5Harness, CMI5_HOW } from '../harness/real-service';

describeWith('CATAPULT cmi5 harness', cmi5Harness, CMI5_HOW, (cmi5) => {
  test('CATAPULT and its LRS answer on loopback', async () => {
    expect(new URL(cmi5.catapultUrl).hostname).toBe('127.0.0.1');
    const about = await fetch(new URL('about', cmi5.lrs), {
      headers: { 'X-Experience-API-Version': '1.0.3' },
    });
    expect(about.status).toBe(200);
    const body = (await about.json()) as { version?: string[] };
    expect(body.version).toEqual(expect.arrayContaining([expect.stringMatching(/^1\.0\./)]));
  });
});
