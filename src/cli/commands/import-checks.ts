/**
 * What `coursepack import` decides beyond cutting the text: a usable course id, a word when the
 * text is not in the language given, and the folder the new course keeps its question banks in.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { diagnostic } from '../../diagnostics/codes';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { UserError } from '../../diagnostics/errors';
import type { Language } from '../../model/course';
import { detectLanguage } from '../../text/language';
import { slugify } from '../../text/transliterate';

const COURSE_ID = /^[A-Za-z0-9_-]+$/;
const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { kk: 'Kazakh', ru: 'Russian', en: 'English' };

/** Refuses an --id the course schema would refuse later, with a Latin one to use instead. */
export function checkCourseId(id: string | undefined): void {
  if (id === undefined || COURSE_ID.test(id)) return;
  const nonLatin = /\p{L}/u.test(id.replace(/[A-Za-z]/g, '')) ? ' (letters other than Latin ones)' : '';
  const suggestion = slugify(id, 60);
  const hint = suggestion === ''
    ? undefined
    : `A course id goes into SCORM manifests, URLs and file names: use Latin letters (a-z, A-Z), digits, - and _, e.g. --id ${suggestion}`;
  throw new UserError([diagnostic('import/invalid-id', `--id "${id}" cannot be a course id: it holds characters other than Latin letters, digits, - and _${nonLatin}`, undefined, hint)]);
}

/** A warning when the text reads as another language than --language says. */
export function languageMismatch(text: string, given: Language | undefined, file: string): Diagnostic[] {
  if (given === undefined) return [];
  const detected = detectLanguage(text);
  if (detected === given) return [];
  const message = `--language ${given} (${LANGUAGE_NAMES[given]}), but the text reads as ${LANGUAGE_NAMES[detected]} (${detected})`;
  return [diagnostic('import/language-mismatch', message, { file, line: 1, column: 1 }, `Check --language: it sets the UI strings and the quiz rules used for the text; leave it out to have it detected (${detected} here).`)];
}

export const NEW_COURSE_BANKS = 'quizzes';

/**
 * The `quizzes:` line for the course.yaml of an import into `outDir`: a new course keeps its
 * banks in a folder of its own (inside it), so that it never shares one with another course;
 * a course imported again keeps the folder its course.yaml named (or the default it used).
 */
export async function banksFolder(outDir: string): Promise<BanksFolder> {
  let text: string;
  try {
    text = await fs.readFile(path.join(outDir, 'course.yaml'), 'utf8');
  } catch {
    return { line: `quizzes: ${NEW_COURSE_BANKS}   # question banks folder, relative to this file's folder`, isNew: true };
  }
  let previous: unknown;
  try {
    previous = parseDocument(text).toJS({ maxAliasCount: 100 });
  } catch {
    previous = undefined;
  }
  const value = previous !== null && typeof previous === 'object' ? (previous as { quizzes?: unknown }).quizzes : undefined;
  return { line: typeof value === 'string' ? `quizzes: ${JSON.stringify(value)}` : null, isNew: false };
}

export interface BanksFolder {
  /** The line to write into course.yaml; null: none (the default folder beside the course, as before). */
  readonly line: string | null;
  /** True for a new course, which gets a banks folder of its own. */
  readonly isNew: boolean;
}

/** course.yaml's text with the banks folder line after `source:` (the importer writes that key). */
export function withBanksFolder(courseYaml: string, line: string | null): string {
  if (line === null) return courseYaml;
  const source = /^source: .*$/m.exec(courseYaml);
  if (!source) return `${courseYaml.replace(/\n?$/, '\n')}${line}\n`;
  const end = source.index + source[0].length;
  return `${courseYaml.slice(0, end)}\n${line}${courseYaml.slice(end)}`;
}
