/**
 * The xAPI / cmi5 adapter: the LmsAdapter contract (../adapter.ts) spelt as statements. The
 * launch (./launch.ts) has already read everything asynchronous (cmi5 token, LMS.LaunchData,
 * the saved state), so this adapter is synchronous like the SCORM ones; every statement goes
 * into the durable queue (./queue.ts), the state document to the State API at commit moments.
 *
 * Statements, in the order they happen (docs/xapi.md):
 * initialized (+ resumed when the last session was suspended) → experienced per screen left,
 * with the time spent → progressed when a new screen raises the share done → answered per
 * question of a submitted attempt → completed (every screen seen and, with a quiz, one attempt
 * submitted) → passed (best score ≥ mastery) or failed (no attempt left) → at the end
 * experienced for the last screen, suspended when unfinished, terminated.
 * Once per registration: completed and one verdict (remembered in the state document);
 * Browse/Review launches (cmi5) send none of those; nothing is sent after terminated.
 */
import type { AdapterContext, InteractionRecord, LessonOutcome, LessonProgress, LmsAdapter } from '../adapter';
import type { LrsClient, StateKey } from './client';
import type { StatementQueue } from './queue';
import { progressDocument, progressOf, type ProgressDocument } from './state';
import * as build from './statements';
import type { StatementSettings, Stamp } from './statements';
import type { XapiStatement } from './statement-types';

export type LaunchMode = 'Normal' | 'Browse' | 'Review';

/** Everything the launch read before the player started. */
export interface PreparedLaunch {
  readonly settings: StatementSettings;
  readonly client: LrsClient;
  readonly stateKey: StateKey;
  /** The saved state (the LRS's and this browser's, merged); null on a first visit. */
  readonly saved: ProgressDocument | null;
  readonly launchMode: LaunchMode;
  /** Attempts the quiz allows (0 = unlimited); null without a quiz. */
  readonly quizAttempts: number | null;
  /** cmi5: this session already sent `initialized` (the page was reloaded). */
  readonly alreadyInitialized: boolean;
}

export interface XapiAdapterDeps {
  readonly queue: StatementQueue;
  /** A new statement id (a UUID v4). */
  readonly uuid: () => string;
  /** Keeps the state document in this browser (mirror of the State API copy). */
  readonly saveLocal: (doc: ProgressDocument) => void;
  /** The session's initialized/terminated mark (cmi5: survives reloads of the page). */
  readonly markSession: (mark: 'initialized' | 'terminated') => void;
  /** The title of screen `index` as the page shows it (or reads it out). */
  readonly screenTitle: (index: number) => string;
}

