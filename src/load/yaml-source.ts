/**
 * YAML parsed with its positions kept, so that any later check (schema or semantic) can
 * point at the exact key or value in the user's file.
 *
 * Files that are usually right (question banks, lesson front matter) can be read by
 * `parseYamlLazily`: js-yaml reads the data several times faster than a parse that keeps
 * positions, and the positions are parsed only when a check asks for a place, that is when
 * there is something to report. It does so only for text in the simple form where the two
 * readers agree (./simple-yaml.ts); any other text, and text js-yaml refuses, goes through
 * `parseYaml`, so data, errors and places are the same either way.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { isSimpleYaml } from './simple-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Pair } from 'yaml';
import { diagnostic } from '../diagnostics/codes';
import type { Diagnostic, Place } from '../diagnostics/diagnostic';

export interface YamlSource {
  /** Absolute path of the file that holds the YAML. */
  readonly file: string;
  /** The YAML text as parsed (for front matter: only the part between the fences). */
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** Added to the parser's line numbers: front matter YAML starts below line 1 of its file. */
  readonly lineOffset: number;
}

export interface ParsedYaml {
  readonly source: YamlSource;
  /** The data as plain JavaScript; undefined when the YAML is too broken to read at all. */
  readonly data: unknown;
  readonly diagnostics: readonly Diagnostic[];
}

/** A step into YAML data: a mapping key or a sequence index. */
export type PathSegment = string | number;

export function parseYaml(text: string, file: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const source: YamlSource = { file, text, doc, lineCounter, lineOffset };
  const diagnostics = doc.errors.map((error) =>
    error.code === 'DUPLICATE_KEY'
      ? duplicateKeyDiagnostic(source, error.pos[0])
      : yamlErrorDiagnostic(error.code, error.message, placeAt(source, error.pos[0])),
  );
  const data = toData(doc);
  if (data === ALIAS_BOMB) return { source, data: undefined, diagnostics: [...diagnostics, aliasBomb(source)] };
  return { source, data, diagnostics };
}

/** What toData returns for a document whose aliases expand beyond the parser's limit. */
const ALIAS_BOMB = Symbol('alias bomb');

function aliasBomb(source: YamlSource): Diagnostic {
  const first = /(^|[\s[{,:-])\*[^\s,\]}]+/m.exec(source.text);
  const place = placeAt(source, first ? first.index + first[1]!.length : 0);
  return diagnostic('yaml/too-many-aliases', 'aliases (*name) here expand to more values than a course file can hold; the file was not read', place);
}

/**
 * The same data and diagnostics as `parseYaml`, but the positions are parsed on first use.
 * Both parsers read YAML 1.2 with its core schema (js-yaml's CORE_SCHEMA: no timestamps, no
 * merge keys) and refuse repeated keys, and in the simple form they agree; text outside it,
 * text js-yaml refuses and an empty document are parsed by `parseYaml` for its messages and places.
 */
export function parseYamlLazily(text: string, file: string, lineOffset = 0): ParsedYaml {
  if (!isSimpleYaml(text)) return parseYaml(text, file, lineOffset);
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch {
    return parseYaml(text, file, lineOffset);
  }
  if (data === undefined || data === null) return parseYaml(text, file, lineOffset);
  return { source: deferredSource(text, file, lineOffset), data, diagnostics: [] };
}

/** A source whose document and line counter are parsed when first read. */
function deferredSource(text: string, file: string, lineOffset: number): YamlSource {
  let parsed: YamlSource | undefined;
  const full = (): YamlSource => (parsed ??= parseYaml(text, file, lineOffset).source);
  return {
    file,
    text,
    lineOffset,
    get doc() {
      return full().doc;
    },
    get lineCounter() {
      return full().lineCounter;
    },
  };
}

function toData(doc: Document.Parsed): unknown {
  try {
    return doc.toJS();
  } catch (error) {
    // The yaml package refuses to expand aliases past a limit, as a guard against "billion laughs".
    if (error instanceof Error && /alias/i.test(error.message)) return ALIAS_BOMB;
    return undefined;
  }
}

