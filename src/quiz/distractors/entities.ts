/**
 * Entity distractors: entities of the key's type and group (a Central Asian country for a
 * Central Asian key, a regional organisation for a regional one, a president for a president),
 * those the course mentions first; each written like the key (acronym, initials) and, in
 * Kazakh, given the key's case with src/text/kk (Өзбекстанмен → Қырғызстанмен, ШЫҰ-ның → ЕО-тың).
 */
import type { Language } from '../../model/course';
import { inflect } from '../../text/kk';
import { CATALOGUE } from '../text/entities/catalogue';
import type { Entity } from '../text/entities/types';
import type { CourseText } from '../text/types';
import type { Distractor, EntityKey, KeyInflection } from './types';

/**
 * Never offered: the course's own region under its other names (Орта Азия is what some call
 * Central Asia), a valley among world regions, and Korea beside its two states.
 */
const NOT_DISTRACTORS: ReadonlySet<string> = new Set(['central-asia', 'middle-asia', 'greater-central-asia', 'ferghana-valley', 'korea']);

export function entityCandidates(key: EntityKey, text: CourseText, language: Language): Distractor[][] {
  const pool = text.entityPool.get(key.entity.type) ?? [];
  const sameKind = CATALOGUE.filter((entity) => entity.type === key.entity.type && entity.group === key.entity.group
    && !related(entity, key.entity, language) && !NOT_DISTRACTORS.has(entity.id));
  const inCourse = sameKind.filter((entity) => pool.includes(entity.id));
  const elsewhere = sameKind.filter((entity) => !pool.includes(entity.id));
  const asDistractor = (entity: Entity): Distractor | undefined => {
    const name = nameLike(key, entity, language);
    if (!name) return undefined;
    const written = key.inflection ? inflectName(name, key.inflection) : name;
    return written ? { text: written, identity: entity.id, entity, name } : undefined;
  };
  const present = (list: Entity[]) => list.map(asDistractor).filter((found): found is Distractor => found !== undefined);
  return [present(inCourse), present(elsewhere)];
}

/** The same entity, or one whose name holds the other's (Корея / Оңтүстік Корея, Азия / Оңтүстік Азия). */
function related(entity: Entity, key: Entity, language: Language): boolean {
  if (entity.id === key.id) return true;
  const names = (of: Entity) => (of.names[language] ?? []).map((name) => name.toLowerCase());
  return names(entity).some((a) => names(key).some((b) => a.includes(b) || b.includes(a)));
}

/**
 * The distractor's name in the key's shape: an acronym for an acronym, initials + surname for
 * initials + surname, a bare surname for a bare one.
 */
function nameLike(key: EntityKey, entity: Entity, language: Language): string | undefined {
  const names = entity.names[language] ?? [];
  if (entity.type === 'organisation') return names.find((name) => isAcronymLike(name) === isAcronymLike(key.name));
  if (entity.type !== 'person') return names[0];
  const surname = names[0];
  if (!surname) return undefined;
  const keyWords = key.name.split(/\s+/u);
  if (keyWords.length === 1) return surname;
  if (/\.$/u.test(keyWords[0]!)) {
    const initials = entity.initials?.[0];
    if (!initials) return undefined;
    return key.name.includes('. ') || !/\.\S/u.test(key.name) ? `${initials} ${surname}` : `${initials}${surname}`;
  }
  const given = entity.givenNames?.[language]?.[0];
  return given ? `${given} ${surname}` : undefined;
}

function isAcronymLike(name: string): boolean {
  return !/\s/u.test(name) && (name.match(/\p{Lu}/gu) ?? []).length >= 2;
}

/** The last word takes the case; words before it stay as they are ("Оңтүстік Азиядағы"). */
export function inflectName(name: string, inflection: KeyInflection): string | undefined {
  const words = name.split(' ');
  const last = words.pop() ?? name;
  try {
    return [...words, inflect(last, inflection.kase, { plural: inflection.plural, attributive: inflection.attributive })].join(' ');
  } catch {
    return undefined; // a form inflect does not make (a plural on a possessive stem)
  }
}
