/**
 * Every way a Moodle web-service call fails, as a message for the instructor and the steps for
 * the site administrator. The token never appears: messages are built from our own words, the
 * site's address and Moodle's error text with the token blanked out.
 */
import { diagnostic, type DiagnosticCode } from '../../../diagnostics/codes';
import { UserError } from '../../../diagnostics/errors';

/** The steps that turn web services on (Moodle 4.x–5.x menus). */
export const ENABLE_STEPS =
  'Site administration > General > Advanced features: tick "Enable web services"; then Site administration > Server > Web services > Manage protocols: enable REST.';

export class MoodleCallError extends UserError {
  constructor(
    readonly code: DiagnosticCode,
    message: string,
    hint?: string,
    /** A failure that may pass (network, 5xx, timeout): the call is tried again. */
    readonly retryable = false,
  ) {
    super([diagnostic(code, message, undefined, hint)]);
    this.name = 'MoodleCallError';
  }

  /** Moodle answers refusals with HTTP 200 and `{exception, errorcode, message}`. */
  static throwIfException(body: unknown, wsfunction: string, site: string, token: string): void {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return;
    const record = body as { exception?: unknown; errorcode?: unknown; message?: unknown };
    if (typeof record.exception !== 'string' && typeof record.errorcode !== 'string') return;
    const errorcode = typeof record.errorcode === 'string' ? record.errorcode : '';
    const message = redact(typeof record.message === 'string' ? record.message : '', token);
    throw refusal(errorcode, message, wsfunction, site);
  }
}

function refusal(errorcode: string, message: string, wsfunction: string, site: string): MoodleCallError {
  switch (errorcode) {
    case 'invalidtoken':
      return new MoodleCallError('report/moodle-token', `${site} does not know this token (Moodle: "${message}").`);
    case 'accessexception':
      return missingFunctions(site, [wsfunction]);
    case 'nopermissions':
    case 'requireloginerror':
    case 'errorcoursecontextnotvalid':
    case 'notingroup':
      return new MoodleCallError(
        'report/moodle-capability',
        `The token's user may not do what ${wsfunction} needs in this course (Moodle: "${message}").`,
      );
    case 'webservicesnotenabled':
    case 'enablewsdescription':
      return wsDisabled(site);
    default:
      return new MoodleCallError('report/moodle-error', `${wsfunction} failed on ${site}: ${errorcode === '' ? '' : `${errorcode}: `}${message}`);
  }
}

export function missingFunctions(site: string, functions: readonly string[]): MoodleCallError {
  const list = functions.join(', ');
  return new MoodleCallError(
    'report/moodle-function-missing',
    `The web service of this token on ${site} does not offer ${functions.length === 1 ? 'the function' : 'the functions'} ${list}.`,
    `Site administration > Server > Web services > External services: open the service the token belongs to, "Functions", add ${list}.`,
  );
}

export function wsDisabled(site: string): MoodleCallError {
  return new MoodleCallError('report/moodle-ws-disabled', `${site} refuses web-service calls (HTTP 403 from webservice/rest/server.php): web services or the REST protocol are not enabled.`, ENABLE_STEPS);
}

export function unreachable(site: string, reason: string): MoodleCallError {
  return new MoodleCallError('report/moodle-unreachable', `${site} could not be reached (${reason}).`, undefined, true);
}

export function timedOut(site: string, timeoutMs: number): MoodleCallError {
  return new MoodleCallError('report/moodle-timeout', `${site} did not answer within ${timeoutMs / 1000} s.`, undefined, true);
}

export function serverError(site: string, status: number, body: string): MoodleCallError {
  const line = body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
  return new MoodleCallError('report/moodle-error', `${site} answered HTTP ${status}${line === '' ? '' : `: ${line}`}`, undefined, true);
}

export function notMoodle(site: string, what: string): MoodleCallError {
  return new MoodleCallError('report/moodle-not-found', `${site}/webservice/rest/server.php answered ${what}, not a Moodle web-service answer.`);
}

/** Blanks the token out of text that came from elsewhere. */
export function redact(text: string, token: string): string {
  return token === '' ? text : text.split(token).join('[token]');
}
