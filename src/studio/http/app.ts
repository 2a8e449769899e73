/**
 * The studio's HTTP routes (express). Reads are JSON views of the workspace; the one write is a
 * review action on one item of one lesson's bank, serialised with every other write.
 */
import express, { type Request, type Response } from 'express';
import { UserError } from '../../diagnostics/errors';
import { ITEM_STATUSES, type ItemStatus, type QuizItem } from '../../model/quiz';
import { ReviewRefused, type ReviewAction } from '../review/actions';
import { BankConflict, writeReview } from '../review/store';
import type { ClientBundle } from '../client-bundle';
import { mapView } from '../views/map';
import { itemView, reviewView } from '../views/review';
import type { Workspace } from '../workspace';
import type { EventHub } from './events';
import { guard, type GuardOptions } from './guard';
import { studioPage } from './page';
import { addPreviewRoutes } from '../preview/routes';
import type { GeneratedLesson } from '../../quiz/generate';

const STUDIO_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'self'";
const PREVIEW_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'self'";

export interface AppParts {
  readonly workspace: Workspace;
  readonly events: EventHub;
  readonly client: ClientBundle;
  readonly guard: GuardOptions;
  /** Called after the studio wrote a bank, so that the watcher does not take it for someone else's change. */
  readonly wrote: (file: string, text: string) => void;
  /** The studio's origin (`http://127.0.0.1:5757`), once it listens. */
  readonly origin: () => string;
}

export function createApp(parts: AppParts): express.Express {
  const { workspace, events, client } = parts;
  const app = express();
  app.disable('x-powered-by');
  app.use(guard(parts.guard));
  app.use((request, response, next) => {
    // No remote assets, no framing by other sites. The preview's LMS host pages and lesson pages
    // are the packages' own, with inline data and styles; they too reach nothing but the studio.
    response.setHeader('Content-Security-Policy', request.path.startsWith('/preview/') ? PREVIEW_CSP : STUDIO_CSP);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use('/api', express.json({ limit: '256kb' }));

  app.get('/', (_request, response) => {
    response.type('html').send(studioPage(parts.guard.token, workspace.course?.language ?? 'en'));
  });
  app.get('/studio.js', (_request, response) => void response.type('js').send(client.js));
  app.get('/studio.css', (_request, response) => void response.type('css').send(client.css));
  app.get('/favicon.ico', (_request, response) => void response.status(204).end());
  app.get('/api/events', (request, response) => events.open(request, response));

  app.get('/api/map', (_request, response) => void response.json(mapView(workspace)));
  let report: { generation: number; lessons: readonly GeneratedLesson[] } | undefined;
  app.get('/api/report', async (_request, response) => {
    if (!workspace.course) return void response.status(409).json({ error: 'the course has errors: fix them first (see the diagnostics)' });
    if (report?.generation !== workspace.generation) {
      // Loaded only when asked for: generation takes seconds on a whole course.
      const { generateBanks } = await import('../../quiz/generate');
      report = { generation: workspace.generation, lessons: generateBanks(workspace.course) };
    }
    response.json(mapView(workspace, report.lessons));
  });

  app.get('/api/lessons/:lesson/review', (request, response) => {
    const view = reviewView(workspace, String(request.params.lesson));
    if (!view) return void response.status(404).json({ error: `the course has no lesson ${request.params.lesson}` });
    response.json(view);
  });

  let queue: Promise<unknown> = Promise.resolve();
  app.post('/api/lessons/:lesson/items/:item', (request, response) => {
    // One write at a time: each reads the bank the one before wrote.
    queue = queue.then(() => reviewRoute(parts, request, response)).catch((error: unknown) => {
      if (!response.headersSent) response.status(500).json({ error: error instanceof Error ? error.message : String(error) });
    });
  });

  addPreviewRoutes(app, workspace, parts.origin);
  app.use((_request: Request, response: Response) => void response.status(404).json({ error: 'not found' }));
  return app;
}

async function reviewRoute(parts: AppParts, request: Request, response: Response): Promise<void> {
  const { workspace } = parts;
  const lesson = String(request.params.lesson);
  const itemId = String(request.params.item);
  const file = workspace.bankPathOf(lesson);
  if (file === undefined) return void response.status(404).json({ error: `the course has no lesson ${lesson}` });
  const body = request.body as { version?: unknown; action?: unknown };
  const action = actionOf(body.action);
  if (typeof body.version !== 'string' || !action) return void response.status(400).json({ error: 'a review request needs version and action' });
  try {
    const written = await writeReview(file, body.version, itemId, action);
    parts.wrote(file, written.text);
    workspace.replaceBank(written.file);
    parts.events.send({ kind: 'bank', lesson, version: written.version });
    response.json({ version: written.version, before: written.before, view: itemView(workspace, lesson, itemId), progress: reviewView(workspace, lesson)?.progress });
  } catch (error) {
    if (error instanceof BankConflict) {
      await workspace.reloadBank(file);
      return void response.status(409).json({ error: `${error.message}: nothing was written, and the page shows the bank as it is now` });
    }
    if (error instanceof ReviewRefused) return void response.status(422).json({ error: error.message });
    if (error instanceof UserError) return void response.status(500).json({ error: error.diagnostics.map((d) => d.message).join('; ') });
    throw error;
  }
}

function actionOf(raw: unknown): ReviewAction | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const action = raw as Record<string, unknown>;
  switch (action.kind) {
    case 'status':
      return ITEM_STATUSES.includes(action.status as ItemStatus) ? { kind: 'status', status: action.status as ItemStatus } : undefined;
    case 'edit':
      return typeof action.changes === 'object' && action.changes !== null ? { kind: 'edit', changes: action.changes } : undefined;
    case 'restore':
      // The restored item is checked by reading the new bank text back as a bank before it is written.
      return typeof action.item === 'object' && action.item !== null ? { kind: 'restore', item: action.item as QuizItem } : undefined;
    default:
      return undefined;
  }
}
