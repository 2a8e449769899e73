/**
 * Only the studio's own page may change anything. A request is served only when its Host is the
 * address the studio listens on (a DNS-rebinding page names another host), and a write only
 * when it carries the session token the page was given and the browser says it comes from the
 * same origin (Origin and Sec-Fetch-Site, which a cross-site page cannot set).
 */
import type { NextFunction, Request, Response } from 'express';

export interface GuardOptions {
  /** `127.0.0.1:5757` and the like: every Host the studio answers to. */
  readonly hosts: readonly string[];
  readonly token: string;
  /** Paths whose writes change only what the server holds in memory (the preview LMS's records): same origin suffices. */
  readonly memoryOnly?: RegExp;
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);
export const TOKEN_HEADER = 'x-studio-token';

export function refusal(request: Pick<Request, 'method' | 'headers' | 'url'>, options: GuardOptions): string | undefined {
  const host = request.headers.host ?? '';
  if (!options.hosts.includes(host)) return `the studio answers only at ${options.hosts[0]}`;
  if (SAFE_METHODS.has(request.method)) return undefined;
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return 'a write must come from the studio page itself';
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return 'a write must come from the studio page itself';
  if (options.memoryOnly?.test(request.url.split('?')[0]!)) return undefined;
  if (request.headers[TOKEN_HEADER] !== options.token) return 'the write does not carry this studio session\'s token: reload the page';
  return undefined;
}

export function guard(options: GuardOptions) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const refused = refusal(request, options);
    if (refused === undefined) next();
    else response.status(403).json({ error: refused });
  };
}
