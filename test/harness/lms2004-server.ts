/**
 * The SCORM 2004 LMS for browser tests: the recording server of ./server.ts with the strict
 * 2004 host page (./lms2004.ts) over scorm-again's Scorm2004API.
 */
import { lastCommittedCmi } from '../../src/lms/commits';
import {
  LMS2004_HOST_SCRIPT,
  SCORM2004_BUNDLE,
  renderLms2004HostPage,
  type ApiCall,
  type Cmi2004,
  type Strict2004Violation,
} from './lms2004';
import { startRecordingLms, type CommitRecord, type LmsRuntime, type RecordingLms } from './server';

export interface Launch2004Options {
  /** Path of the SCO's page inside the served folder. */
  readonly scoPath: string;
  /** `cmi` committed by the previous session (see `lastCommitted2004Cmi`); absent: first launch. */
  readonly previous?: Cmi2004 | null;
  /** `cmi.scaled_passing_score`, as an LMS takes it from the manifest. */
  readonly scaledPassingScore?: string | null;
  readonly studentId?: string;
  readonly studentName?: string;
}

export type Lms2004Server = RecordingLms<Launch2004Options, Strict2004Violation, ApiCall>;

/** The `cmi` of the session's last commit: what an LMS hands to the next launch. */
export function lastCommitted2004Cmi(commits: readonly CommitRecord[]): Cmi2004 | null {
  return lastCommittedCmi(commits) as Cmi2004 | null;
}

const SCORM2004_RUNTIME: LmsRuntime<Launch2004Options> = {
  bundleFile: SCORM2004_BUNDLE,
  hostScriptFile: LMS2004_HOST_SCRIPT,
  finishCall: 'Terminate',
  hostPage: (options, urls) =>
    renderLms2004HostPage({
      ...urls,
      previous: options.previous ?? null,
      scaledPassingScore: options.scaledPassingScore ?? null,
      studentId: options.studentId ?? 'learner-1',
      studentName: options.studentName ?? 'Learner, Test',
    }),
};

export function startLms2004Server(rootDir: string): Promise<Lms2004Server> {
  return startRecordingLms<Launch2004Options, Strict2004Violation, ApiCall>(rootDir, SCORM2004_RUNTIME);
}
