/**
 * Checks the shape of a bank file against src/schema/quiz.schema.json. Schema errors become
 * diagnostics at the offending line through the same messages as course.yaml's
 * (src/validate/schema-messages.ts); only the few about the file as a whole are worded here.
 */
import type { ErrorObject } from 'ajv';
import { diagnostic } from '../../diagnostics/codes';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { placeOfKey, placeOfValue, type YamlSource } from '../../load/yaml-source';
import quizSchema from '../../schema/quiz.schema.json';
import { validators } from '../../validate/compiled-schemas';
import { didYouMean } from '../../validate/did-you-mean';
import { describeSchemaError } from '../../validate/schema-messages';
import type { RawBank } from './raw';

export interface BankShape {
  /** The data typed by the schema, when it has no shape errors. */
  readonly data: RawBank | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

export function checkBankShape(data: unknown, source: YamlSource): BankShape {
  // Generated at compile time with the course's validators (src/validate/compiled-schemas.ts).
  const validate = validators().quiz;
  if (validate(data)) return { data: data as RawBank, diagnostics: [] };
  const diagnostics = (validate.errors ?? []).flatMap((error) => describe(error, data, source));
  return { data: undefined, diagnostics: dedupe(diagnostics).sort(byPosition) };
}

function describe(error: ErrorObject, data: unknown, source: YamlSource): Diagnostic[] {
  // "must match then schema" repeats what the errors inside the item's kind already say.
  if (error.keyword === 'if') return [];
  if (error.instancePath === '') return [fileProblem(error, source)];
  // The kind only names the whole file in messages, and errors about the whole file are worded above.
  const described = describeSchemaError(error, { kind: 'lesson', data, source });
  return described ? [described] : [];
}

const TOP_KEYS = Object.keys(quizSchema.properties);

function fileProblem(error: ErrorObject, source: YamlSource): Diagnostic {
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params['additionalProperty']);
      const message = `unknown key "${key}" in the question bank${didYouMean(key, TOP_KEYS)}`;
      return diagnostic('schema/unknown-key', message, placeOfKey(source, [key]));
    }
    case 'required':
      if (error.params['missingProperty'] === 'course') {
        return diagnostic('quiz/no-course', 'the bank does not say which course it belongs to (course: <course id>)', placeOfValue(source, []));
      }
      return diagnostic('schema/missing-key', `missing ${String(error.params['missingProperty'])}`, placeOfValue(source, []));
    default: {
      const empty = error.data === null || error.data === undefined;
      const message = empty ? 'the question bank is empty' : 'the question bank must be a mapping with course, lesson, language and items';
      return diagnostic('schema/wrong-type', message, placeOfValue(source, []));
    }
  }
}

/** One fault reported through two schema paths says nothing new the second time. */
function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.place?.line}:${d.place?.column}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (a.place?.line ?? 0) - (b.place?.line ?? 0) || (a.place?.column ?? 0) - (b.place?.column ?? 0);
}
