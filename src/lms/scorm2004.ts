/**
 * The LMS side of a SCORM 2004 launch, as Moodle does it: a host page that puts the runtime API
 * on `window.API_1484_11` and loads the SCO in an iframe. The API is scorm-again's Scorm2004API
 * wrapped with the 2004 rules it does not enforce (see ./scorm2004-host.js); this file generates
 * the page and declares the records the host keeps, which tests read back.
 */
import { dirname, join } from 'node:path';
import { findPackageRoot } from '../assets/player-sources';
import type { HostUrls } from './host-urls';
import type { ApiCall } from './scorm12';

export type { ApiCall };

/** Browser bundle of scorm-again's SCORM 2004 API; it defines `window.Scorm2004API`. */
export const SCORM2004_BUNDLE = join(dirname(require.resolve('scorm-again')), 'scorm2004.min.js');
/** The host script (plain browser JavaScript, served as is). */
export const LMS2004_HOST_SCRIPT = join(findPackageRoot(), 'src', 'lms', 'scorm2004-host.js');

export type Strict2004Rule =
  | 'suspend-data-length'
  | 'location-length'
  | 'description-length'
  | 'value-not-string'
  | 'after-terminate';

/** A call the strict host refused because a real SCORM 2004 LMS would refuse or lose it. */
export interface Strict2004Violation {
  readonly rule: Strict2004Rule;
  readonly method: string;
  readonly element?: string;
  /** The offending value, cut to 80 characters; `valueLength` has the full length. */
  readonly value?: string;
  readonly valueLength?: number;
  readonly message: string;
}

/** What the host page exposes as `window.lmsHarness`. */
export interface Host2004Records {
  readonly calls: readonly ApiCall[];
  readonly violations: readonly Strict2004Violation[];
  readonly initialized: boolean;
  readonly terminated: boolean;
}

/** SCORM 2004 `cmi` as scorm-again commits it (`completion_status`, `score`, `interactions`, …). */
export type Cmi2004 = Readonly<Record<string, unknown>>;

export interface Host2004PageConfig extends HostUrls {
  /** `cmi` of the previous session's last commit; null on a first launch. */
  readonly previous: Cmi2004 | null;
  /** `cmi.scaled_passing_score` (the manifest's minNormalizedMeasure); null when none. */
  readonly scaledPassingScore: string | null;
  readonly studentId: string;
  readonly studentName: string;
}

/** The host page's HTML. The config travels as JSON; `<` is escaped so it cannot end the script. */
export function renderLms2004HostPage(config: Host2004PageConfig): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Test LMS (SCORM 2004 4th edition, strict)</title>
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

export function describe2004Violations(violations: readonly Strict2004Violation[]): string {
  return violations.map((v) => `- [${v.rule}] ${v.message}`).join('\n');
}
