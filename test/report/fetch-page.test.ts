/**
 * Issue 11, item 8: an LRS that starts an answer and then stalls is a timeout, not "not JSON".
 * The stall is a body stream that fails as fetch's time limit makes it fail (a TimeoutError).
 */
import { UserError } from '../../src/diagnostics/errors';
import { fetchStatementPage, type Fetch } from '../../src/report/sources/xapi/fetch-page';

function answerThatStalls(): Fetch {
  return async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"statements": [{"id": "'));
        setTimeout(() => controller.error(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), 5);
      },
    });
    return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
}

describe('fetchStatementPage', () => {
  it('calls an answer cut off by the time limit a timeout', async () => {
    const error = await fetchStatementPage('https://lrs.example/xAPI/statements', 'Basic x', answerThatStalls()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).diagnostics).toEqual([{
      code: 'report/lrs-timeout',
      severity: 'error',
      message: 'The LRS at https://lrs.example began to answer but sent no more within 60 s (the answer was cut off).',
      hint: 'The LRS stopped sending in the middle of an answer: try again, or ask for fewer statements per page with --page-size.',
    }]);
  });

  it('still says "not JSON" for an answer that is complete but not JSON', async () => {
    const notJson: Fetch = async () => new Response('<html>login</html>', { status: 200 });
    const error = (await fetchStatementPage('https://lrs.example/xAPI/statements', 'Basic x', notJson).catch((e: unknown) => e)) as UserError;
    expect(error.diagnostics[0]).toMatchObject({ code: 'report/lrs-error', message: 'GET https://lrs.example/xAPI/statements answered with something that is not JSON' });
  });
});
