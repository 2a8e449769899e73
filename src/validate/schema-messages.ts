/**
 * Turns ajv's errors ("must NOT have additional properties") into sentences for the person
 * editing the file ("unknown setting "scren" in settings (did you mean "screen"?)"), placed
 * at the key or value they are about.
 */
import type { ErrorObject } from 'ajv';
import { diagnostic } from '../diagnostics/codes';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { LANGUAGES } from '../model/course';
import courseSchema from '../schema/course.schema.json';
import { placeOfKey, placeOfValue, writtenValue, type PathSegment, type YamlSource } from '../load/yaml-source';
import { didYouMean } from './did-you-mean';

export type SchemaKind = 'course' | 'lesson' | 'glossary';

export interface ErrorContext {
  readonly kind: SchemaKind;
  readonly data: unknown;
  readonly source: YamlSource;
}

/** What a path is called when it is the whole file. */
const ROOT_NAME: Readonly<Record<SchemaKind, string>> = {
  course: 'course.yaml',
  lesson: 'the front matter',
  glossary: 'glossary.yaml',
};

interface Located {
  readonly error: ErrorObject;
  readonly context: ErrorContext;
  readonly path: readonly PathSegment[];
  /** How the path reads in a message: `settings.screen`, `chapters[1].title`. */
  readonly label: string;
}

export function describeSchemaError(error: ErrorObject, context: ErrorContext): Diagnostic | undefined {
  const path = segmentsOf(error.instancePath, context.data);
  const at: Located = { error, context, path, label: labelOf(path, context.kind) };
  switch (error.keyword) {
    case 'additionalProperties':
      return unknownKey(at, String(error.params['additionalProperty']));
    case 'required':
      return missingKey(at, String(error.params['missingProperty']));
    case 'type':
      return wrongType(at, String(error.params['type']));
    case 'pattern':
      return invalidPattern(at);
    default:
      return invalidValue(at);
  }
}

function unknownKey(at: Located, key: string): Diagnostic {
  const keyPath = [...at.path, key];
  const known = Object.keys(propertiesOf(at.error.parentSchema));
  const place = placeOfKey(at.context.source, keyPath);
  if (isLocalized(at.error)) {
    return diagnostic('schema/unknown-key', `unknown language "${key}" in ${at.label}: use ${orList(known)}`, place);
  }
  const noun = at.path[0] === 'settings' ? 'setting' : 'key';
  return diagnostic('schema/unknown-key', `unknown ${noun} "${key}" in ${at.label}${didYouMean(key, known)}`, place);
}

function missingKey(at: Located, key: string): Diagnostic {
  const where = at.path.length === 0 ? '' : ` in ${at.label}`;
  return diagnostic('schema/missing-key', `missing ${key}${where}`, placeOfValue(at.context.source, at.path));
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  object: 'a mapping ("key: value" lines)',
  array: 'a list ("- item" lines)',
  boolean: 'true or false',
};

function wrongType(at: Located, expected: string): Diagnostic {
  const place = placeOfValue(at.context.source, at.path);
  const value = at.error.data;
  if (value === null || value === undefined) {
    const problem = at.path.length === 0 ? 'is empty' : 'has no value';
    return diagnostic('schema/wrong-type', `${at.label} ${problem}`, place);
  }
  const word = isLocalized(at.error) ? 'a mapping of languages (kk, ru, en) to text' : (TYPE_WORDS[expected] ?? expected);
  const written = writtenValue(at.context.source, at.path);
  // YAML reads 1.0 as a number: the fix is quotes, which people rarely guess.
  if (expected === 'string' && typeof value !== 'object' && written !== undefined) {
    return diagnostic('schema/wrong-type', `${at.label} must be text: write it in quotes, "${written}"`, place);
  }
  return diagnostic('schema/wrong-type', `${at.label} must be ${word}`, place);
}

function invalidPattern(at: Located): Diagnostic {
  const place = placeOfValue(at.context.source, at.path);
  const value = JSON.stringify(at.error.data);
  if (at.error.params['pattern'] === IDENTIFIER_PATTERN) {
    return diagnostic('schema/invalid-id', `${at.label} ${value} is not a valid identifier: use Latin letters (a-z, A-Z), digits, - and _`, place);
  }
  return diagnostic('schema/invalid-value', `${at.label} ${value} does not have the expected form`, place);
}

function invalidValue(at: Located): Diagnostic {
  const place = placeOfValue(at.context.source, at.path);
  return diagnostic('schema/invalid-value', `${at.label} ${valueProblem(at)}`, place);
}

function valueProblem(at: Located): string {
  const { error } = at;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'enum':
      return `${JSON.stringify(error.data)} is not supported: use ${orList((params['allowedValues'] as unknown[]).map(String))}`;
    case 'minimum':
      return `must be at least ${String(params['limit'])}`;
    case 'maximum':
      return `must be at most ${String(params['limit'])}`;
    case 'minLength':
      return 'is empty';
    case 'minProperties':
      return 'is empty: add the text in at least one language (kk, ru, en)';
    case 'minItems':
    case 'maxItems':
      return itemCountProblem(error);
    default:
      return error.message ?? 'is not allowed here';
  }
}

function itemCountProblem(error: ErrorObject): string {
  const schema = error.parentSchema as { minItems?: number; maxItems?: number } | undefined;
  if (schema?.minItems !== undefined && schema.minItems === schema.maxItems) {
    return `must hold exactly ${schema.minItems} items, like [12, 40]`;
  }
  const limit = String(error.params['limit']);
  return error.keyword === 'minItems' ? `must hold at least ${limit} items` : `must hold at most ${limit} items`;
}

/** Both schemas define identifiers alike; the lesson schema's copy is checked by a test. */
const IDENTIFIER_PATTERN = courseSchema.$defs.identifier.pattern;

/**
 * A language map (title, description) is recognised by its keys being the languages: ajv's
 * schemaPath does not say which definition a `$ref` led to.
 */
function isLocalized(error: ErrorObject): boolean {
  const keys = Object.keys(propertiesOf(error.parentSchema));
  return keys.length === LANGUAGES.length && LANGUAGES.every((language) => keys.includes(language));
}

function propertiesOf(schema: unknown): Readonly<Record<string, unknown>> {
  const properties = (schema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties ?? {};
}

/** JSON pointer → path; a segment is a number when it indexes an array of the data. */
export function segmentsOf(pointer: string, data: unknown): PathSegment[] {
  if (pointer === '') return [];
  const segments: PathSegment[] = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment: PathSegment = Array.isArray(node) ? Number(key) : key;
    segments.push(segment);
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  return segments;
}

export function labelOf(path: readonly PathSegment[], kind: SchemaKind): string {
  if (path.length === 0) return ROOT_NAME[kind];
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('');
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
