/**
 * What a cloze blanks out (the key) and what may stand in its place (distractors): plain data
 * shared by the rules that make items, the distractor pickers and the checks.
 */
import type { Entity } from '../text/entities/types';
import type { EntityMention, Quantity } from '../text/types';

/** One cloze rule per key type. */
export const KEY_TYPES = ['year', 'date', 'amount', 'percent', 'organisation', 'place', 'person'] as const;
export type KeyType = (typeof KEY_TYPES)[number];

/** The Kazakh case of a key, as src/text/kk reads it: every option must carry the same. */
export interface KeyInflection {
  readonly kase: import('../../text/kk').KkCase;
  readonly plural: boolean;
  readonly attributive: boolean;
}

interface KeyCommon {
  readonly type: KeyType;
  /** Span of `text` in the statement (the normalised sentence): what the blank replaces. */
  readonly start: number;
  readonly end: number;
  /** The key as it reads in the statement; also the right option's text. */
  readonly text: string;
  /** What "the same answer" means: an entity id, or a value with its kind, scale and unit. */
  readonly identity: string;
}

export interface QuantityKey extends KeyCommon {
  readonly type: 'year' | 'date' | 'amount' | 'percent';
  readonly quantity: Quantity;
}

export interface EntityKey extends KeyCommon {
  readonly type: 'organisation' | 'place' | 'person';
  readonly mention: EntityMention;
  readonly entity: Entity;
  /** The name as written, without its ending (the last word carries the case). */
  readonly name: string;
  /** Kazakh: the case the ending marks; absent for a bare name or in other languages. */
  readonly inflection?: KeyInflection;
  /** The statement before the key (Russian: a preposition there settles the key's case). */
  readonly before?: string;
}

export type ClozeKey = QuantityKey | EntityKey;

/** A wrong option: its text in the key's form, and what it stands for. */
export interface Distractor {
  readonly text: string;
  readonly identity: string;
  /** Entities: the catalogue entry and the name used (before the case ending). */
  readonly entity?: Entity;
  readonly name?: string;
  /** Quantities: the value it states (for a date the day; `month` too). */
  readonly value?: number;
  readonly month?: number;
  /** Quantities: the pool it was drawn from (kind|scale|unit), which must be the key's. */
  readonly pool?: string;
}

export function isEntityKey(key: ClozeKey): key is EntityKey {
  return key.type === 'organisation' || key.type === 'place' || key.type === 'person';
}
