/**
 * A course's own names (course/glossary.yaml): people, organisations and places the general
 * gazetteer does not know, more spellings of ones it does, and what the course is about.
 * Plain data; the quiz generator merges it with the gazetteer (src/quiz/text/entities).
 */
import type { Place } from '../diagnostics/diagnostic';

export const GLOSSARY_ENTITY_TYPES = ['country', 'city', 'region', 'water', 'organisation', 'person', 'treaty', 'facility'] as const;
export type GlossaryEntityType = (typeof GLOSSARY_ENTITY_TYPES)[number];

export interface GlossaryNames {
  readonly kk?: readonly string[];
  readonly ru?: readonly string[];
  readonly en?: readonly string[];
}

export interface GlossaryEntry {
  /** An id of the gazetteer (the entry adds to it) or a new one (type and names required). */
  readonly id: string;
  readonly type?: GlossaryEntityType;
  readonly group?: string;
  readonly names?: GlossaryNames;
  /** Spellings the text uses that are not to be offered (misspellings): found, never a key. */
  readonly variants?: GlossaryNames;
  /** Organisations: full names. */
  readonly full?: GlossaryNames;
  readonly initials?: readonly string[];
  readonly givenNames?: GlossaryNames;
  /** false: never a distractor. */
  readonly distractor?: boolean;
  readonly place: Place;
}

export interface Glossary {
  /** Absolute path of glossary.yaml. */
  readonly file: string;
  readonly entities: readonly GlossaryEntry[];
  /** Ids of what the course is about (its region): never a key nor a distractor. */
  readonly topic: readonly string[];
}
