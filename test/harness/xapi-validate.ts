/**
 * Every statement a test collects is checked by two third-party validators: the edo-xrs xAPI
 * 1.0.2 statement JSON Schema (../shared/vendor, a draft-04 schema, compiled with ajv) and
 * Learning Locker's `@learninglocker/xapi-validation`. Properties the LRS sets (stored,
 * authority, version) are removed first: the schema describes statements as sent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import validateXapi from '@learninglocker/xapi-validation';
import { SHARED_DIR } from './real-service';

const SCHEMA_FILE = join(SHARED_DIR, 'vendor/xapi-statement-schema-1.0.2.json');

let schemaCheck: ((statement: unknown) => string | null) | null = null;

function compileSchema(): (statement: unknown) => string | null {
  // unicodeRegExp off: the schema's interval patterns use escapes unicode mode refuses.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
  return (statement) => (validate(statement) ? null : ajv.errorsText(validate.errors));
}

/** Problems with the statements, one line each (empty when all are valid). */
export function statementProblems(statements: readonly Record<string, unknown>[]): string[] {
  schemaCheck ??= compileSchema();
  const problems: string[] = [];
  for (const stored of statements) {
    const { stored: _s, authority: _a, version: _v, ...sent } = stored;
    const label = `${String((sent['verb'] as { id?: string } | undefined)?.id ?? '?').split('/').pop()} ${String(sent['id'])}`;
    const schemaProblem = schemaCheck(sent);
    if (schemaProblem !== null) problems.push(`${label}: schema: ${schemaProblem}`);
    const warnings = validateXapi(JSON.parse(JSON.stringify(sent)));
    for (const warning of warnings as unknown as { path: string[]; data: unknown; name: string }[]) {
      problems.push(`${label}: xapi-validation: ${warning.name} at ${warning.path.join('.')} (${JSON.stringify(warning.data)?.slice(0, 80)})`);
    }
  }
  return problems;
}

/** Fails with every problem when any statement is not valid xAPI. */
export function expectValidStatements(statements: readonly Record<string, unknown>[]): void {
  const problems = statementProblems(statements);
  if (problems.length > 0) throw new Error(`${problems.length} statement(s) are not valid xAPI:\n${problems.join('\n')}`);
}
