/**
 * Entity distractors: entities of the key's type and group (a Central Asian country for a
 * Central Asian key, a regional organisation for a regional one, a president for a president),
 * those the course mentions (places and organisations only those); each written as the course writes it (its most frequent
 * accepted spelling: Түрікменстан where the text writes so), like the key (acronym, initials)
 * and in the key's case: Kazakh with src/text/kk (Өзбекстанмен → Қырғызстанмен, ШЫҰ-ның →
 * ЕО-тың), Russian with src/text/ru (в Казахстане → в Китае; после России → после Турции).
 */
import type { Language } from '../../model/course';
import { inflect } from '../../text/kk';
import { casesAfter, casesOf, genderOf, inflectName as inflectRussian, type RuCase, type RuNameOptions } from '../../text/ru';
import { headKind } from '../text/entities/heads';
import type { Entity } from '../text/entities/types';
import type { CourseText } from '../text/types';
import type { Distractor, EntityKey, KeyInflection } from './types';

export function entityCandidates(key: EntityKey, text: CourseText, language: Language): Distractor[][] {
  const pool = text.entityPool.get(key.entity.type) ?? [];
  const sameKind = text.catalogue.entities.filter((entity) => entity.type === key.entity.type && entity.group === key.entity.group
    && !related(entity, key.entity, language) && entity.distractor !== false && !entity.topic);
  const inCourse = sameKind.filter((entity) => pool.includes(entity.id));
  const elsewhere = sameKind.filter((entity) => !pool.includes(entity.id) && entity.source !== 'text');
  const { usual, written } = courseNames(text);
  const asDistractor = (entity: Entity): Distractor | undefined => {
    const name = nameLike(key, entity, language, usual.get(entity.id), written.get(entity.id) ?? NONE);
    if (!name) return undefined;
    const form = inLanguageForm(key, entity, name, language);
    return form ? { text: form, identity: entity.id, entity, name } : undefined;
  };
  const present = (list: Entity[]) => list.map(asDistractor).filter((found): found is Distractor => found !== undefined);
  // names the course never mentions stand out to a learner who read it ("ОАӨЭЫ" among the course's
  // acronyms, Siberia among its regions): blind reviewers rejected them; only the gazetteer's
  // people, whom a course names rarely, may come from outside
  // other regions' countries only when the course names too few of the key's own (a text on the
  // Caspian): where it names enough, a key whose own options all fail is better dropped than
  // offered Syria or India for a Central Asian fact (blind review, round 8)
  const others = inCourse.length >= ROLE_ONLY_BELOW ? [] : sameRole(key, text, language);
  // a city of the key's own country first: for an event in Dushanbe, Khujand and Kulob are
  // plausible, Almaty and Ashgabat stand out to anyone who knows what the text is about (round 12)
  const country = key.entity.type === 'city' ? key.entity.country : undefined;
  const compatriots = country ? inCourse.filter((entity) => entity.country === country) : [];
  const rest = inCourse.filter((entity) => !compatriots.includes(entity));
  return [present(compatriots), present(rest), key.type === 'person' ? present(elsewhere) : present(others)];
}

/** Other countries of the key's own group the course names, below which other regions' countries are offered. */
const ROLE_ONLY_BELOW = 3;

/** Sentences that must name a country of another region before it is an option: the course discusses it. */
const ROLE_MENTIONS = 3;

/** Place types whose other groups may stand in for the key's (a country for a country, a city for a city). */
const BY_ROLE: ReadonlySet<string> = new Set(['country', 'city']);

/**
 * Countries (or cities) of other groups that the course itself discusses (in three sentences at
 * least), most mentioned first:
 * a text on the Caspian names Kazakhstan, Russia, Azerbaijan, Iran and Turkmenistan, and those
 * are the plausible options for any of them, whatever region the gazetteer puts them in. Tried
 * only after the key's own group.
 */
function sameRole(key: EntityKey, text: CourseText, language: Language): Entity[] {
  if (!BY_ROLE.has(key.entity.type)) return [];
  const mentions = (entity: Entity) => text.byEntity.get(entity.id)?.length ?? 0;
  // a country the course names once or twice in passing (Sweden in a text on security) reads as far-fetched
  return text.catalogue.entities
    .filter((entity) => entity.type === key.entity.type && entity.group !== key.entity.group && mentions(entity) >= ROLE_MENTIONS
      && !related(entity, key.entity, language) && entity.distractor !== false && !entity.topic)
    .sort((a, b) => mentions(b) - mentions(a) || (a.id < b.id ? -1 : 1));
}

