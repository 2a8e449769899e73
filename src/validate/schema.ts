/**
 * Checks the shape of course.yaml and of lesson front matter against the JSON Schemas in
 * src/schema, and turns each schema error into a diagnostic at the offending line.
 */
import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { YamlSource } from '../load/yaml-source';
import { validators } from './compiled-schemas';
import { describeSchemaError, type SchemaKind } from './schema-messages';


export interface ShapeCheck<T> {
  /** The data typed by its schema, when it has no shape errors. */
  readonly data: T | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

export function checkShape<T>(kind: SchemaKind, data: unknown, source: YamlSource): ShapeCheck<T> {
  // Made once, on first use: generated at compile time when current, else compiled by ajv (./compiled-schemas.ts).
  const validate = validators()[kind];
  if (validate(data)) return { data: data as T, diagnostics: [] };
  const errors: readonly ErrorObject[] = validate.errors ?? [];
  const diagnostics = errors
    .map((error) => describeSchemaError(error, { kind, data, source }))
    .filter((d): d is Diagnostic => d !== undefined);
  return { data: undefined, diagnostics: dedupe(diagnostics).sort(byPosition) };
}

/** In the order of the file, as a reader goes through it (ajv's order follows the schema). */
function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (a.place?.line ?? 0) - (b.place?.line ?? 0) || (a.place?.column ?? 0) - (b.place?.column ?? 0);
}

/** The same place and message twice (ajv can report one fault through two paths) says nothing new. */
function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.place?.line}:${d.place?.column}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
