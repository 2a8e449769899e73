/** The `--auth` value as the Authorization header an LRS wants (xAPI 1.0.3 uses HTTP Basic). */
import { diagnostic } from '../../../diagnostics/codes';
import { UserError } from '../../../diagnostics/errors';

/** `key:secret` becomes `Basic base64(key:secret)`; a value that already says `Basic …` is kept. */
export function authorizationHeader(auth: string): string {
  const trimmed = auth.trim();
  if (/^basic\s+\S+$/i.test(trimmed)) return `Basic ${trimmed.replace(/^basic\s+/i, '')}`;
  const colon = trimmed.indexOf(':');
  if (colon > 0) return `Basic ${Buffer.from(trimmed, 'utf8').toString('base64')}`;
  throw new UserError([
    diagnostic(
      'report/invalid-option',
      '--auth must be "key:secret" or "Basic <token>"; the value given is neither.',
      undefined,
      'Copy the key and secret of an LRS client allowed to read statements: --auth key:secret.',
    ),
  ]);
}
