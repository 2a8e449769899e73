import type { EntityType } from '../types';

/**
 * What makes a distractor plausible: a Central Asian country for a Central Asian key, a regional
 * organisation for a regional one, a president for a president.
 */
export type EntityGroup =
  | 'central-asia' | 'neighbour' | 'south-asia' | 'east-asia' | 'middle-east' | 'europe' | 'americas' | 'africa'
  | 'world-region' | 'central-asian-city' | 'foreign-city' | 'river' | 'sea'
  | 'regional-organisation' | 'global-organisation' | 'initiative'
  | 'head-of-state' | 'politician' | 'scholar';

export interface EntityNames {
  /** Every spelling the Kazakh text uses (typos included), the usual one first. */
  readonly kk: readonly string[];
  readonly ru?: readonly string[];
  readonly en?: readonly string[];
}

export interface Entity {
  /** Stable ASCII id ("kyrgyzstan", "sco", "person-mirziyoyev"). */
  readonly id: string;
  readonly type: EntityType;
  /**
   * Names without inflection. Organisations list acronyms and full names; people their surname
   * spellings (matched with or without the initials and given names below).
   */
  readonly names: EntityNames;
  readonly group?: EntityGroup;
  /** Organisations: the full name where the text gives it (for feedback and options). */
  readonly fullName?: EntityNames;
  /** People: initials as written ("Н.Ә.", "Н."): other initials before the surname mean another person. */
  readonly initials?: readonly string[];
  /** People: given names that may stand before the surname ("Нұрсұлтан", "Шавкат"). */
  readonly givenNames?: EntityNames;
}
