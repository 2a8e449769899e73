import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../diagnostics/errors';
import { diagnostic } from '../../diagnostics/codes';
import { hasErrors } from '../../diagnostics/diagnostic';
import { formatDiagnostics, displayPath } from '../../diagnostics/format';
import { importText, writeImport } from '../../import/index';
import { readText } from '../../load/read-text';
import { LANGUAGES, type Language, type Localized } from '../../model/course';
import type { CliIo } from '../io';
import { plural } from '../plural';
import { banksFolder, checkCourseId, languageMismatch, NEW_COURSE_BANKS, withBanksFolder } from './import-checks';

interface ImportFlags {
  readonly out: string;
  readonly id?: string;
  readonly language?: Language;
  readonly title: readonly string[];
  readonly titleKk?: string;
  readonly titleRu?: string;
  readonly titleEn?: string;
  readonly force?: boolean;
}

export function registerImport(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('import')
    .description('Cut a long text into a course folder: course.yaml and one Markdown file per lesson.')
    .argument('<file>', 'the text to import (UTF-8 plain text)')
    .requiredOption('-o, --out <dir>', 'course folder to write')
    .option('--id <id>', 'course id (Latin letters, digits, - and _)')
    .option('--language <lang>', `language of the text (${LANGUAGES.join(', ')})`)
    .option('--title <lang=text>', 'course title in one language; repeat for more', collect, [])
    .option('--title-kk <text>', 'course title in Kazakh')
    .option('--title-ru <text>', 'course title in Russian')
    .option('--title-en <text>', 'course title in English')
    .option('--force', 'overwrite an existing course folder')
    .addHelpText('after', '\nExamples:\n  coursepack import thesis.kk.txt --out course --id security-central-asia --language kk\n  coursepack import thesis.txt --out course --title-en "Security in Central Asia" --force')
    .action(async (file: string, flags: ImportFlags) => {
      checkCourseId(flags.id);
      const language = flags.language === undefined ? undefined : parseLanguage(flags.language, '--language');
      const text = await readSource(path.resolve(io.cwd, file), io.cwd);
      const imported = importText(text, { sourceName: path.basename(file), courseId: flags.id, language, title: titles(flags) });
      if (hasErrors(imported.diagnostics)) throw new UserError(imported.diagnostics);
      const outDir = path.resolve(io.cwd, flags.out);
      const banks = await banksFolder(outDir);
      const result = {
        ...imported,
        files: imported.files.map((f) => (f.path === 'course.yaml' && typeof f.content === 'string' ? { ...f, content: withBanksFolder(f.content, banks.line) } : f)),
        diagnostics: [...languageMismatch(text, language, path.basename(file)), ...imported.diagnostics],
      };
      await writeImport(result, outDir, { force: flags.force });
      if (result.diagnostics.length > 0) io.stderr(`${formatDiagnostics(result.diagnostics, { cwd: io.cwd, color: io.color })}\n`);
      const stats = result.stats ? ` (${plural(result.stats.lessons.length, 'lesson')} in ${plural(result.stats.chapters, 'chapter')})` : '';
      const where = banks.isNew ? `; its question banks will go to ${path.join(flags.out, NEW_COURSE_BANKS)}` : '';
      io.stdout(`Wrote ${plural(result.files.length, 'file')} to ${flags.out}${stats}${where}. Next: coursepack validate --course ${flags.out}\n`);
      setExit(0);
    });
}

/** Refuses what cannot be the text of a course (missing, huge, binary, not UTF-8) with a clear message. */
async function readSource(file: string, cwd: string): Promise<string> {
  const name = displayPath(file, cwd);
  const read = await readText(file, name);
  switch (read.kind) {
    case 'text':
      return read.text;
    case 'missing':
      throw new UserError([diagnostic('file/unreadable', `"${name}" does not exist`)]);
    case 'problem':
      throw new UserError([diagnostic(read.code, read.message, undefined, IMPORT_HINTS[read.code])]);
  }
}

const IMPORT_HINTS: Partial<Record<string, string>> = {
  'file/too-large': 'Import one text at a time; a text this large is probably not the file you meant.',
  'file/binary': 'Import plain text: save a .docx or .pdf as "Plain text (UTF-8)" first.',
};

function collect(value: string, previous: readonly string[]): string[] {
  return [...previous, value];
}

/** Gathers --title lang=text and --title-<lang> into one localized title (absent when none given). */
function titles(flags: ImportFlags): Localized | undefined {
  const title: Partial<Record<Language, string>> = {};
  for (const entry of flags.title) {
    const equals = entry.indexOf('=');
    if (equals < 0) throw usage(`--title expects lang=text, got "${entry}"`);
    title[parseLanguage(entry.slice(0, equals), '--title')] = entry.slice(equals + 1);
  }
  if (flags.titleKk !== undefined) title.kk = flags.titleKk;
  if (flags.titleRu !== undefined) title.ru = flags.titleRu;
  if (flags.titleEn !== undefined) title.en = flags.titleEn;
  return Object.keys(title).length > 0 ? title : undefined;
}

function parseLanguage(value: string, option: string): Language {
  const language = LANGUAGES.find((known) => known === value);
  if (!language) throw usage(`${option}: unknown language "${value}" (use ${LANGUAGES.join(', ')})`);
  return language;
}

function usage(message: string): UserError {
  return new UserError([diagnostic('schema/invalid-value', message, undefined, 'Run coursepack import --help for the options.')]);
}