function inLanguageForm(key: EntityKey, entity: Entity, name: string, language: Language): string | undefined {
  if (language === 'kk') return key.inflection ? inflectName(name, key.inflection) : name;
  if (language === 'ru') return russianForm(key, entity, name);
  return `${name}${key.mention.suffix}`; // English: the possessive 's goes with every option
}

/** The same entity, or one whose name holds the other's (Корея / Оңтүстік Корея, Азия / Оңтүстік Азия). */
function related(entity: Entity, key: Entity, language: Language): boolean {
  if (entity.id === key.id) return true;
  const names = (of: Entity) => (of.names[language] ?? []).map((name) => name.toLowerCase());
  return names(entity).some((a) => names(key).some((b) => a.includes(b) || b.includes(a)));
}

/**
 * The distractor's name in the key's shape: an acronym for an acronym, initials + surname for
 * initials + surname, a bare surname for a bare one; the course's own spelling where it has one.
 */
function nameLike(key: EntityKey, entity: Entity, language: Language, inCourse: string | undefined, written: ReadonlySet<string>): string | undefined {
  const names = entity.names[language] ?? [];
  const keyName = key.mention.name ?? key.name;
  if (entity.type === 'organisation') {
    // only a name the course writes: an acronym it never uses ("ОАЫҰ" where it writes the full
    // name) reads as the false option at once (blind review, docs/quiz-quality.md)
    const wanted = isAcronymLike(keyName);
    return [...(inCourse ? [inCourse] : []), ...names].find((name) => isAcronymLike(name) === wanted && written.has(name));
  }
  if (entity.type !== 'person') return [...(inCourse ? [inCourse] : []), ...names].find((name) => sameShape(keyName, name));
  const surname = inCourse ?? names[0];
  if (!surname) return undefined;
  // initials first: "А.Б.Оразов" is one word and still initials + surname
  const keyInitials = /^((?:\p{Lu}\p{Ll}?\.[\s-]*)+)/u.exec(key.name)?.[1];
  const keyWords = key.name.split(/\s+/u);
  if (!keyInitials && keyWords.length === 1) return surname;
  if (keyInitials) {
    const initials = initialsLike(keyInitials, initialsIn(entity, language, keyInitials));
    if (!initials) return undefined;
    return key.name.includes('. ') || !/\.\S/u.test(key.name) ? `${initials} ${surname}` : `${initials}${surname}`;
  }
  const given = entity.givenNames?.[language]?.[0];
  return given ? `${given} ${surname}` : undefined;
}

/**
 * A place written like the key: a name ending in a common noun takes one ending in the same noun
 * with as many words ("Арал теңізі" / "Каспий теңізі", not "Балқаш"); a proper name takes a
 * proper name ("Еуразия" / "Оңтүстік Азия"), so that no option stands out by its shape.
 */
function sameShape(keyName: string, name: string): boolean {
  const keyWords = keyName.split(/\s+/u);
  const words = name.split(/\s+/u);
  const keyLast = keyWords[keyWords.length - 1]!;
  const last = words[words.length - 1]!;
  if (/^\p{Ll}/u.test(keyLast)) return keyWords.length === words.length && keyLast === last;
  return !/^\p{Ll}/u.test(last) && geographicEnds(keyWords) === geographicEnds(words);
}

/**
 * Capitalised words that say what a name is ("Aral Sea", "Lake Balkhash", "Tian Shan Mountains"):
 * the key with one and options without ("Aral Sea" among "Caspian", "Balkhash", "Issyk-Kul"), or
 * the other way round, pick the key out by form alone (blind review, round 12).
 */
const GEOGRAPHIC_WORDS: ReadonlySet<string> = new Set(['sea', 'lake', 'river', 'mountains', 'range', 'desert', 'steppe', 'plateau', 'valley',
  'gulf', 'bay', 'island', 'islands', 'peninsula', 'basin', 'canal', 'reservoir', 'dam', 'park', 'reserve', 'pass', 'glacier']);