/** Hints for the parser's most common complaints, in the words of someone editing the file. */
const YAML_HINTS: Readonly<Record<string, string>> = {
  MULTILINE_IMPLICIT_KEY:
    'A line without "key: value" was read as part of a key: add the missing colon, or indent the line to continue the value above.',
  MISSING_CHAR: 'Close the quote or bracket that was opened before this place.',
  BAD_INDENT: 'Indent this line like the other keys of its mapping, with spaces.',
  TAB_AS_INDENT: 'YAML indents with spaces only: replace the tabs with spaces.',
  UNEXPECTED_TOKEN: 'Remove or quote the character here; values with ": " or " #" must be in quotes.',
  BLOCK_AS_IMPLICIT_KEY: 'A key must fit on one line: add a colon after it and put the value below.',
};

function yamlErrorDiagnostic(code: string, reason: string, place: Place): Diagnostic {
  return diagnostic('yaml/syntax', `broken YAML: ${lowerFirst(reason)}`, place, YAML_HINTS[code]);
}

/** The parser only gives the offset of the repeated key: name it and find its first use. */
function duplicateKeyDiagnostic(source: YamlSource, offset: number): Diagnostic {
  const place = placeAt(source, offset);
  let message = 'key written twice in the same mapping';
  visit(source.doc, {
    Map(_, map) {
      const repeated = map.items.find((pair) => startOf(pair.key) === offset);
      if (!repeated) return undefined;
      const key = keyText(repeated);
      const first = map.items.find((pair) => keyText(pair) === key);
      const firstLine = placeAt(source, startOf(first?.key) ?? offset).line;
      message = `key "${key}" is written twice in the same mapping (first on line ${firstLine})`;
      return visit.BREAK;
    },
  });
  return diagnostic('yaml/duplicate-key', message, place);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The place of a character offset in the YAML text. */
export function placeAt(source: YamlSource, offset: number): Place {
  const { line, col } = source.lineCounter.linePos(offset);
  return { file: source.file, line: line + source.lineOffset, column: col };
}

/** Where the value at `path` is written; the nearest written ancestor when it is absent or empty. */
export function placeOfValue(source: YamlSource, path: readonly PathSegment[]): Place {
  return placeAt(source, walk(source, path).valueOffset);
}

/** Where the key of the last segment of `path` is written (for an unknown or repeated key). */
export function placeOfKey(source: YamlSource, path: readonly PathSegment[]): Place {
  return placeAt(source, walk(source, path).keyOffset);
}

/** The value at `path` exactly as written in the file (e.g. `1.0` for a number), if present. */
export function writtenValue(source: YamlSource, path: readonly PathSegment[]): string | undefined {
  let node: unknown = source.doc.contents;
  for (const segment of path) {
    const step = stepInto(node, segment);
    if (!step) return undefined;
    node = step.node;
  }
  const range = (node as Node | null | undefined)?.range;
  return range ? source.text.slice(range[0], range[1]) : undefined;
}

interface Found {
  /** Offset of the deepest node reached on the path (or its key when the value is empty). */
  readonly valueOffset: number;
  /** Offset of the key (mapping) or item (sequence) of the deepest step reached. */
  readonly keyOffset: number;
}

function walk(source: YamlSource, path: readonly PathSegment[]): Found {
  let node: unknown = source.doc.contents;
  let valueOffset = startOf(node) ?? 0;
  let keyOffset = valueOffset;
  for (const segment of path) {
    const step = stepInto(node, segment);
    if (!step) break;
    keyOffset = step.keyOffset ?? keyOffset;
    node = step.node;
    valueOffset = isEmptyScalar(node) ? keyOffset : (startOf(node) ?? keyOffset);
  }
  return { valueOffset, keyOffset };
}

interface Step {
  readonly node: unknown;
  readonly keyOffset: number | undefined;
}

function stepInto(node: unknown, segment: PathSegment): Step | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => keyText(item) === String(segment));
    return pair ? { node: pair.value, keyOffset: startOf(pair.key) } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item: unknown = node.items[segment];
    return item === undefined ? undefined : { node: item, keyOffset: startOf(item) };
  }
  return undefined;
}

function keyText(pair: Pair<unknown, unknown>): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

function startOf(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/** `key:` with nothing after it: the parser places the empty value on the next line. */
function isEmptyScalar(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null && node.source === '');
}
