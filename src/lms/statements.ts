/**
 * Where the xAPI LMS (./xapi-lms.ts) puts statements: kept in memory (the studio preview: nothing
 * leaves the machine), or forwarded to a real LRS (the browser tests, whose LRS validates them).
 */
import { randomUUID } from 'node:crypto';
import { statementsOf, type LmsReply, type LmsRequest, type StatementStore } from './xapi-lms';

export function forwardStatements(endpoint: string, auth: string): StatementStore {
  return {
    async handle(request: LmsRequest): Promise<LmsReply> {
      const forwarded = await fetch(`${endpoint}statements${request.url.search}`, {
        method: request.method,
        headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: auth },
        body: request.method === 'GET' ? undefined : request.body,
      });
      return { status: forwarded.status, contentType: forwarded.headers.get('content-type') ?? 'application/json', body: await forwarded.text() };
    },
  };
}

/** Statements in memory, as an LRS stores them: an id for each, `stored`, and no id stored twice with other content. */
export class MemoryStatements implements StatementStore {
  private readonly byId = new Map<string, Record<string, unknown>>();
  private readonly order: string[] = [];

  async handle(request: LmsRequest): Promise<LmsReply> {
    const { method, url } = request;
    if (method === 'GET') {
      const id = url.searchParams.get('statementId');
      if (id !== null) {
        const found = this.byId.get(id);
        return found ? json(200, found) : json(404, { error: `no statement ${id}` });
      }
      const registration = url.searchParams.get('registration');
      return json(200, { statements: this.list(registration ?? undefined).reverse(), more: '' });
    }
    const given = statementsOf(request.body);
    if (given.length === 0) return json(400, { error: 'no statement in the request' });
    const idParam = url.searchParams.get('statementId');
    if (method === 'PUT' && (idParam === null || given.length !== 1)) return json(400, { error: 'PUT takes one statement and its statementId' });
    const stored: string[] = [];
    for (const statement of given) {
      const id = String(method === 'PUT' ? idParam : (statement['id'] ?? randomUUID()));
      const full = { ...statement, id, stored: new Date().toISOString(), authority: { objectType: 'Agent', name: 'coursepack studio', mbox: 'mailto:studio@localhost' } };
      const earlier = this.byId.get(id);
      if (earlier) {
        // The same statement again (a retry) is fine; another one under its id is a conflict.
        if (JSON.stringify(withoutStored(earlier)) !== JSON.stringify(withoutStored(full))) return json(409, { error: `statement ${id} exists with other content` });
      } else {
        this.byId.set(id, full);
        this.order.push(id);
      }
      stored.push(id);
    }
    return method === 'PUT' ? { status: 204, contentType: 'text/plain', body: '' } : json(200, stored);
  }

  /** In the order they arrived; of one registration when given. */
  list(registration?: string): Record<string, unknown>[] {
    const all = this.order.map((id) => this.byId.get(id)!);
    return registration === undefined ? all : all.filter((s) => (s['context'] as { registration?: string } | undefined)?.registration === registration);
  }
}

function withoutStored(statement: Record<string, unknown>): Record<string, unknown> {
  const { stored: _stored, ...rest } = statement;
  return rest;
}

function json(status: number, value: unknown): LmsReply {
  return { status, contentType: 'application/json', body: JSON.stringify(value) };
}