/** The geographic words a name begins and ends with ("lake|" for "Lake Balkhash", "|sea" for "Aral Sea"). */
function geographicEnds(words: readonly string[]): string {
  const edge = (word: string | undefined) => (word && words.length > 1 && GEOGRAPHIC_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : '');
  return `${edge(words[0])}|${edge(words[words.length - 1])}`;
}

/**
 * The entity's initials in the key's script: the known ones, else the first letters of its given
 * names in the language ("Kassym-Jomart" → "K.-J."): no Cyrillic initial before a Latin surname.
 */
function initialsIn(entity: Entity, language: Language, keyInitials: string): string[] {
  const latin = (text: string) => /\p{Script=Latin}/u.test(text);
  const known = (entity.initials ?? []).filter((initials) => latin(initials) === latin(keyInitials));
  if (known.length > 0) return known;
  return (entity.givenNames?.[language] ?? []).map((given) => given.split('-').map((part) => `${[...part][0]}.`).join('-')).filter((initials) => latin(initials) === latin(keyInitials));
}

/** Initials with as many letters as the key's ("Ш." for "Ш.", "Н.Ә." for "Қ.К."): a count that differs is a cue. */
function initialsLike(keyInitials: string, known: readonly string[]): string | undefined {
  const count = (initials: string) => (initials.match(/\p{Lu}/gu) ?? []).length;
  const wanted = count(keyInitials);
  const same = known.find((initials) => count(initials) === wanted && !initials.includes('-'));
  const longer = known.find((initials) => count(initials) > wanted && !initials.includes('-'));
  const letters = (same ?? longer)?.match(/\p{Lu}\p{Ll}?\./gu)?.slice(0, wanted);
  // spaced as the key is ("Ю. А." beside "Т. О.", not "Т.О."): a different spacing is a cue
  return letters ? letters.join(/\.\s+\p{Lu}/u.test(keyInitials) ? ' ' : '') : undefined;
}

function isAcronymLike(name: string): boolean {
  return !/\s/u.test(name) && (name.match(/\p{Lu}/gu) ?? []).length >= 2;
}

const NONE: ReadonlySet<string> = new Set();

interface CourseNames {
  /** Per entity, every name the course writes it with. */
  readonly written: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per entity, the accepted name the course writes most often (first met on a tie). */
  readonly usual: ReadonlyMap<string, string>;
}

const namesCache = new WeakMap<CourseText, CourseNames>();

