import { parseActor, readCmi5Launch, readTinCanLaunch } from '../../../src/player/lms/xapi/launch-params';
import { languagesOf, readLaunchData } from '../../../src/player/lms/xapi/launch';
import { EMPTY_DOCUMENT, newerDocument, parseProgressDocument, progressDocument } from '../../../src/player/lms/xapi/state';

const REGISTRATION = '6F1C3C4E-2B7A-4F7E-9A53-0B9B7F0D7C11';
const actor = JSON.stringify({ name: 'A', mbox: 'mailto:a@example.edu' });
const query = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;

describe('TinCan launch parameters', () => {
  it('are read from the query string, the registration lower-cased', () => {
    const launch = readTinCanLaunch(query({ endpoint: 'https://lrs.example/xapi/', auth: 'Basic abc', actor, registration: REGISTRATION, activity_id: 'https://c/l' }));
    expect(launch).toEqual({
      kind: 'tincan',
      endpoint: 'https://lrs.example/xapi/',
      auth: 'Basic abc',
      actor: { name: 'A', mbox: 'mailto:a@example.edu', objectType: 'Agent' },
      registration: REGISTRATION.toLowerCase(),
      activityId: 'https://c/l',
      grouping: null,
      platform: null,
    });
  });

  it('read grouping (an absolute IRI) and activity_platform when the launcher gives them', () => {
    const base = { endpoint: 'https://lrs.example/xapi/', auth: 'Basic abc', actor };
    expect(readTinCanLaunch(query({ ...base, grouping: 'https://lms.example/courses/7', activity_platform: 'Our LMS' }))).toMatchObject({ grouping: 'https://lms.example/courses/7', platform: 'Our LMS' });
    expect(readTinCanLaunch(query({ ...base, grouping: 'not an iri', activity_platform: '  ' }))).toMatchObject({ grouping: null, platform: null });
  });

  it('are absent when the page was opened without them (the lesson runs stand-alone)', () => {
    expect(readTinCanLaunch('')).toBeNull();
    expect(readTinCanLaunch(query({ endpoint: 'https://lrs.example/', actor }))).toBeNull();
    expect(readTinCanLaunch(query({ endpoint: 'javascript:alert(1)', auth: 'Basic a', actor }))).toBeNull();
  });

  it('accept the old TinCan actor with arrays and account lists', () => {
    expect(parseActor(JSON.stringify({ name: ['Ann'], mbox: ['mailto:ann@example.edu'] }))).toEqual({ name: 'Ann', mbox: 'mailto:ann@example.edu', objectType: 'Agent' });
    expect(parseActor(JSON.stringify({ account: [{ accountServiceHomePage: 'https://lms', accountName: '42' }] }))).toEqual({
      account: { homePage: 'https://lms', name: '42' },
      objectType: 'Agent',
    });
    expect(parseActor(JSON.stringify({ name: 'nobody' }))).toBeNull();
    expect(parseActor('{')).toBeNull();
  });
});

describe('cmi5 launch parameters', () => {
  const params = { endpoint: 'https://lms.example/xapi/', fetch: 'https://lms.example/fetch/1', actor, registration: REGISTRATION, activityId: 'https://lms/au/1' };

  it('need endpoint, fetch, actor, a UUID registration and activityId', () => {
    expect(readCmi5Launch(query(params))).toMatchObject({ kind: 'cmi5', fetchUrl: 'https://lms.example/fetch/1', activityId: 'https://lms/au/1' });
    expect(readCmi5Launch(query({ ...params, registration: 'not-a-uuid' }))).toBeNull();
    const { fetch: _fetch, ...withoutFetch } = params;
    expect(readCmi5Launch(query(withoutFetch))).toBeNull();
  });
});

describe('LMS.LaunchData', () => {
  it('gives launch mode, mastery score, return URL, moveOn, the context template and its session id', () => {
    const template = { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's-1' } };
    expect(readLaunchData({ launchMode: 'Review', masteryScore: 0.8, returnURL: 'https://lms/back', moveOn: 'Passed', contextTemplate: template })).toEqual({
      launchMode: 'Review',
      masteryScore: 0.8,
      returnUrl: 'https://lms/back',
      moveOn: 'Passed',
      contextTemplate: template,
      sessionId: 's-1',
    });
  });

  it('falls back to Normal, no mastery score and no return URL when fields are missing or wrong', () => {
    expect(readLaunchData({ launchMode: 'Sideways', masteryScore: 7 })).toMatchObject({ launchMode: 'Normal', masteryScore: null, returnUrl: null, sessionId: null });
    expect(readLaunchData(null)).toMatchObject({ launchMode: 'Normal' });
  });
});

describe('the progress document', () => {
  const flags = { suspended: true, completedSent: false, verdictSent: null };
  const doc = (visited: number[]) => progressDocument({ location: visited.length - 1, visited, quiz: null }, 5, flags);

  it('reads back what it wrote, and nothing that is not one', () => {
    expect(parseProgressDocument(JSON.stringify(doc([0, 1])))).toEqual(doc([0, 1]));
    expect(parseProgressDocument({ version: 2 })).toBeNull();
    expect(parseProgressDocument('nonsense')).toBeNull();
  });

  it('keeps the copy that knows more, with the once-sent flags of both', () => {
    const behind = { ...doc([0]), completedSent: true };
    const ahead = doc([0, 1, 2]);
    expect(newerDocument(behind, ahead)).toEqual({ ...ahead, completedSent: true });
    expect(newerDocument(null, ahead)).toBe(ahead);
    expect(newerDocument(EMPTY_DOCUMENT, null)).toBe(EMPTY_DOCUMENT);
  });
});

describe('cmi5 learner preferences', () => {
  it('give the preferred languages in order; anything else gives none', () => {
    expect(languagesOf({ languagePreference: 'ru-RU, kk,en-US', audioPreference: 'off' })).toEqual(['ru-RU', 'kk', 'en-US']);
    expect(languagesOf({ languagePreference: '' })).toEqual([]);
    expect(languagesOf(null)).toEqual([]);
    expect(languagesOf({ languagePreference: 7 })).toEqual([]);
  });
});
