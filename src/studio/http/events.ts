/**
 * Server-sent events: the open pages are told what changed on disk (a lesson, a bank, the
 * diagnostics), and reload that part. One stream per page.
 */
import type { Request, Response } from 'express';

export interface StudioEvent {
  /** `course`: course.yaml, the glossary or a lesson; `bank`: one bank; `diagnostics`: validate ran again. */
  readonly kind: 'course' | 'bank' | 'diagnostics';
  readonly lesson?: string;
  /** The file that changed, relative to the folder holding the course folder. */
  readonly file?: string;
  /** `bank`: the bank's version now (a page that already shows it has nothing to reload). */
  readonly version?: string;
}

export class EventHub {
  private readonly clients = new Set<Response>();

  open(request: Request, response: Response): void {
    response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    response.write('retry: 1000\n\n');
    this.clients.add(response);
    request.on('close', () => this.clients.delete(response));
  }

  send(event: StudioEvent): void {
    const text = `event: change\ndata: ${JSON.stringify(event)}\n\n`;
    for (const client of this.clients) client.write(text);
  }

  close(): void {
    for (const client of this.clients) client.end();
    this.clients.clear();
  }
}
