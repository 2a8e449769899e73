import { gzipSync } from 'node:zlib';
import { buildPlayerBundle, bundlePlayer } from '../../src/assets/player-bundle';

describe('player bundle for SCORM 1.2', () => {
  it('makes no network requests and evaluates no strings', async () => {
    const { js } = await bundlePlayer('scorm12');
    for (const forbidden of ['fetch(', 'XMLHttpRequest', 'sendBeacon', 'WebSocket', 'eval(', 'new Function', 'innerHTML', 'http://', 'https://']) {
      expect(js).not.toContain(forbidden);
    }
  });

  it('carries the SCORM 1.2 and stand-alone adapters, and no xAPI', async () => {
    const { js } = await bundlePlayer('scorm12');
    expect(js).toContain('LMSInitialize');
    expect(js).toContain('coursepack:');
    expect(js).not.toMatch(/xapi|API_1484_11/i);
  });

  it('is the same on every build', async () => {
    const first = await buildPlayerBundle('scorm12');
    const second = await buildPlayerBundle('scorm12');
    expect(second).toEqual(first);
    expect(await bundlePlayer('scorm12')).toBe(await bundlePlayer('scorm12'));
  });

  it('ships minified styles that hide [hidden] screens and print all of them', async () => {
    const { css } = await bundlePlayer('scorm12');
    expect(css).toContain('[hidden]{display:none!important}');
    expect(css).toContain('@media print');
    expect(css).not.toContain('/*');
  });

  it('stays within 15 KB gzipped, script and styles together', async () => {
    const { js, css } = await bundlePlayer('scorm12');
    const gzipped = gzipSync(js, { level: 9 }).length + gzipSync(css, { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(15 * 1024);
  });
});
