/**
 * Where a lesson page's first text goes, from a Chromium performance trace of one page load
 * (bench/first-text.ts with BENCH_FIRST_TEXT_TRACE=1). Pure: trace events in, figures out.
 *
 * All times are milliseconds of wall time from the navigation's start on the page's renderer, so
 * under a CPU throttle they are throttled times. Event names are Chromium's own (devtools.timeline,
 * loading, fonts): a figure whose events a Chromium version does not record comes out as 0.
 */

/** The fields of a trace event this reads (Chrome's trace event format). */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly args?: { readonly data?: { readonly url?: string; readonly type?: string }; readonly beginData?: { readonly url?: string } };
}

export interface FirstTextPhases {
  /** First contentful paint (the frame shown on screen). */
  readonly fcp: number;
  /** The page's request sent by the browser (navigation and process set-up before it). */
  readonly requestSent: number;
  /** The renderer starts parsing the page (response, commit and new document before it). */
  readonly parseStart: number;
  /** Main-thread time before the first contentful paint in each kind of work. */
  readonly parse: number;
  readonly style: number;
  readonly layout: number;
  readonly paint: number;
  /** The player's start-up (its DOMContentLoaded handler) when it ran before that paint, else 0. */
  readonly playerBeforePaint: number;
  /** From the end of the last paint before it to the first contentful paint (raster, compositing, display). */
  readonly present: number;
  /** Font family look-ups (a round trip to the browser process each, found or not) and their time. */
  readonly fontFamilyLookups: number;
  readonly fontFamilyMs: number;
  /** Font render-style look-ups (one per size and weight) and their time. */
  readonly fontStrikeLookups: number;
  readonly fontStrikeMs: number;
}

const ms = (microseconds: number): number => microseconds / 1000;

/** The phases of the load whose page URL ends with `pagePath`; null when the trace has no first contentful paint. */
export function firstTextPhases(events: readonly TraceEvent[], pagePath: string): FirstTextPhases | null {
  const fcp = events.find((event) => event.name === 'firstContentfulPaint');
  if (fcp === undefined) return null;
  const starts = events.filter((event) => event.name === 'navigationStart' && event.pid === fcp.pid && event.ts <= fcp.ts);
  const start = starts.reduce((latest, event) => (event.ts > latest ? event.ts : latest), Number.NEGATIVE_INFINITY);
  if (!Number.isFinite(start)) return null;
  const main = events.filter((event) => event.pid === fcp.pid && event.tid === fcp.tid && event.ph === 'X' && event.ts >= start && event.ts <= fcp.ts);
  const named = (name: string): TraceEvent[] => main.filter((event) => event.name === name);
  const total = (list: readonly TraceEvent[]): number => ms(list.reduce((sum, event) => sum + (event.dur ?? 0), 0));
  const since = (ts: number | undefined): number => (ts === undefined ? 0 : ms(ts - start));

  const request = events.find((event) => event.name === 'ResourceSendRequest' && event.ts >= start && (event.args?.data?.url ?? '').endsWith(pagePath));
  const parses = named('ParseHTML').filter((event) => event.args?.beginData?.url?.endsWith(pagePath) ?? false);
  const paints = named('Paint');
  const lastPaint = paints[paints.length - 1];
  const paintEnd = lastPaint === undefined ? fcp.ts : lastPaint.ts + (lastPaint.dur ?? 0);
  const loaded = named('EventDispatch').find((event) => event.args?.data?.type === 'DOMContentLoaded' && event.ts < paintEnd);
  const families = named('FontDataManager::onMatchFamilyStyle');
  const strikes = named('WebSandboxSupportLinux::GetWebFontRenderStyleForStrike');
  return {
    fcp: since(fcp.ts),
    requestSent: since(request?.ts),
    parseStart: since(parses[0]?.ts),
    parse: total(parses),
    style: total(named('UpdateLayoutTree')),
    layout: total(named('Layout')),
    paint: total(paints),
    playerBeforePaint: loaded === undefined ? 0 : ms(loaded.dur ?? 0),
    present: ms(fcp.ts - paintEnd),
    fontFamilyLookups: families.length,
    fontFamilyMs: total(families),
    fontStrikeLookups: strikes.length,
    fontStrikeMs: total(strikes),
  };
}

/** The trace categories these figures need. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'loading', 'blink.user_timing', 'fonts'];
