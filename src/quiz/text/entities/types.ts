import type { Language } from '../../../model/course';
import type { EntityType } from '../types';

/**
 * What makes a distractor plausible: a Central Asian country for a Central Asian key, a regional
 * organisation for a regional one, a president for a president. Groups are data (the gazetteer,
 * a course glossary, or the head noun a name was learned with), so any string.
 */
export type EntityGroup = string;

export interface EntityNames {
  /** Spellings in each language, the usual one first. */
  readonly kk?: readonly string[];
  readonly ru?: readonly string[];
  readonly en?: readonly string[];
}

/** Where an entity comes from: the general gazetteer, the course's glossary, or the course text. */
export type EntitySource = 'gazetteer' | 'glossary' | 'text';

export interface Entity {
  /** Stable ASCII id ("kyrgyzstan", "sco", "person-mirziyoyev"). */
  readonly id: string;
  readonly type: EntityType;
  /**
   * Accepted names without inflection. Organisations list acronyms and full names; people their
   * surname spellings (matched with or without the initials and given names below). A cloze key
   * is only taken under one of these, never under a variant (a misspelling in the key is a cue).
   */
  readonly names: EntityNames;
  /** Other spellings a text uses for the entity (variants, misspellings): found, grouped, never a key. */
  readonly variants?: EntityNames;
  readonly group?: EntityGroup;
  /**
   * Cities: the id of the country they are in; heads of state: the country they lead or led. A
   * country blanked beside one of its cities, or a president beside his country, is given away.
   */
  readonly country?: string;
  /** Organisations: the full name where the text gives it (for feedback and options). */
  readonly fullName?: EntityNames;
  /** People: initials as written ("Н.Ә.", "Қ.-Ж.К."): other initials before the surname mean another person. */
  readonly initials?: readonly string[];
  /** People: given names that may stand before the surname ("Нұрсұлтан", "Шавкат"). */
  readonly givenNames?: EntityNames;
  /** False: never offered as a distractor (Korea beside its two states). */
  readonly distractor?: boolean;
  /** What the course is about (its own region): never a key, never a distractor. */
  readonly topic?: boolean;
  /** Russian grammar where the ending does not tell: the gender of a -ь name, a plural name. */
  readonly ruGender?: 'm' | 'f' | 'n';
  readonly ruPlural?: boolean;
  readonly source: EntitySource;
}

/** Every name an entity may be written with in a language, accepted names first. */
export function spellingsOf(entity: Entity, language: Language): readonly string[] {
  return [...(entity.names[language] ?? []), ...(entity.variants?.[language] ?? [])];
}

/**
 * A "-stan" country's name without "-stan", in lower case: the name of its people and the start
 * of its adjective ("Kyrgyzstan" → "kyrgyz", "Қазақстан" → "қазақ"); undefined for other names.
 */
export function peopleRoot(name: string): string | undefined {
  return /^(\p{L}{4,}?)(?:истан|ыстан|стан|istan|stan)$/iu.exec(name.toLowerCase())?.[1];
}
