/**
 * The schema validators. Compiling the schemas (course, lesson front matter, glossary, question
 * bank) with ajv takes ~180 ms, most of a cold load, so `npm run compile` generates their code once (ajv "standalone" output, written to
 * dist/schema/validators.js by src/build/prebuild.ts) and a load just requires it. The
 * generated file carries a fingerprint of what it was made from; when the schemas, the
 * options or ajv's version differ from it, the validators are compiled here as before.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import courseSchema from '../schema/course.schema.json';
import glossarySchema from '../schema/glossary.schema.json';
import lessonSchema from '../schema/lesson.schema.json';
import quizSchema from '../schema/quiz.schema.json';
import { loadGeneratedModule, writeGeneratedModule } from '../self/generated-module';
import { packageRoot } from '../self/package-root';
import type { SchemaKind } from './schema-messages';

/** The course's own files, and the question banks. */
export type ValidatedKind = SchemaKind | 'quiz';

export type SchemaValidators = Readonly<Record<ValidatedKind, ValidateFunction>>;

/** verbose: errors carry the schema they failed, which lists the keys a typo could mean. */
const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true } as const;

const SCHEMAS: Readonly<Record<ValidatedKind, object>> = { course: courseSchema, lesson: lessonSchema, quiz: quizSchema, glossary: glossarySchema };
const KINDS = Object.keys(SCHEMAS) as ValidatedKind[];

let loaded: SchemaValidators | undefined;

/** The validators of this process, loaded once on first use. */
export function validators(): SchemaValidators {
  loaded ??= loadValidators();
  return loaded;
}

/** What the generated code is a function of. */
export function schemaFingerprint(): string {
  const ajvVersion = (JSON.parse(readFileSync(require.resolve('ajv/package.json'), 'utf8')) as { version: string }).version;
  return createHash('sha256').update(JSON.stringify({ ajvVersion, options: AJV_OPTIONS, schemas: SCHEMAS })).digest('hex');
}

/** The generated validators when they are current, else freshly compiled ones. */
export function loadValidators(file: string = precompiledFile()): SchemaValidators {
  return readPrecompiled(file, schemaFingerprint()) ?? compileValidators();
}

export function compileValidators(): SchemaValidators {
  const ajv = newAjv({});
  return { course: ajv.compile(courseSchema), lesson: ajv.compile(lessonSchema), quiz: ajv.compile(quizSchema), glossary: ajv.compile(glossarySchema) };
}

/** Generates the validators' code into `file`, stamped with the fingerprint; written whole by rename. */
export function writePrecompiled(file: string = precompiledFile()): void {
  // Required here only: a build that finds the generated file never loads ajv's compiler.
  const standalone = (require('ajv/dist/standalone') as typeof import('ajv/dist/standalone')).default;
  const ajv = newAjv({ code: { source: true } });
  for (const kind of KINDS) ajv.addSchema(SCHEMAS[kind], kind);
  const code = standalone(ajv, Object.fromEntries(KINDS.map((kind) => [kind, kind])));
  writeGeneratedModule(file, code, schemaFingerprint());
}

export function precompiledFile(): string {
  return path.join(packageRoot(), 'dist', 'schema', 'validators.js');
}

function newAjv(extra: { code?: { source: boolean } }): Ajv2020 {
  const Ajv = (require('ajv/dist/2020') as typeof import('ajv/dist/2020')).default;
  return new Ajv({ ...AJV_OPTIONS, ...extra });
}

function readPrecompiled(file: string, fingerprint: string): SchemaValidators | undefined {
  const generated = loadGeneratedModule<SchemaValidators>(file, fingerprint);
  if (!generated?.course || !generated.lesson || !generated.quiz || !generated.glossary) return undefined;
  return { course: generated.course, lesson: generated.lesson, quiz: generated.quiz, glossary: generated.glossary };
}
