import { buildPlayerBundle } from '../../src/assets/player-bundle';

describe('player bundle for SCORM 2004', () => {
  it('carries the SCORM 2004 and stand-alone adapters, and no SCORM 1.2 or xAPI code', async () => {
    const { js } = await buildPlayerBundle('scorm2004');
    expect(js).toContain('API_1484_11');
    expect(js).toContain('cmi.completion_status');
    expect(js).toContain('coursepack:');
    expect(js).not.toMatch(/LMSInitialize|cmi\.core\.|xapi/i);
  });

  it('makes no network requests and evaluates no strings', async () => {
    const { js } = await buildPlayerBundle('scorm2004');
    for (const forbidden of ['fetch(', 'XMLHttpRequest', 'sendBeacon', 'WebSocket', 'eval(', 'new Function', 'http://', 'https://']) {
      expect(js).not.toContain(forbidden);
    }
  });
});
