/**
 * `coursepack studio`: loads the course, bundles the page, listens on the loopback address (or
 * the host asked for) and watches the course for changes. A busy port is a clear error when the
 * port was asked for, and the next free one otherwise.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { diagnostic } from '../diagnostics/codes';
import { UserError } from '../diagnostics/errors';
import { bundleClient } from './client-bundle';
import { createApp } from './http/app';
import { EventHub } from './http/events';
import { watchWorkspace } from './watch';
import { MEMORY_ONLY_WRITES } from './preview/routes';
import { Workspace } from './workspace';

export const DEFAULT_PORT = 5757;
/** Ports tried after the default one when it is taken. */
const PORT_TRIES = 20;

export interface StudioOptions {
  readonly courseDir: string;
  readonly quizzesDir?: string;
  /** Asked for on the command line: taken or nothing. Absent: DEFAULT_PORT or the next free one. */
  readonly port?: number;
  /** 127.0.0.1 unless asked otherwise. */
  readonly host?: string;
}

export interface RunningStudio {
  readonly url: string;
  readonly workspace: Workspace;
  close(): Promise<void>;
}

export async function startStudio(options: StudioOptions): Promise<RunningStudio> {
  const host = options.host ?? '127.0.0.1';
  const [workspace, client] = await Promise.all([Workspace.open(options.courseDir, options.quizzesDir), bundleClient()]);
  const events = new EventHub();
  const token = randomBytes(24).toString('hex');
  const hosts: string[] = [];
  let watcher: ReturnType<typeof watchWorkspace> | undefined;
  const app = createApp({ workspace, events, client, guard: { hosts, token, memoryOnly: MEMORY_ONLY_WRITES }, wrote: (file, text) => watcher?.wrote(file, text), origin: () => `http://${hosts[0]}` });
  const server = createServer(app);
  const port = await listen(server, host, options.port);
  hosts.push(...hostNames(host, port));
  watcher = watchWorkspace(workspace, (event) => events.send(event));
  return {
    url: `http://${hosts[0]}/`,
    workspace,
    close: async () => {
      watcher?.close();
      await watcher?.idle();
      events.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function hostNames(host: string, port: number): string[] {
  const shown = host.includes(':') ? `[${host}]` : host;
  const names = [`${shown}:${port}`];
  if (host === '127.0.0.1' || host === '::1') names.push(`localhost:${port}`);
  return names;
}

async function listen(server: Server, host: string, asked: number | undefined): Promise<number> {
  const first = asked ?? DEFAULT_PORT;
  const last = asked ?? DEFAULT_PORT + PORT_TRIES;
  for (let port = first; port <= last; port++) {
    const outcome = await tryListen(server, host, port);
    if (outcome === 'listening') return (server.address() as AddressInfo).port;
    if (outcome !== 'EADDRINUSE') throw new UserError([diagnostic('studio/cannot-listen', `the studio cannot listen on ${host}:${port}: ${outcome}`)]);
  }
  const message = asked !== undefined
    ? `port ${asked} is in use on ${host}: another program (or another studio) listens there`
    : `ports ${first} to ${last} are all in use on ${host}`;
  throw new UserError([diagnostic('studio/port-in-use', message)]);
}

function tryListen(server: Server, host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const failed = (error: NodeJS.ErrnoException) => {
      server.off('listening', listening);
      resolve(error.code === 'EADDRINUSE' ? 'EADDRINUSE' : error.message);
    };
    const listening = () => {
      server.off('error', failed);
      resolve('listening');
    };
    server.once('error', failed);
    server.once('listening', listening);
    server.listen(port, host);
  });
}
