/**
 * The LMS side of a SCORM 1.2 launch, as Moodle does it: a host page that puts the runtime API
 * on `window.API` and loads the SCO in an iframe. The API is scorm-again's Scorm12API wrapped
 * with the SCORM 1.2 limits it does not enforce (see ./scorm12-host.js); this file generates the
 * page and declares the records the host keeps, which the studio's tracking panel and the tests read back.
 */
import { dirname, join } from 'node:path';
import { findPackageRoot } from '../assets/player-sources';
import type { HostUrls } from './host-urls';

/** Browser bundle of scorm-again's SCORM 1.2 API; it defines `window.Scorm12API`. */
export const SCORM12_BUNDLE = join(dirname(require.resolve('scorm-again')), 'scorm12.min.js');
/** The host script (plain browser JavaScript, served as is). */
export const LMS12_HOST_SCRIPT = join(findPackageRoot(), 'src', 'lms', 'scorm12-host.js');

/** The rules of SCORM 1.2 that the strict host enforces on top of scorm-again. */
export type StrictRule =
  | 'suspend-data-length'
  | 'lesson-location-length'
  | 'comments-length'
  | 'cmi-identifier'
  | 'value-not-string'
  | 'after-finish';

/** One call of the SCO on `window.API`, as the host recorded it. */
export interface ApiCall {
  readonly method: string;
  readonly element?: string;
  readonly value?: unknown;
  /** What the SCO got back. */
  readonly result: string;
  /** `LMSGetLastError()` right after the call ("0" on success). */
  readonly errorCode: string;
}

/** A call the strict host refused because a real SCORM 1.2 LMS would refuse or lose it. */
export interface StrictViolation {
  readonly rule: StrictRule;
  readonly method: string;
  readonly element?: string;
  /** The offending value, cut to 80 characters; `valueLength` has the full length. */
  readonly value?: string;
  readonly valueLength?: number;
  readonly message: string;
}

/** What the host page exposes as `window.lmsHarness` for tests to read with `page.evaluate`. */
export interface HostRecords {
  readonly calls: readonly ApiCall[];
  readonly violations: readonly StrictViolation[];
  readonly initialized: boolean;
  readonly finished: boolean;
}

/** SCORM 1.2 `cmi` data as scorm-again renders it (`core`, `suspend_data`, …). */
export type CmiData = Readonly<Record<string, unknown>>;

export interface HostPageConfig extends HostUrls {
  /** `cmi` of the previous session's last commit; null on a first launch. */
  readonly previous: CmiData | null;
  readonly studentId: string;
  readonly studentName: string;
}

/** The host page's HTML. The config travels as JSON; `<` is escaped so it cannot end the script. */
export function renderLmsHostPage(config: HostPageConfig): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Test LMS (SCORM 1.2, strict)</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%;display:block}</style>
<script type="application/json" id="lms-config">${json}</script>
<script src="${config.bundleUrl}"></script>
<script src="${config.hostScriptUrl}"></script>
</head>
<body>
<iframe id="sco" title="Lesson" name="sco"></iframe>
<script>window.startLms();</script>
</body>
</html>
`;
}

/** A readable line per violation, for failure messages. */
export function describeViolations(violations: readonly StrictViolation[]): string {
  return violations.map((v) => `- [${v.rule}] ${v.message}`).join('\n');
}
