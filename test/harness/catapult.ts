/**
 * Driving ADL's CATAPULT (../shared/harness/cmi5, brought up by .ci/run) from a test: import a
 * cmi5 zip, launch an AU with launch extras, read back what the LRS stored and what CATAPULT
 * recorded (satisfied, completed, passed per AU and per block/course), and watch every answer
 * CATAPULT's LRS proxy gives the page — a refusal (4xx with the cmi5 requirement id) is seen
 * only by the browser.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import type { Cmi5Harness } from './real-service';

const run = promisify(execFile);

export interface CatapultAu {
  readonly id: string;
  readonly lmsId: string;
  readonly url: string;
  readonly moveOn: string;
  readonly masteryScore: number | null;
}

export interface CatapultCourse {
  readonly id: number;
  readonly aus: readonly CatapultAu[];
}

export interface Launch {
  readonly sessionId: number;
  readonly url: string;
  readonly registration: string;
  readonly activityId: string;
}

export interface LaunchExtras {
  readonly launchMode?: 'Normal' | 'Browse' | 'Review';
  readonly masteryScore?: number;
  readonly returnUrl?: string;
}

/** A node of CATAPULT's moveOn tree (course, block, AU) with whether it is satisfied. */
export interface MoveOnNode {
  readonly type: 'course' | 'block' | 'au';
  readonly pubId: string;
  readonly satisfied: boolean;
  readonly children?: readonly MoveOnNode[];
}

export interface RegistrationView {
  /** The course node of the moveOn tree (CATAPULT's `isSatisfied` column of a registration stays 0). */
  readonly isSatisfied: boolean;
  readonly moveOn: MoveOnNode;
  /** Per AU, in course order. */
  readonly aus: readonly { readonly isCompleted: boolean; readonly isPassed: boolean; readonly isSatisfied: boolean; readonly hasBeenAttempted: boolean }[];
}

/** One answer of CATAPULT's `/lrs/` proxy to the page that was not a success. */
export interface LrsAnswer {
  readonly method: string;
  /** The verbs of the statements a refused POST or PUT carried (last part of each verb id). */
  readonly verbs?: string;
  readonly path: string;
  readonly status: number;
  readonly violatedReqId?: string;
  readonly message?: string;
}

export interface Catapult {
  importZip(zip: string): Promise<CatapultCourse>;
  launch(course: CatapultCourse, auIndex: number, learner: string, extras?: LaunchExtras, registration?: string): Promise<Launch>;
  statements(registration: string): Promise<Record<string, any>[]>;
  registration(registration: string): Promise<RegistrationView>;
  setLearnerPreferences(registration: string, languagePreference: string): Promise<void>;
  /** Collects the page's failed requests to CATAPULT's LRS proxy (call before navigating). */
  watch(page: Page): LrsAnswer[];
}

