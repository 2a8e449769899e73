import { firstTextPhases, type TraceEvent } from '../../bench/first-text-trace';

const PAGE = '/lessons/intro/index.html';
const URL = `http://127.0.0.1:8000${PAGE}`;

/** A complete event on the page's main thread (pid 1, tid 10); times in ms, stored as µs. */
function task(name: string, startMs: number, durMs: number, args?: TraceEvent['args']): TraceEvent {
  return { name, ph: 'X', pid: 1, tid: 10, ts: startMs * 1000, dur: durMs * 1000, args };
}

function mark(name: string, atMs: number, pid = 1): TraceEvent {
  return { name, ph: 'R', pid, tid: 10, ts: atMs * 1000 };
}

/** One load: about:blank first, then the page's navigation at 1,000 ms. */
function load(extra: TraceEvent[] = []): TraceEvent[] {
  return [
    mark('navigationStart', 500),
    task('ParseHTML', 510, 1, { beginData: { url: '' } }),
    mark('navigationStart', 1000),
    { name: 'ResourceSendRequest', ph: 'I', pid: 2, tid: 20, ts: 1_060_000, args: { data: { url: URL } } },
    task('ParseHTML', 1140, 12, { beginData: { url: URL } }),
    task('ParseHTML', 1160, 3, { beginData: { url: URL } }),
    task('UpdateLayoutTree', 1170, 20),
    task('FontDataManager::onMatchFamilyStyle', 1175, 2),
    task('FontDataManager::onMatchFamilyStyle', 1178, 3),
    task('Layout', 1190, 40),
    task('WebSandboxSupportLinux::GetWebFontRenderStyleForStrike', 1195, 2.5),
    task('Paint', 1232, 6),
    ...extra,
    mark('firstContentfulPaint', 1270),
    // After the first contentful paint: not counted.
    task('Layout', 1300, 50),
    task('EventDispatch', 1320, 30, { data: { type: 'DOMContentLoaded' } }),
  ];
}

describe('firstTextPhases', () => {
  it('measures from the page navigation and splits the main thread up to the first contentful paint', () => {
    const phases = firstTextPhases(load(), PAGE);
    expect(phases).toMatchObject({
      fcp: 270, requestSent: 60, parseStart: 140, parse: 15, style: 20, layout: 40, paint: 6,
      present: 32, fontFamilyLookups: 2, fontFamilyMs: 5, fontStrikeLookups: 1, fontStrikeMs: 2.5,
      playerBeforePaint: 0,
    });
  });

  it('counts the player start-up when it ran before the paint', () => {
    const phases = firstTextPhases(load([task('EventDispatch', 1165, 4, { data: { type: 'DOMContentLoaded' } })]), PAGE);
    expect(phases?.playerBeforePaint).toBe(4);
  });

  it('gives nothing for a trace without a first contentful paint', () => {
    expect(firstTextPhases(load().filter((event) => event.name !== 'firstContentfulPaint'), PAGE)).toBeNull();
  });
});
