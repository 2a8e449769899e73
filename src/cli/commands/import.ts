import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../diagnostics/errors';
import { diagnostic } from '../../diagnostics/codes';
import { hasErrors } from '../../diagnostics/diagnostic';
import { formatDiagnostics, displayPath } from '../../diagnostics/format';
import type { ImportOptions, ImportResult } from '../../import/index';
import { LANGUAGES, type Language, type Localized } from '../../model/course';
import type { CliIo } from '../io';
import { plural } from '../plural';

interface ImportFlags {
  readonly out: string;
  readonly id?: string;
  readonly language?: Language;
  readonly title: readonly string[];
  readonly titleKk?: string;
  readonly titleRu?: string;
  readonly titleEn?: string;
  readonly force?: boolean;
  readonly iri?: string;
}

export function registerImport(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('import')
    .description('Cut a long text into a course folder: course.yaml and one Markdown file per lesson.')
    .argument('<file>', 'the text to import: a Word document (.docx) or UTF-8 plain text')
    .requiredOption('-o, --out <dir>', 'course folder to write')
    .option('--id <id>', 'course id (Latin letters, digits, - and _)')
    .option('--language <lang>', `language of the text (${LANGUAGES.join(', ')})`)
    .option('--title <lang=text>', 'course title in one language; repeat for more', collect, [])
    .option('--title-kk <text>', 'course title in Kazakh')
    .option('--title-ru <text>', 'course title in Russian')
    .option('--title-en <text>', 'course title in English')
    .option('--iri <iri>', 'course IRI for xAPI and cmi5, e.g. https://courses.example.edu/security (default: none, with a warning)')
    .option('--force', 'overwrite an existing course folder')
    .addHelpText('after', '\nA .docx keeps its headings (Heading 1: chapters, Heading 2: lessons), lists, tables, bold and italic,\nfootnotes and images (written to images/ in the course folder). Without --title, the course title is\nthe .docx Title paragraph, or the first line of a text file when it is a heading with no text under it.\n\nExamples:\n  coursepack import thesis.docx --out course --id security-central-asia --language kk\n  coursepack import thesis.kk.txt --out course --id security-central-asia --language kk\n  coursepack import thesis.txt --out course --title-en "Security in Central Asia" --force\n  coursepack import thesis.docx --out course --id security --iri https://courses.example.edu/security')
    .action(async (file: string, flags: ImportFlags) => {
      // The importers (mammoth, yaml) are loaded only when this command runs (issue 18).
      const [{ writeImport }, { banksFolder, checkCourseId, languageMismatch, NEW_COURSE_BANKS, withBanksFolder }] = await Promise.all([
        import('../../import/index'), import('./import-checks'),
      ]);
      checkCourseId(flags.id);
      const language = flags.language === undefined ? undefined : parseLanguage(flags.language, '--language');
      checkIri(flags.iri);
      const options: ImportOptions = { sourceName: path.basename(file), courseId: flags.id, language, title: titles(flags), ...(flags.iri === undefined ? {} : { iri: flags.iri }) };
      const { imported, text } = await importFile(path.resolve(io.cwd, file), io.cwd, options);
      if (hasErrors(imported.diagnostics)) throw new UserError(imported.diagnostics);
      const outDir = path.resolve(io.cwd, flags.out);
      const banks = await banksFolder(outDir);
      const result = {
        ...imported,
        files: imported.files.map((f) => (f.path === 'course.yaml' && typeof f.content === 'string' ? { ...f, content: withBanksFolder(f.content, banks.line) } : f)),
        diagnostics: [...(text === undefined ? [] : languageMismatch(text, language, path.basename(file))), ...imported.diagnostics],
      };
      await writeImport(result, outDir, { force: flags.force });
      const diagnostics = [...result.diagnostics, ...(await iriWarnings(result, outDir))];
      if (diagnostics.length > 0) io.stderr(`${formatDiagnostics(diagnostics, { cwd: io.cwd, color: io.color })}\n`);
      const stats = result.stats ? ` (${plural(result.stats.lessons.length, 'lesson')} in ${plural(result.stats.chapters, 'chapter')})` : '';
      const where = banks.isNew ? `; its question banks will go to ${path.join(flags.out, NEW_COURSE_BANKS)}` : '';
      io.stdout(`Wrote ${plural(result.files.length, 'file')} to ${flags.out}${stats}${where}. Next: coursepack validate --course ${flags.out}\n`);
      setExit(0);
    });
}

/** A Word file (by its name or its first bytes) goes to the .docx importer, anything else is text. */
async function importFile(file: string, cwd: string, options: ImportOptions): Promise<{ imported: ImportResult; text?: string }> {
  const head = await readHead(file);
  const { importDocx, importText, looksLikeWord } = await import('../../import/index');
  if (head !== undefined && (/\.(docx|doc|docm)$/i.test(file) || looksLikeWord(head))) {
    return { imported: await importDocx(await fs.readFile(file), options) };
  }
  const text = await readSource(file, cwd);
  return { imported: importText(text, options), text };
}

async function readHead(file: string): Promise<Uint8Array | undefined> {
  try {
    const handle = await fs.open(file, 'r');
    try {
      const head = new Uint8Array(8);
      const { bytesRead } = await handle.read(head, 0, 8, 0);
      return head.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return undefined; // readSource says what is wrong with the file
  }
}

/** The written course.yaml's iri (none unless --iri), checked as validate checks it (src/validate/course-iri.ts). */
async function iriWarnings(result: ImportResult, outDir: string) {
  const { checkCourseIri } = await import('../../validate/course-iri');
  const yaml = String(result.files.find((file) => file.path === 'course.yaml')?.content ?? '');
  const id = /^id: (.+)$/m.exec(yaml)?.[1]?.trim() ?? '';
  const iri = /^iri: (.+)$/m.exec(yaml)?.[1]?.trim();
  return checkCourseIri({ id, ...(iri === undefined ? {} : { iri }) }, path.join(outDir, 'course.yaml'), yaml);
}

/** The same rule as course.yaml's schema (an absolute IRI, no query, fragment or trailing slash), said before anything is written. */
function checkIri(iri: string | undefined): void {
  if (iri === undefined || /^[A-Za-z][A-Za-z0-9+.-]*:[^\s?#]*[^\s?#/]$/u.test(iri)) return;
  throw new UserError([diagnostic('schema/invalid-value', `--iri "${iri}" is no absolute IRI without a query, fragment or trailing slash`, undefined,
    'Give the address your organisation uses for the course, e.g. --iri https://courses.example.edu/security (docs/course-format.md).')]);
}

/** Refuses what cannot be the text of a course (missing, huge, binary, not UTF-8) with a clear message. */
async function readSource(file: string, cwd: string): Promise<string> {
  const name = displayPath(file, cwd);
  const { readText } = await import('../../load/read-text');
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
  'file/binary': 'Import a Word document (.docx) or plain text; save a .pdf as "Plain text (UTF-8)" first.',
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
