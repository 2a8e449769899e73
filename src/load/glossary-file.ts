/**
 * Reads course/glossary.yaml, the course's own names for the quiz generator (optional): its
 * YAML, its shape (src/schema/glossary.schema.json) and what the schema cannot say — a new
 * entity needs a type and names, an id is listed once, a topic names a known entity — each
 * problem at its file:line:col.
 *
 * Read like the banks (`parseYamlLazily`): in the simple form the data comes from the fast
 * reader, and the positions are parsed only when something asks for a place — a problem here,
 * or the quiz generator naming an entry (each entry's `place` is looked up when first read).
 */
import * as path from 'node:path';
import { diagnostic } from '../diagnostics/codes';
import type { Diagnostic, Place } from '../diagnostics/diagnostic';
import type { Glossary, GlossaryEntry } from '../model/glossary';
import { gazetteer } from '../quiz/text/entities/gazetteer';
import { checkShape } from '../validate/schema';
import { readText } from './read-text';
import { parseYamlLazily, placeOfValue, type YamlSource } from './yaml-source';

export const GLOSSARY_FILE = 'glossary.yaml';

export interface GlossaryFileResult {
  /** Absent when the course has no glossary or it has errors. */
  readonly glossary?: Glossary;
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
}

type RawEntry = Omit<GlossaryEntry, 'place'>;
interface RawGlossary {
  readonly topic?: readonly string[];
  readonly entities?: readonly RawEntry[];
}

export async function readGlossaryFile(dir: string): Promise<GlossaryFileResult> {
  const file = path.join(dir, GLOSSARY_FILE);
  const read = await readText(file, GLOSSARY_FILE);
  if (read.kind === 'missing') return { file, diagnostics: [] };
  if (read.kind === 'problem') return { file, diagnostics: [diagnostic(read.code, read.message, { file, line: 1, column: 1 })] };
  return parseGlossary(file, read.text);
}

export function parseGlossary(file: string, text: string): GlossaryFileResult {
  const parsed = parseYamlLazily(text, file);
  if (parsed.diagnostics.length > 0) return { file, diagnostics: parsed.diagnostics };
  // an empty file is an empty glossary
  const shape = checkShape<RawGlossary>('glossary', parsed.data ?? {}, parsed.source);
  if (!shape.data) return { file, diagnostics: shape.diagnostics };
  const entities = (shape.data.entities ?? []).map((entry, index) => withLazyPlace(entry, () => placeOfValue(parsed.source, ['entities', index])));
  const diagnostics = glossaryProblems(entities, shape.data.topic ?? [], parsed.source);
  if (diagnostics.length > 0) return { file, diagnostics };
  return { file, glossary: { file, entities, topic: shape.data.topic ?? [] }, diagnostics: [] };
}

function glossaryProblems(entities: readonly GlossaryEntry[], topic: readonly string[], source: YamlSource): Diagnostic[] {
  const known = new Set(gazetteer().map((entity) => entity.id));
  const found: Diagnostic[] = [];
  const seen = new Set<string>();
  entities.forEach((entry, index) => {
    const at = (): Place => placeOfValue(source, ['entities', index, 'id']);
    if (seen.has(entry.id)) found.push(diagnostic('glossary/duplicate-id', `entity "${entry.id}" is listed twice`, at()));
    seen.add(entry.id);
    if (!known.has(entry.id) && (!entry.type || !entry.names)) {
      const missing = [entry.type ? '' : 'type', entry.names ? '' : 'names'].filter(Boolean).join(' and ');
      found.push(diagnostic('glossary/incomplete-entity', `entity "${entry.id}" is not in the gazetteer, so it needs ${missing}`, at()));
    }
  });
  topic.forEach((id, index) => {
    if (!known.has(id) && !seen.has(id)) found.push(diagnostic('glossary/unknown-topic', `topic "${id}" is neither in the gazetteer nor an entity of the glossary`, placeOfValue(source, ['topic', index])));
  });
  return found;
}

/**
 * The entry with `place` looked up when first read, then kept (an ordinary property from then
 * on, so the entry copies and serialises like plain data).
 */
function withLazyPlace(entry: RawEntry, place: () => Place): GlossaryEntry {
  const withPlace = { ...entry } as GlossaryEntry;
  Object.defineProperty(withPlace, 'place', {
    enumerable: true,
    configurable: true,
    get() {
      const value = place();
      Object.defineProperty(withPlace, 'place', { value, enumerable: true, writable: false, configurable: false });
      return value;
    },
  });
  return withPlace;
}