export function createXapiAdapter(launch: PreparedLaunch, context: AdapterContext, deps: XapiAdapterDeps): LmsAdapter {
  const { settings } = launch;
  const judging = launch.launchMode === 'Normal';
  let flags = {
    suspended: launch.saved?.suspended ?? false,
    completedSent: launch.saved?.completedSent ?? false,
    verdictSent: launch.saved?.verdictSent ?? null,
  };
  let doc: ProgressDocument | null = launch.saved;
  let startedAt = 0;
  let screen = 0;
  let enteredAt = 0;
  let seenCount = 0;
  let lastPercent = -1;
  let active = false;

  function stamp(): Stamp {
    return { id: deps.uuid(), timestamp: new Date(context.now()).toISOString() };
  }

  function send(statement: XapiStatement): void {
    deps.queue.enqueue(statement);
  }

  function hasQuiz(): boolean {
    return launch.quizAttempts !== null;
  }

  /** Share of the lesson done: each screen one step, a submitted quiz one more (as SCORM 2004's progress_measure). */
  function percentDone(progress: LessonProgress, outcome: LessonOutcome): number {
    const steps = context.screenCount + (hasQuiz() ? 1 : 0);
    const done = progress.visited.length + (hasQuiz() && outcome.score !== undefined ? 1 : 0);
    return steps === 0 ? 0 : Math.floor((100 * Math.min(done, steps)) / steps);
  }

  function isCompleted(outcome: LessonOutcome): boolean {
    return outcome.completed && (!hasQuiz() || outcome.score !== undefined);
  }

  /** cmi5: the LMS's masteryScore decides, when it gave one; else the player's verdict. */
  function verdictOf(outcome: LessonOutcome): LessonOutcome['success'] {
    const mastery = settings.cmi5?.masteryScore ?? null;
    if (mastery === null || outcome.score === undefined) return outcome.success;
    return outcome.score.scaled >= mastery ? 'passed' : 'failed';
  }

  function noAttemptLeft(progress: LessonProgress): boolean {
    const quiz = progress.quiz;
    const allowed = launch.quizAttempts ?? 0;
    return quiz !== null && allowed > 0 && quiz.submitted && quiz.attempt >= allowed;
  }

  function finished(progress: LessonProgress, outcome: LessonOutcome): boolean {
    if (!isCompleted(outcome)) return false;
    const verdict = verdictOf(outcome);
    return !hasQuiz() || verdict === 'passed' || (verdict === 'failed' && noAttemptLeft(progress));
  }

  function leaveScreen(next: number): void {
    const now = context.now();
    const title = deps.screenTitle(screen);
    send(build.experiencedStatement(settings, stamp(), { index: screen, title }, now - enteredAt));
    screen = next;
    enteredAt = now;
  }

  function reportProgress(progress: LessonProgress, outcome: LessonOutcome): void {
    const percent = percentDone(progress, outcome);
    const newScreen = progress.visited.length > seenCount;
    seenCount = Math.max(seenCount, progress.visited.length);
    if (newScreen && percent > lastPercent && percent < 100 && !isCompleted(outcome)) {
      send(build.progressedStatement(settings, stamp(), percent));
    }
    lastPercent = Math.max(lastPercent, percent);
  }

  function reportOutcome(progress: LessonProgress, outcome: LessonOutcome): void {
    if (!judging) return;
    const elapsed = context.now() - startedAt;
    if (isCompleted(outcome) && !flags.completedSent) {
      send(build.completedStatement(settings, stamp(), elapsed));
      flags = { ...flags, completedSent: true };
    }
    const verdict = verdictOf(outcome);
    if (flags.verdictSent !== null || outcome.score === undefined) return;
    if (verdict === 'passed' || (verdict === 'failed' && noAttemptLeft(progress))) {
      send(build.judgedStatement(settings, stamp(), verdict, outcome.score, elapsed));
      flags = { ...flags, verdictSent: verdict };
    }
  }

  function keep(progress: LessonProgress): void {
    doc = progressDocument(progress, context.screenCount, flags);
    deps.saveLocal(doc);
  }

  function saveRemote(): void {
    if (doc === null) return;
    launch.client.setState(launch.stateKey, doc).catch(() => {
      // Kept in this browser; the next commit tries again.
    });
  }

  function start(): LessonProgress | null {
    startedAt = context.now();
    enteredAt = startedAt;
    const saved = launch.saved === null ? null : progressOf(launch.saved);
    screen = saved?.location ?? 0;
    seenCount = saved?.visited.length ?? 0;
    active = true;
    if (!launch.alreadyInitialized) {
      send(build.initializedStatement(settings, stamp()));
      deps.markSession('initialized');
      if (flags.suspended) send(build.resumedStatement(settings, stamp()));
    }
    return saved;
  }

  function record(progress: LessonProgress, outcome: LessonOutcome): void {
    if (!active) return;
    if (progress.location !== screen) leaveScreen(progress.location);
    reportProgress(progress, outcome);
    reportOutcome(progress, outcome);
    keep(progress);
  }

  function recordInteraction(interaction: InteractionRecord): void {
    if (!active) return;
    send(build.answeredStatement(settings, stamp(), interaction));
  }

  function commit(): void {
    if (!active) return;
    saveRemote();
    void deps.queue.flush();
  }

  function finish(progress: LessonProgress, outcome: LessonOutcome): void {
    if (!active) return;
    // From here statements only queue up: they leave together in the keepalive request below
    // (a normal request would be cut off by the unload and sent twice).
    deps.queue.stop();
    record(progress, outcome);
    leaveScreen(screen);
    const done = finished(progress, outcome);
    if (!done) send(build.suspendedStatement(settings, stamp(), percentDone(progress, outcome)));
    send(build.terminatedStatement(settings, stamp(), context.now() - startedAt));
    flags = { ...flags, suspended: !done };
    keep(progress);
    active = false;
    deps.markSession('terminated');
    launch.client.sendOnUnload(deps.queue.pending(), doc === null ? null : { key: launch.stateKey, document: doc });
  }

  return { name: settings.cmi5 ? 'cmi5' : 'xapi', notice: null, start, record, recordInteraction, commit, finish };
}
