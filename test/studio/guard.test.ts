/** Only the studio's own page may write (src/studio/http/guard.ts). */
import { refusal } from '../../src/studio/http/guard';

const options = { hosts: ['127.0.0.1:5757', 'localhost:5757'], token: 't0ken', memoryOnly: /^\/preview\/[a-z0-9]+\/[a-z0-9-]+\/commit$/ };
const write = (headers: Record<string, string>, url = '/api/lessons/l1/items/i1') => refusal({ method: 'POST', headers, url }, options);

describe('the studio guard', () => {
  it('lets the page write from its own origin with the session token', () => {
    expect(write({ host: '127.0.0.1:5757', origin: 'http://127.0.0.1:5757', 'sec-fetch-site': 'same-origin', 'x-studio-token': 't0ken' })).toBeUndefined();
  });

  it('refuses a cross-site write even when it names the token', () => {
    expect(write({ host: '127.0.0.1:5757', origin: 'http://evil.example', 'x-studio-token': 't0ken' })).toBe('a write must come from the studio page itself');
    expect(write({ host: '127.0.0.1:5757', 'sec-fetch-site': 'cross-site', 'x-studio-token': 't0ken' })).toBe('a write must come from the studio page itself');
  });

  it('refuses a write without the token, and any request for another host name (DNS rebinding)', () => {
    expect(write({ host: '127.0.0.1:5757', origin: 'http://127.0.0.1:5757' })).toMatch(/token/);
    expect(refusal({ method: 'GET', headers: { host: 'evil.example:5757' }, url: '/' }, options)).toBe('the studio answers only at 127.0.0.1:5757');
    expect(refusal({ method: 'GET', headers: { host: 'localhost:5757' }, url: '/' }, options)).toBeUndefined();
  });

  it('takes the preview LMS\'s records (memory only) from its own page without the token, never from another site', () => {
    expect(write({ host: '127.0.0.1:5757', origin: 'http://127.0.0.1:5757' }, '/preview/scorm12/s1-1/commit?final=true')).toBeUndefined();
    expect(write({ host: '127.0.0.1:5757', origin: 'http://evil.example' }, '/preview/scorm12/s1-1/commit')).toBe('a write must come from the studio page itself');
  });
});
