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
 * Once per registration: completed and one verdict, remembered in the state document once the
 * LRS has *accepted* them (a refused or lost one is made again in a later session);
 * Browse/Review launches (cmi5) send none of those; nothing is sent after terminated.
 *
 * When the session ends: a TinCan launch ends it whenever the page goes away. A cmi5 session
 * ends only when the learner leaves through the exit button (`leave`): a page cannot tell a
 * reload from a close, so going away otherwise keeps the session open for the reload (the
 * LMS marks a session whose tab was closed abandoned, as cmi5 provides) and nothing the
 * learner earned depends on `terminated`.
 */
import type { AdapterContext, InteractionRecord, LessonOutcome, LessonProgress, LmsAdapter } from '../adapter';
import { fitsKeepalive, type LrsClient, type StateKey } from './client';
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
  /** cmi5: the learner's preferred languages (learner preferences), most preferred first. */
  readonly learnerLanguages: readonly string[];
  /** Resolves true once statements may be sent (cmi5: the learner preferences were read). */
  readonly beforeSend: () => Promise<boolean>;
}

/** The LmsAdapter, plus what the xAPI player's page wires itself. */
export interface XapiAdapter extends LmsAdapter {
  /** The queue delivered these statements (the once-per-registration flags are set here). */
  delivered(statements: readonly XapiStatement[]): void;
  /** The learner leaves through the exit button: ends the session and waits (bounded) until it is delivered. */
  leave(): Promise<void>;
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

/** `leave` waits at most this long for the last statements before the page goes. */
export const LEAVE_WAIT_MS = 5_000;

export function createXapiAdapter(launch: PreparedLaunch, context: AdapterContext, deps: XapiAdapterDeps): XapiAdapter {
  const { settings } = launch;
  const judging = launch.launchMode === 'Normal';
  const sessionOutlivesPage = settings.cmi5 !== null;
  /** Flags as the LRS has them: set when the statement was delivered. */
  let flags = {
    suspended: launch.saved?.suspended ?? false,
    completedSent: launch.saved?.completedSent ?? false,
    verdictSent: launch.saved?.verdictSent ?? null,
  };
  /** Ids of the once-per-registration statements made and not yet delivered (this page or the one before). */
  const awaiting = new Map<string, 'completed' | 'passed' | 'failed'>();
  for (const statement of deps.queue.pending()) {
    const verb = verbName(statement);
    if (verb === 'completed' || verb === 'passed' || verb === 'failed') awaiting.set(statement.id, verb);
  }
  let last: { progress: LessonProgress; outcome: LessonOutcome } | null = null;
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

  function awaitingCompleted(): boolean {
    return [...awaiting.values()].includes('completed');
  }

  function awaitingVerdict(): boolean {
    return [...awaiting.values()].some((kind) => kind !== 'completed');
  }

  function reportOutcome(progress: LessonProgress, outcome: LessonOutcome): void {
    if (!judging) return;
    const elapsed = context.now() - startedAt;
    if (isCompleted(outcome) && !flags.completedSent && !awaitingCompleted()) {
      const statement = build.completedStatement(settings, stamp(), elapsed);
      awaiting.set(statement.id, 'completed');
      send(statement);
    }
    const verdict = verdictOf(outcome);
    if (flags.verdictSent !== null || awaitingVerdict() || outcome.score === undefined) return;
    if (verdict === 'passed' || (verdict === 'failed' && noAttemptLeft(progress))) {
      const statement = build.judgedStatement(settings, stamp(), verdict, outcome.score, elapsed);
      awaiting.set(statement.id, verdict);
      send(statement);
    }
  }

  function delivered(statements: readonly XapiStatement[]): void {
    let changed = false;
    for (const statement of statements) {
      const kind = awaiting.get(statement.id);
      if (kind === undefined) continue;
      awaiting.delete(statement.id);
      flags = kind === 'completed' ? { ...flags, completedSent: true } : { ...flags, verdictSent: kind };
      changed = true;
    }
    if (changed && last !== null) {
      keep(last.progress);
      // Once the session is closing, the state was written with its end (see leave).
      if (active) saveRemote();
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
    last = { progress, outcome };
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

  /**
   * Ends the session: the last screen, then (returned, for the caller to send) suspended when
   * unfinished and terminated. The state is final from here.
   */
  function closeSession(progress: LessonProgress, outcome: LessonOutcome): XapiStatement[] {
    record(progress, outcome);
    leaveScreen(screen);
    const done = finished(progress, outcome);
    const closing = [
      ...(done ? [] : [build.suspendedStatement(settings, stamp(), percentDone(progress, outcome))]),
      build.terminatedStatement(settings, stamp(), context.now() - startedAt),
    ];
    flags = { ...flags, suspended: !done };
    keep(progress);
    active = false;
    deps.markSession('terminated');
    return closing;
  }

  /** The page goes away: what is still queued leaves in one keepalive request, with the state unless the session is over. */
  function sendOnUnload(withState: boolean): void {
    const statements = deps.queue.takeForUnload(fitsKeepalive);
    launch.client.sendOnUnload(statements, withState && doc !== null ? { key: launch.stateKey, document: doc } : null);
  }

  function finish(progress: LessonProgress, outcome: LessonOutcome): void {
    if (!active) return;
    // From here statements only queue up: they leave together in the keepalive request below
    // (a normal request would be cut off by the unload and sent twice).
    deps.queue.stop();
    if (sessionOutlivesPage) {
      // cmi5: maybe a reload: the session goes on in the next page load (see the file comment).
      record(progress, outcome);
      keep(progress);
      active = false;
    } else {
      for (const statement of closeSession(progress, outcome)) send(statement);
    }
    sendOnUnload(true);
  }

  /**
   * The learner leaves by the exit button. In this order, each step bounded in time: what is
   * queued is delivered (completed/passed set their flags), the final state is written, then
   * suspended/terminated go — after terminated the LMS accepts nothing of this session.
   */
  async function leave(): Promise<void> {
    if (!active || last === null) return;
    const { progress, outcome } = last;
    await withinMs(drained(), LEAVE_WAIT_MS);
    const closing = closeSession(progress, outcome);
    if (doc !== null) await withinMs(launch.client.setState(launch.stateKey, doc), LEAVE_WAIT_MS);
    for (const statement of closing) send(statement);
    await withinMs(drained(), LEAVE_WAIT_MS);
    deps.queue.stop();
    if (deps.queue.pending().length > 0) sendOnUnload(false);
  }

  /** Resolves once the queue is empty, or when it stops making progress (down, closed). */
  async function drained(): Promise<void> {
    for (let rounds = 0; rounds < 50 && deps.queue.pending().length > 0; rounds += 1) {
      const before = deps.queue.pending().length;
      await deps.queue.flush();
      if (deps.queue.pending().length >= before) return;
    }
  }

  /** cmi5: the LMS's masteryScore, as the percent the quiz screen shows and judges by. */
  function passMark(): number | null {
    const mastery = settings.cmi5?.masteryScore ?? null;
    return mastery === null ? null : Math.round(mastery * 10000) / 100;
  }

  return { name: settings.cmi5 ? 'cmi5' : 'xapi', notice: null, start, record, recordInteraction, commit, finish, passMark, delivered, leave };
}

function verbName(statement: XapiStatement): string {
  return statement.verb.id.slice(statement.verb.id.lastIndexOf('/') + 1);
}

function withinMs(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    promise.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      () => {
        clearTimeout(timer);
        resolve();
      },
    );
  });
}
