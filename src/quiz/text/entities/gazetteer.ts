/**
 * The general gazetteer: countries, capitals and major cities, regions, the provinces of the
 * Central Asian states, rivers, lakes and seas,
 * international organisations and the region's heads of state, in Kazakh, Russian and English,
 * with their known variant spellings. Data, not code: src/data/gazetteer/*.json (one file per
 * entity type). A course adds its own names and spellings in course/glossary.yaml.
 */
import cities from '../../../data/gazetteer/cities.json';
import countries from '../../../data/gazetteer/countries.json';
import organisations from '../../../data/gazetteer/organisations.json';
import people from '../../../data/gazetteer/people.json';
import provinces from '../../../data/gazetteer/provinces.json';
import regions from '../../../data/gazetteer/regions.json';
import waters from '../../../data/gazetteer/waters.json';
import { LANGUAGES } from '../../../model/course';
import type { EntityType } from '../types';
import type { Entity, EntityNames } from './types';

/** One entity as the data files write it: names per language at the top level. */
export interface GazetteerRecord {
  readonly id: string;
  readonly group?: string;
  readonly kk?: readonly string[];
  readonly ru?: readonly string[];
  readonly en?: readonly string[];
  /** Organisations: full names, also matched as names. */
  readonly full?: EntityNames;
  readonly variants?: EntityNames;
  readonly initials?: readonly string[];
  readonly givenNames?: EntityNames;
  readonly distractor?: boolean;
  /** Cities, provinces, lakes and rivers of one country: the id of that country; heads of state: the country they lead or led. */
  readonly country?: string;
  readonly ruGender?: 'm' | 'f' | 'n';
  readonly ruPlural?: boolean;
}

interface GazetteerFile {
  readonly type: string;
  readonly entities: readonly GazetteerRecord[];
}

const FILES: readonly GazetteerFile[] = [countries, cities, regions, provinces, waters, organisations, people] as readonly GazetteerFile[];

let loaded: readonly Entity[] | undefined;

/** Every gazetteer entity, in the files' order (the order ties are broken in). */
export function gazetteer(): readonly Entity[] {
  loaded ??= FILES.flatMap((file) => file.entities.map((record) => toEntity(record, file.type as EntityType)));
  return loaded;
}

function toEntity(record: GazetteerRecord, type: EntityType): Entity {
  const names: Record<string, string[]> = {};
  for (const language of LANGUAGES) names[language] = [...(record[language] ?? []), ...(record.full?.[language] ?? [])];
  return {
    id: record.id,
    type,
    names,
    source: 'gazetteer',
    ...(record.group ? { group: record.group } : {}),
    ...(record.full ? { fullName: record.full } : {}),
    ...(record.variants ? { variants: record.variants } : {}),
    ...(record.initials ? { initials: record.initials } : {}),
    ...(record.givenNames ? { givenNames: record.givenNames } : {}),
    ...(record.distractor === false ? { distractor: false } : {}),
    ...(record.ruGender ? { ruGender: record.ruGender } : {}),
    ...(record.ruPlural ? { ruPlural: true } : {}),
    ...(record.country ? { country: record.country } : {}),
  };
}
