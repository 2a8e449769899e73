/**
 * The entity catalogue of one course: the general gazetteer (src/data/gazetteer), the course's
 * glossary (course/glossary.yaml) merged into it, and the names learned from the course text
 * (learn.ts). One id per entity, every spelling the text uses grouped under it, so that a
 * distractor is never the key under another spelling.
 */
import type { Glossary, GlossaryEntry, GlossaryNames } from '../../../model/glossary';
import { LANGUAGES } from '../../../model/course';
import { gazetteer } from './gazetteer';
import type { Entity, EntityNames } from './types';

export interface Catalogue {
  /** In a fixed order: gazetteer, then glossary additions, then learned names. */
  readonly entities: readonly Entity[];
  readonly byId: ReadonlyMap<string, Entity>;
}

export function catalogueOf(entities: readonly Entity[]): Catalogue {
  return { entities, byId: new Map(entities.map((entity) => [entity.id, entity])) };
}

let plain: Catalogue | undefined;

/** The gazetteer alone: for texts without a course (tests, a single statement). */
export function defaultCatalogue(): Catalogue {
  plain ??= catalogueOf(gazetteer());
  return plain;
}

/** The gazetteer with a course glossary merged in: entries with a gazetteer id add to it, others are new. */
export function withGlossary(glossary: Glossary | undefined, base: Catalogue = defaultCatalogue()): Catalogue {
  if (!glossary) return base;
  const topic = new Set(glossary.topic);
  const merged = new Map(base.entities.map((entity) => [entity.id, entity]));
  for (const entry of glossary.entities) {
    const known = merged.get(entry.id);
    const entity = known ? mergeEntry(known, entry) : newEntity(entry);
    if (entity) merged.set(entry.id, entity);
  }
  return catalogueOf([...merged.values()].map((entity) => (topic.has(entity.id) ? { ...entity, topic: true } : entity)));
}

/** Adds the learned entities and the learned spellings of known ones. */
export function withLearned(base: Catalogue, learned: readonly Entity[], spellings: ReadonlyMap<string, EntityNames>): Catalogue {
  if (learned.length === 0 && spellings.size === 0) return base;
  const entities = base.entities.map((entity) => {
    const more = spellings.get(entity.id);
    return more ? { ...entity, variants: union(entity.variants, more) } : entity;
  });
  return catalogueOf([...entities, ...learned.filter((entity) => !base.byId.has(entity.id))]);
}

function mergeEntry(entity: Entity, entry: GlossaryEntry): Entity {
  const names = union(entity.names, entry.names, entry.full);
  return {
    ...entity,
    names,
    ...(entry.type ? { type: entry.type } : {}),
    ...(entry.group ? { group: entry.group } : {}),
    ...(entry.variants ? { variants: union(entity.variants, entry.variants) } : {}),
    ...(entry.full ? { fullName: union(entity.fullName, entry.full) } : {}),
    ...(entry.initials ? { initials: [...new Set([...(entity.initials ?? []), ...entry.initials])] } : {}),
    ...(entry.givenNames ? { givenNames: union(entity.givenNames, entry.givenNames) } : {}),
    ...(entry.distractor === false ? { distractor: false } : {}),
  };
}

/** A new entity needs a type and a name; the loader reports one without (glossary/new-entity-incomplete). */
function newEntity(entry: GlossaryEntry): Entity | undefined {
  if (!entry.type || !entry.names) return undefined;
  return mergeEntry({ id: entry.id, type: entry.type, names: {}, source: 'glossary' }, entry);
}

function union(...lists: readonly (EntityNames | GlossaryNames | undefined)[]): EntityNames {
  const out: Record<string, string[]> = {};
  for (const language of LANGUAGES) {
    const all = lists.flatMap((list) => list?.[language] ?? []);
    if (all.length > 0) out[language] = [...new Set(all)];
  }
  return out;
}
