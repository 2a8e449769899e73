/**
 * Reads one lesson file: its text, its front matter (YAML, checked against the lesson
 * schema) and its Markdown body with the line it starts on.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { diagnostic } from '../diagnostics/codes';
import type { Diagnostic, Place } from '../diagnostics/diagnostic';
import { closestMatch } from '../validate/did-you-mean';
import { normalizeEntryPath } from '../validate/lesson-entries';
import { checkShape } from '../validate/schema';
import type { LessonEntry, LessonFileDraft, RawLesson } from './draft';
import { splitFrontMatter } from './front-matter';
import type { NearbyFiles } from './nearby-files';
import { readText } from './read-text';
import { parseYamlLazily } from './yaml-source';

export interface LessonFileResult {
  /** Absent when the file could not be read at all. */
  readonly draft?: LessonFileDraft;
  readonly diagnostics: readonly Diagnostic[];
}

/** `realDir`: the course folder's real path when the caller has asked for it once for all its lessons. */
export async function readLessonFile(dir: string, entry: LessonEntry, nearby: NearbyFiles, realDir: Promise<string> = fs.realpath(dir)): Promise<LessonFileResult> {
  const relativePath = normalizeEntryPath(entry.path) ?? entry.path;
  const file = path.join(dir, ...relativePath.split('/'));
  if (await leavesThroughLink(realDir, file)) {
    const message = `lesson path "${entry.path}" leads outside the course folder through a symbolic link`;
    return { diagnostics: [diagnostic('course/lesson-path-outside', message, entry.place)] };
  }
  const read = await readText(file, entry.path);
  switch (read.kind) {
    case 'missing':
      return { diagnostics: [await missingFile(entry, relativePath, nearby)] };
    case 'problem':
      // Pointed at the list entry: a binary file has no line to show, and the entry is what to fix.
      return { diagnostics: [diagnostic(read.code, read.message, entry.place)] };
    case 'text':
      return parseLessonText({ entry, file, relativePath }, read.text);
  }
}

/** The entry's text stays inside (checked earlier), but a symbolic link on the way may not. */
async function leavesThroughLink(dir: Promise<string>, file: string): Promise<boolean> {
  try {
    const [realDir, realFile] = await Promise.all([dir, fs.realpath(file)]);
    const relative = path.relative(realDir, realFile);
    return relative.startsWith('..') || path.isAbsolute(relative);
  } catch {
    return false; // a missing file is reported when it is read
  }
}

async function missingFile(entry: LessonEntry, relativePath: string, nearby: NearbyFiles): Promise<Diagnostic> {
  const message = `lesson file "${entry.path}" not found`;
  const match = closestMatch(relativePath, await nearby());
  const hint = match === undefined ? undefined : `Did you mean "${match}"? Lesson paths are relative to the course folder.`;
  return diagnostic('course/lesson-file-missing', message, entry.place, hint);
}

type FileIdentity = Pick<LessonFileDraft, 'entry' | 'file' | 'relativePath'>;

function parseLessonText(identity: FileIdentity, text: string): LessonFileResult {
  const start: Place = { file: identity.file, line: 1, column: 1 };
  const split = splitFrontMatter(text);
  switch (split.kind) {
    case 'no-front-matter':
      return { draft: identity, diagnostics: [diagnostic('lesson/no-front-matter', 'the lesson file does not start with front matter ("---")', start)] };
    case 'unclosed':
      return { draft: identity, diagnostics: [diagnostic('lesson/unclosed-front-matter', 'the front matter opened on line 1 is never closed with "---"', start)] };
    case 'split': {
      const body = { body: split.body, bodyLine: split.bodyLine, closingLine: split.closingLine };
      // Positions are parsed only if a check has something to point at (most lessons have nothing).
      const parsed = parseYamlLazily(split.yaml, identity.file, split.yamlLineOffset);
      const withYaml = { ...identity, ...body, yaml: parsed.source };
      if (parsed.diagnostics.length > 0) return { draft: withYaml, diagnostics: parsed.diagnostics };
      const shape = checkShape<RawLesson>('lesson', parsed.data, parsed.source);
      const draft: LessonFileDraft = shape.data ? { ...withYaml, data: shape.data } : withYaml;
      return { draft, diagnostics: shape.diagnostics };
    }
  }
}