export function catapult(harness: Cmi5Harness): Catapult {
  const env = { ...process.env, WORK: harness.work, LRS: harness.lrs };
  const script = (name: string) => join(harness.scripts, name);
  const token = () => readFileSync(join(harness.work, 'run/catapult-token'), 'utf8').trim();
  const api = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${harness.catapultUrl}/api/v1${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${token()}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) },
    });
    if (!response.ok) throw new Error(`CATAPULT ${path}: HTTP ${response.status} ${await response.text()}`);
    return response.status === 204 ? null : ((await response.json()) as any);
  };
  const registrationIds = new Map<string, number>();
  const numericId = (code: string): number => {
    const id = registrationIds.get(code);
    if (id === undefined) throw new Error(`registration ${code} was not made by this test`);
    return id;
  };
  return {
    async importZip(zip) {
      const { stdout } = await run(script('catapult-import.sh'), [zip], { env });
      const course = JSON.parse(stdout) as { id: number; metadata: { aus: CatapultAu[] } };
      return { id: course.id, aus: course.metadata.aus };
    },
    async launch(course, auIndex, learner, extras = {}, registration) {
      // A registration of our own first: CATAPULT finds a registration by "id = x or code = x",
      // and MariaDB reads a uuid that starts with digits as that number, so a registration is
      // only ever looked up here by its numeric id (kept per code).
      if (registration === undefined) {
        const made = await api('/registration', { method: 'POST', body: JSON.stringify({ courseId: course.id, actor: actorOf(learner) }) });
        registrationIds.set(made.code, made.id);
        registration = String(made.code);
      }
      const { stdout } = await run(script('catapult-launch.sh'), [String(course.id), String(auIndex), JSON.stringify(extras)], {
        env: { ...env, ACTOR_NAME: learner, REG: registration },
      });
      const answer = JSON.parse(stdout) as { id: number; url: string };
      const params = new URL(answer.url).searchParams;
      return { sessionId: answer.id, url: answer.url, registration: params.get('registration')!, activityId: params.get('activityId')! };
    },
    async statements(registration) {
      const { stdout } = await run('node', [script('get-statements.cjs'), `registration=${registration}`], { env, maxBuffer: 64 * 1024 * 1024 });
      return JSON.parse(stdout) as Record<string, any>[];
    },
    async registration(registration) {
      const view = await api(`/registration/${numericId(registration)}`);
      return {
        isSatisfied: Boolean(view.metadata.moveOn.satisfied),
        moveOn: view.metadata.moveOn as MoveOnNode,
        aus: (view.aus as any[]).map((au) => ({
          isCompleted: Boolean(au.isCompleted),
          isPassed: Boolean(au.isPassed),
          isSatisfied: Boolean(au.isSatisfied),
          hasBeenAttempted: Boolean(au.hasBeenAttempted),
        })),
      };
    },
    async setLearnerPreferences(registration, languagePreference) {
      await api(`/registration/${numericId(registration)}/learner-prefs`, { method: 'POST', body: JSON.stringify({ languagePreference, audioPreference: 'off' }) });
    },
    watch(page) {
      const answers: LrsAnswer[] = [];
      page.on('response', async (response) => {
        const url = new URL(response.url());
        if (!url.pathname.startsWith('/lrs/') || response.status() < 400) return;
        // The verbs sent, read from the request at once (a page being reloaded loses the answer's body).
        const verbs = statementVerbs(response.request().postData());
        const body = (await response.json().catch(() => ({}))) as { violatedReqId?: string; message?: string };
        answers.push({
          ...(verbs ? { verbs } : {}),
          method: response.request().method(),
          path: url.pathname.slice('/lrs/'.length) + (url.searchParams.get('profileId') ? `?profileId=${url.searchParams.get('profileId')}` : ''),
          status: response.status(),
          ...(body.violatedReqId ? { violatedReqId: body.violatedReqId } : {}),
          ...(body.message ? { message: body.message } : {}),
        });
      });
      return answers;
    },
  };
}

function statementVerbs(data: string | null): string | undefined {
  try {
    const sent = JSON.parse(data ?? '') as unknown;
    const list = (Array.isArray(sent) ? sent : [sent]) as { verb?: { id?: string } }[];
    return list.map((statement) => statement.verb?.id?.split('/').pop() ?? '?').join(',');
  } catch {
    return undefined;
  }
}

/** The learner as catapult-launch.sh names them (its defaults, ACTOR_NAME as the account name). */
function actorOf(learner: string) {
  return { objectType: 'Agent', name: 'Тест Оқушы', account: { homePage: 'https://lms.example.org', name: learner } };
}

/** CATAPULT's refusals among the answers: everything but the 404 of a learner without preferences (cmi5 11.0 allows it). */
export function refusals(answers: readonly LrsAnswer[]): LrsAnswer[] {
  return answers.filter((answer) => !(answer.status === 404 && answer.method === 'GET' && answer.path === 'agents/profile?profileId=cmi5LearnerPreferences'));
}

/** The node of the moveOn tree with this publisher id. */
export function moveOnNode(root: MoveOnNode, pubId: string): MoveOnNode | undefined {
  if (root.pubId === pubId) return root;
  for (const child of root.children ?? []) {
    const found = moveOnNode(child, pubId);
    if (found) return found;
  }
  return undefined;
}
