/**
 * The fake LMS of the preview: a lesson's package served as an LMS serves it, launched in the
 * strict host of its runtime (src/lms: scorm-again with the limits real LMSs enforce), and the
 * LMS's records (commits, violations, call log) kept in memory. Nothing leaves the machine: the
 * learner is a made-up one, and every URL is the studio's own.
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import express, { type Express, type Request, type Response } from 'express';
import type { XapiLms } from '../../lms/xapi-lms';
import type { MemoryStatements } from '../../lms/statements';
import { LANGUAGES, type Language } from '../../model/course';
import type { Workspace } from '../workspace';
import { isPreviewRuntime, type PreviewRuntime } from './runtimes';
import { lastCommittedCmi, PreviewSessions } from './sessions';

type Parts = typeof import('./lms-parts');
let partsOnce: Promise<Parts> | undefined;
/** Loaded on the first preview request (./lms-parts.ts). */
const parts = (): Promise<Parts> => (partsOnce ??= import('./lms-parts'));

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml', '.json': 'application/json', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.gif': 'image/gif', '.svg': 'image/svg+xml', '.webp': 'image/webp',
};

const LEARNER = { id: 'studio-preview', name: 'Preview, Learner', email: 'preview@studio.invalid' };

/**
 * What the lesson and the SCORM host post (records, statements, state): they change memory
 * only, so they need no session token (a beacon cannot carry one, nor can the player's xAPI
 * requests); the guard still requires them to come from the studio's own origin.
 */
export const MEMORY_ONLY_WRITES = /^(?:\/preview\/[a-z0-9]+\/[A-Za-z0-9_-]+\/(?:commit|violation|calls)|\/lrs\/.*)$/;