/** How the course writes each entity, read from its mentions once per course text. */
function courseNames(text: CourseText): CourseNames {
  const cached = namesCache.get(text);
  if (cached) return cached;
  const counts = new Map<string, Map<string, number>>();
  for (const sentence of text.sentences) {
    for (const mention of sentence.entities) {
      if (!mention.name) continue;
      const perName = counts.get(mention.entityId) ?? new Map<string, number>();
      perName.set(mention.name, (perName.get(mention.name) ?? 0) + 1);
      counts.set(mention.entityId, perName);
    }
  }
  const written = new Map<string, ReadonlySet<string>>();
  const usual = new Map<string, string>();
  for (const [id, perName] of counts) {
    written.set(id, new Set(perName.keys()));
    const accepted = text.catalogue.byId.get(id)?.names[text.language] ?? [];
    const best = [...perName].filter(([name]) => accepted.includes(name)).reduce<[string, number] | undefined>((a, b) => (!a || b[1] > a[1] ? b : a), undefined);
    if (best) usual.set(id, best[0]);
  }
  const names = { written, usual };
  namesCache.set(text, names);
  return names;
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

export function russianOptions(entity: Entity): RuNameOptions {
  return { ...(entity.ruGender ? { gender: entity.ruGender } : {}), ...(entity.ruPlural ? { plural: true } : {}), person: entity.type === 'person' };
}

/** Which case order settles a form that several cases share, when no preposition does. */
const CASE_PREFERENCE: readonly RuCase[] = ['gen', 'prep', 'dat', 'ins', 'acc', 'nom'];

/**
 * How the key's Russian form reads: of the cases it can be, those the preposition before it
 * allows. One is settled by a subject at the sentence start (nominative), a head noun before the
 * name ("на реке Вахш": nominative) or a preposition that allows only one; `kase` is then that
 * case, else the first by CASE_PREFERENCE. `open` holds the cases still possible when nothing
 * settles one: "стал Кыргызстан" is nominative or accusative, "Алматы" any case, and a distractor
 * must read the same in all of them ("Казахстан"; not "Россия"/"Россию", not "Бишкек"/"Бишкека"),
 * or one reading is a grammar error a reviewer sees.
 */
function russianReading(key: EntityKey, before: string): { readonly kase?: RuCase; readonly open: readonly RuCase[] } {
  const possible = key.mention.ruCases ?? [];
  if (possible.length <= 1) return { ...(possible[0] ? { kase: possible[0] } : {}), open: [] };
  const previous = /(\p{L}+)\s*$/u.exec(before)?.[1];
  if (possible.includes('nom') && previous && headKind(previous, 'ru')) return { kase: 'nom', open: [] };
  const allowed = casesAfter(before);
  const narrowed = allowed ? possible.filter((kase) => allowed.includes(kase)) : possible;
  const cases = narrowed.length > 0 ? narrowed : possible;
  if (cases.includes('nom') && /^[\s«"“(]*$/u.test(before)) return { kase: 'nom', open: [] };
  const kase = CASE_PREFERENCE.find((one) => cases.includes(one));
  // "находился в ____": в/на with a place is where (prepositional) unless a word of motion asks where to
  const where = narrowed.length === 2 && narrowed.includes('acc') && narrowed.includes('prep') && !MOTION_BEFORE.test(before);
  return { ...(kase ? { kase } : {}), open: narrowed.length > 1 && !where ? narrowed : [] };
}

/** The Russian case of the key (see russianReading). */
export function russianCase(key: EntityKey, before: string): RuCase | undefined {
  return russianReading(key, before).kase;
}

/** Words of motion or direction before "в/на" ("переехала в", "экспорт в", "поставки на"): the place after is accusative. */
const MOTION_BEFORE = /(?<![\p{L}])(?:перен[её]с\p{L}*|перенос\p{L}*|перевед\p{L}*|перевод\p{L}*|пере[еє]х\p{L}*|переселен\p{L}*|при[еє]х\p{L}*|в[ъ]?езд\p{L}*|у[еє]х\p{L}*|выезд\p{L}*|отправ\p{L}*|экспорт\p{L}*|вывоз\p{L}*|поставк\p{L}*|поставл\p{L}*|направ\p{L}*|мигра\p{L}*|поток\p{L}*|путь|дорог\p{L}*|маршрут\p{L}*)\s+(?:\p{L}+\s+){0,2}(?:в|во|на)\s*$/iu;

/** The distractor in the key's Russian case; a subject must also have the key's gender and number (the verb agrees). */
function russianForm(key: EntityKey, entity: Entity, name: string): string | undefined {
  const { kase, open } = russianReading(key, key.before ?? '');
  if (!kase) return name;
  if (open.length > 0 && new Set(open.map((other) => inflectRussian(name, other, russianOptions(entity)))).size > 1) return undefined;
  if (kase === 'nom') {
    const keyName = key.mention.name ?? key.name;
    const keyOptions = russianOptions(key.entity);
    const options = russianOptions(entity);
    if ((keyOptions.plural ?? false) !== (options.plural ?? false)) return undefined;
    if (!keyOptions.plural && genderOf(lastWord(keyName), keyOptions) !== genderOf(lastWord(name), options)) return undefined;
  }
  return inflectRussian(name, kase, russianOptions(entity));
}

function lastWord(name: string): string {
  return name.split(/\s+/u).pop() ?? name;
}

/** Check 5 in Russian: the option is its own name in the key's case; undefined when it is. */
export function russianAgreementProblem(key: EntityKey, distractor: Distractor): string | undefined {
  if (!distractor.entity || !distractor.name) return `«${distractor.text}» has no name to read its case against`;
  const kase = russianCase(key, key.before ?? '');
  if (!kase) return undefined;
  // the key itself is read against the name it was found by; people on their surname (initials stay)
  const name = distractor.identity === key.identity ? key.mention.name ?? distractor.name : distractor.name;
  const person = distractor.entity.type === 'person';
  const cases = person
    ? casesOf(lastWord(distractor.text), lastWord(name), russianOptions(distractor.entity))
    : casesOf(distractor.text, name, russianOptions(distractor.entity));
  return cases.includes(kase) ? undefined : `«${distractor.text}» is not in the key's case (${kase})`;
}
