/**
 * A front for the test LRS that checks credentials (xapi-statements' test auth accepts any): a
 * request with the wrong Authorization gets 401, as a real LRS answers a wrong password.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface AuthProxy {
  readonly endpoint: string;
  stop(): Promise<void>;
}

export async function startAuthProxy(lrsEndpoint: string, authorization: string): Promise<AuthProxy> {
  const lrs = new URL(lrsEndpoint);
  const server: Server = createServer((request, response) => {
    if (request.headers.authorization !== authorization) {
      response.writeHead(401, { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Basic realm="LRS"' });
      response.end('{"message":"Unauthorised"}');
      return;
    }
    const target = new URL(request.url ?? '/', lrs.origin);
    fetch(target, { headers: { 'X-Experience-API-Version': '1.0.3', Authorization: authorization } })
      .then(async (answer) => {
        response.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? 'application/json' });
        response.end(await answer.text());
      })
      .catch(() => {
        response.writeHead(502);
        response.end();
      });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}${lrs.pathname}`,
    stop: () => new Promise((done) => server.close(() => done())),
  };
}