/** `origin()`: the studio's own origin, known once it listens (xAPI launch URLs are absolute). */
export function addPreviewRoutes(app: Express, workspace: Workspace, origin: () => string): PreviewSessions {
  const sessions = new PreviewSessions();
  const text = express.text({ type: () => true, limit: '2mb' });
  /** The player's language in the preview; undefined: the course's. */
  let language: Language | undefined;
  let lms: { readonly lms: XapiLms; readonly statements: MemoryStatements } | undefined;
  const xapiLms = async () => {
    if (!lms) {
      const { createXapiLms, MemoryStatements } = await parts();
      const statements = new MemoryStatements();
      lms = { lms: createXapiLms({ origin: origin(), base: '/lrs', pageUrl: (page) => `${origin()}${page}`, statements }), statements };
    }
    return lms;
  };

  app.all('/lrs/*rest', text, async (request, response) => {
    const body = typeof request.body === 'string' ? request.body : '';
    const answer = await (await xapiLms()).lms.handle({ method: request.method, url: new URL(request.originalUrl, origin()), headers: request.headers, body });
    if (answer === undefined) return void response.status(404).json({ error: 'not found' });
    if ('destroy' in answer) return void request.socket.destroy();
    response.status(answer.status).setHeader('X-Experience-API-Version', '1.0.3');
    if (answer.status === 204) return void response.end();
    response.type(answer.contentType).send(answer.body);
  });

  app.get('/preview/lib/:file', async (request, response) => {
    const file = (await parts()).LIBRARIES[String(request.params.file)];
    if (!file) return void response.status(404).end();
    response.type('js').send(await readFile(file, 'utf8'));
  });

  const cmi5Launch = async (page: string, registration: string) => {
    const lessonId = page.split('/')[3]!;
    const au = (await (await parts()).lessonPackage(workspace, 'cmi5', lessonId, language)).au!;
    return (await xapiLms()).lms.launchCmi5({ page, learner: LEARNER, activityId: au.id, publisherId: au.id, registration, ...(au.moveOn ? { moveOn: au.moveOn } : {}), ...(au.masteryScore !== undefined ? { masteryScore: au.masteryScore } : {}) });
  };

  app.get('/preview/:runtime/:lesson/launch', async (request, response) => {
    const target = targetOf(request, response, workspace);
    if (!target) return;
    const session = sessions.get(target.runtime, target.lesson);
    const base = `/preview/${target.runtime}/${target.lesson}`;
    if (target.runtime === 'xapi' || target.runtime === 'cmi5') {
      // The LMS's launch: to the lesson page with the launch parameters, in the attempt's registration.
      const page = `${base}/pkg/lessons/${target.lesson}/index.html`;
      const course = workspace.course!;
      const lesson = workspace.lesson(target.lesson)!;
      const launch = target.runtime === 'xapi'
        ? (await xapiLms()).lms.launchTinCan({ page, learner: LEARNER, activityId: (await parts()).lessonActivity(course, lesson).id, registration: session.registration })
        : await cmi5Launch(page, session.registration);
      return void response.redirect(303, launch.url);
    }
    const urls = {
      scoUrl: `${base}/pkg/lessons/${target.lesson}/index.html`,
      commitUrl: `${base}/commit`,
      violationUrl: `${base}/violation`,
      callsUrl: `${base}/calls`,
      bundleUrl: `/preview/lib/${target.runtime}.js`,
      hostScriptUrl: `/preview/lib/${target.runtime}-host.js`,
    };
    // A relaunch resumes from the last commit, as an LMS does; a launch after a reset starts afresh.
    const previous = request.query.resume === '1' ? lastCommittedCmi(session.commits) : null;
    session.violations.length = 0;
    session.calls = [];
    const { renderLmsHostPage, renderLms2004HostPage, formatMeasure, passMarkToMeasure } = await parts();
    const html = target.runtime === 'scorm12'
      ? renderLmsHostPage({ ...urls, previous, studentId: LEARNER.id, studentName: LEARNER.name })
      : renderLms2004HostPage({ ...urls, previous, studentId: LEARNER.id, studentName: LEARNER.name, scaledPassingScore: formatMeasure(passMarkToMeasure(workspace.course!.settings.quiz.passMark)) });
    response.type('html').send(html);
  });

  app.get('/preview/:runtime/:lesson/pkg/*file', async (request, response) => {
    const target = targetOf(request, response, workspace);
    if (!target) return;
    const file = (request.params as { file?: string[] }).file?.join('/') ?? '';
    const built = await (await parts()).lessonPackage(workspace, target.runtime, target.lesson, language);
    const bytes = built.files.get(file);
    if (!bytes) return void response.status(404).type('text').send(`the package has no ${file}`);
    response.type(TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream').send(Buffer.from(bytes));
  });

  app.post('/preview/:runtime/:lesson/:record', text, (request, response) => {
    const target = targetOf(request, response, workspace);
    if (!target) return;
    const session = sessions.get(target.runtime, target.lesson);
    const body = typeof request.body === 'string' && request.body !== '' ? (JSON.parse(request.body) as unknown) : request.body;
    switch (request.params.record) {
      case 'commit':
        session.commits.push({ final: request.query.final === 'true', data: body as Record<string, unknown> });
        return void response.json({ result: 'true', errorCode: 0 });
      case 'violation':
        session.violations.push(body);
        return void response.status(204).end();
      case 'calls':
        session.calls = Array.isArray(body) ? body : [];
        return void response.status(204).end();
      default:
        return void response.status(404).json({ error: 'not found' });
    }
  });

  app.get('/api/preview/:runtime/:lesson', async (request, response) => {
    const target = targetOf(request, response, workspace);
    if (!target) return;
    const session = sessions.get(target.runtime, target.lesson);
    if (target.runtime === 'xapi' || target.runtime === 'cmi5') {
      const { lms: own, statements } = await xapiLms();
      return void response.json({ registration: session.registration, statements: statements.list(session.registration), state: own.statesOf(session.registration) });
    }
    response.json({ commits: session.commits.length, last: lastCommittedCmi(session.commits), violations: session.violations });
  });

  app.get('/api/preview/language', (_request, response) => void response.json({ language: language ?? workspace.course?.language ?? 'en', languages: LANGUAGES }));
  app.post('/api/preview/language', (request, response) => {
    const asked = (request.body as { language?: unknown } | undefined)?.language;
    if (!LANGUAGES.includes(asked as Language)) return void response.status(400).json({ error: `the player speaks ${LANGUAGES.join(', ')}` });
    language = asked === workspace.course?.language ? undefined : (asked as Language);
    response.json({ language: asked });
  });

  app.post('/api/preview/:runtime/:lesson/reset', (request, response) => {
    const target = targetOf(request, response, workspace);
    if (!target) return;
    sessions.reset(target.runtime, target.lesson);
    response.json({ reset: true });
  });
  return sessions;
}

function targetOf(request: Request, response: Response, workspace: Workspace): { runtime: PreviewRuntime; lesson: string } | undefined {
  const runtime = String(request.params.runtime);
  const lesson = String(request.params.lesson);
  if (!isPreviewRuntime(runtime) || !workspace.lesson(lesson)) {
    response.status(404).json({ error: `no preview of lesson ${lesson} in runtime ${runtime}` });
    return undefined;
  }
  return { runtime, lesson };
}
