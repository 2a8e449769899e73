/**
 * The keys a cloze can blank out of a statement, one finder per key type, with the reason a
 * fact of that type was refused as a key (the report counts them).
 */
import type { Language } from '../../../model/course';
import { analyse } from '../../../text/kk';
import { valueKey } from '../../text/course-text';
import type { EntityMention, Quantity } from '../../text/types';
import type { Entity } from '../../text/entities/types';
import { monthOfWord } from '../../distractors/dates';
import { isDecade } from '../../distractors/numbers';
import type { ClozeKey, EntityKey, KeyInflection, KeyType, QuantityKey } from '../../distractors/types';
import type { Statement } from '../shared/statement';
import { anaphoricOpener } from '../../text/openers';

export interface FoundKeys {
  readonly keys: readonly ClozeKey[];
  /** Facts of the type that could not be keys, and why. */
  readonly refused: readonly string[];
}

/**
 * `asked`: whether the key will be blanked or swapped (a cloze, a false statement); a true
 * statement only needs a fact to check, so a year with one end of a span ("после 1991 года")
 * is a fact there, though never a key to ask.
 */
export function keysOf(statement: Statement, type: KeyType, language: Language, asked = true): FoundKeys {
  const keys: ClozeKey[] = [];
  const refused: string[] = [];
  const take = (found: ClozeKey | string | undefined) => {
    if (typeof found === 'string') refused.push(found);
    else if (found) keys.push(found);
  };
  if (type === 'organisation' || type === 'place' || type === 'person') {
    for (const mention of statement.entities) take(entityKey(statement, mention, type, language));
  } else {
    const ofType = statement.quantities.filter((quantity) => quantity.kind === type);
    for (const quantity of ofType) take(quantityKey(statement, quantity, type, language, ofType.length, asked));
  }
  return { keys, refused };
}

function quantityKey(statement: Statement, quantity: Quantity, type: QuantityKey['type'], language: Language, ofType: number, asked: boolean): QuantityKey | string {
  if (quantity.valueTo !== undefined) return 'range';
  // the ending of "30%-ға" follows how the number is read: another number needs another ending
  if (quantity.suffix !== '') return 'number-with-ending';
  // survey figures side by side: one blank among them is a matching item, not a cloze
  if ((type === 'percent' || type === 'amount') && ofType > 1) return 'several-values';
  const numberStart = statement.text.indexOf(quantity.numberText, quantity.start);
  if (numberStart < 0) return 'number-not-found';
  if (type === 'date') return dateKey(statement, quantity, language);
  let end = numberStart + quantity.numberText.length;
  if (type === 'percent' && statement.text[end] === '%') end += 1;
  // a Russian decade ("в 1990-е годы", "к концу 1970-х годов") keeps its ending after the blank,
  // which fits every decade; the surface takes it in, so that the options are decades too
  const decade = type === 'year' && statement.text[end] === '-' && language === 'ru' ? RU_DECADE_ENDING.exec(statement.text.slice(end)) : null;
  if (type === 'year' && statement.text[end] === '-' && !decade) return 'number-with-ending';
  if (decade) quantity = { ...quantity, surface: `${quantity.surface}${decade[0]}` };
  if (type === 'year' && isDecade(quantity.surface) && quantity.value % 10 !== 0) return 'plural-years';
  // "2020 жылдар аралығында" (in the years between…) with one year: the range's other end is lost
  if (type === 'year' && OPEN_RANGE_AFTER[language].test(statement.text.slice(end))) return 'open-range';
  // "после 1991 года", "since 1995", "1991 жылдан кейін": a later (or earlier) year often keeps the statement true
  if (type === 'year' && asked && (ONE_END_BEFORE[language].test(statement.text.slice(0, numberStart)) || ONE_END_AFTER[language].test(statement.text.slice(end)))) return OPEN_ENDED;
  // "2020 дылы": a misspelt year word beside the blank (Kazakh writes a year with жыл- or "ж.")
  if (type === 'year' && language === 'kk' && !/^\s*(?:жыл|ж\.)/u.test(statement.text.slice(end))) return 'no-year-word';
  const identity = type === 'year' ? `year:${quantity.value}` : valueKey(quantity);
  return { type, start: numberStart, end, text: statement.text.slice(numberStart, end), identity, quantity };
}

/** "15 наурызда" (day and month, the month carrying the case): Kazakh only, where months inflect. */
function dateKey(statement: Statement, quantity: Quantity, language: Language): QuantityKey | string {
  if (language !== 'kk') return 'date-needs-kazakh';
  const match = /^(\d{1,2})\s+(\p{L}+)/u.exec(statement.text.slice(statement.text.indexOf(quantity.numberText, quantity.start)));
  if (!match || monthOfWord(match[2]!) === undefined) return 'date-form';
  const start = statement.text.indexOf(match[0], quantity.start);
  return { type: 'date', start, end: start + match[0].length, text: match[0], identity: `date:${quantity.value}-${quantity.month}`, quantity };
}

const PLACE_TYPES: ReadonlySet<string> = new Set(['country', 'city', 'region', 'water', 'facility']);

/** The ending and year word of a Russian decade: "-е годы", "-х годов", "-м годам", "-ми годами". */
const RU_DECADE_ENDING = /^-(?:е|х|ые|ых|м|ми)\s+год\p{L}*/u;

/** A year followed by words for a span between years: the year is one end of a range the text lost. */
const OPEN_RANGE_AFTER: Readonly<Record<Language, RegExp>> = {
  kk: /^\s*жылдар\s+аралығ/u,
  ru: /^\s*(?:гг\.|годы)\s+между/u,
  en: /^\s*(?:years\s+)?between(?![\p{L}])/u,
};

/**
 * A year that opens or closes a span with no other end ("после 1991 года государственные каналы
 * сохранились", "since 1995", "1991 жылдан бастап"): another year on the same side keeps the
 * statement true, so neither a distractor nor a swapped statement is surely false (blind review,
 * round 14: 1991 → 1995 in "после 1991 года … сохранились"). "from 1991 to 1995" has both ends.
 */
export const OPEN_ENDED = 'open-ended';
const ONE_END_BEFORE: Readonly<Record<Language, RegExp>> = {
  kk: /(?!)/u,
  ru: /(?<![\p{L}])(?:после|с|со|до|начиная\s+с|вплоть\s+до)\s+$/iu,
  en: /(?<![\p{L}])(?:after|since|until|till|before|by)\s+(?:the\s+end\s+of\s+)?$/iu,
};
const ONE_END_AFTER: Readonly<Record<Language, RegExp>> = {
  kk: /^\s*(?:жыл(?:дан|дың)\s+(?:кейін|бастап|соң|бері|бұрын)|жылға\s+дейін)(?![\p{L}])/iu,
  ru: /(?!)/u,
  en: /(?!)/u,
};

/** A scholar's name followed by their theory or concept ("Х. Маккиндердің Хартленд теориясы", "Mackinder's heartland theory"). */
const THEORY_AFTER: Readonly<Record<Language, RegExp>> = {
  kk: /^[\s-]*(?:\p{L}+\s+){0,3}(?:теория|тұжырымдама|концепция|доктрина|парадигма)/iu,
  ru: /^[\s-]*(?:\p{L}+\s+){0,3}(?:теори|концепци|доктрин|парадигм)/iu,
  en: /^[\s'’s-]*(?:\p{L}+\s+){0,3}(?:theory|theories|concept|doctrine|paradigm)/iu,
};

/** A country that names a currency ("долларов США", "АҚШ доллары", "US dollars"): part of the unit, no place asked. */
const CURRENCY_BEFORE: Readonly<Record<Language, RegExp>> = {
  kk: /(?!)/u,
  ru: /(?:доллар\p{L}*|долл\.)\s+$/iu,
  en: /(?!)/u,
};
const CURRENCY_AFTER: Readonly<Record<Language, RegExp>> = {
  kk: /^\s*(?:доллар|долл\.)/iu,
  ru: /(?!)/u,
  en: /^\s*(?:dollars?|\$)(?![\p{L}])/iu,
};

/** A place followed by the kind of place it is, where the distractors' kind is not assured. */
const KIND_WORD_AFTER: Readonly<Record<Language, RegExp>> = {
  kk: /^\s+(?:континент|материк|материг)/u,
  ru: /^\s+(?:континент|материк)/u,
  en: /^\s+continent(?![\p{L}])/u,
};

function entityKey(statement: Statement, mention: EntityMention, type: EntityKey['type'], language: Language): EntityKey | string | undefined {
  const wanted = type === 'place' ? PLACE_TYPES.has(mention.type) : mention.type === type;
  if (!wanted) return undefined;
  const entity = mention.entity;
  // what every stem of the course is about (its region, course/glossary.yaml): blanking it asks nothing
  if (entity?.topic) return undefined;
  if (!mention.catalogued || !entity || !entity.group) return 'uncatalogued';
  // "which researcher said so" is citation trivia (blind reviews rejected every such item); whose theory it is ("____ теориясы") is not
  if (entity.type === 'person' && entity.group === 'scholar' && !THEORY_AFTER[language].test(statement.text.slice(mention.end))) return 'cited-scholar';
  if (mention.derived) return 'derived-word'; // Қазақстандық is an adjective, not the country
  // English "Tajiks", "Uzbeks": a plural is a people, not the place; only the possessive goes with every option
  if (language === 'en' && mention.suffix !== '' && !/^['’]s?$/u.test(mention.suffix)) return 'derived-word';
  if (type === 'organisation' && /\s/u.test(mention.stem)) return 'full-name';
  // "Халықаралық ескерткіштер кеңесі (____)": an acronym in brackets restates the name before it
  if (/\(\s*$/u.test(statement.text.slice(0, mention.start)) && /^\s*\)/u.test(statement.text.slice(mention.end))) return 'bracketed-acronym';
  if (!usualSpelling(mention, entity, language)) return 'unusual-spelling'; // a typo in the key alone is a cue
  if (/(?:Орталық|Оңтүстік|Солтүстік|Шығыс|Батыс|Кіші|Үлкен|Central|South|North|East|West|Greater|Lesser|Малый|Большой|Малого|Большого)\s+$/u.test(statement.text.slice(0, mention.start))) return 'part-of-longer-name';
  if (inEnumeration(statement, mention, language)) return 'key-in-enumeration';
  // "Еуразия континенті": the options come from the key's catalogue group, which mixes continents with regions
  if (type === 'place' && KIND_WORD_AFTER[language].test(statement.text.slice(mention.end))) return 'kind-word-after';
  if (type === 'place' && (CURRENCY_BEFORE[language].test(statement.text.slice(0, mention.start)) || CURRENCY_AFTER[language].test(statement.text.slice(mention.end)))) return 'currency';
  // "Ташкент пен", "Қазақстан да": a separate word whose form follows the key's last sound
  if (language === 'kk' && /^\s+(?:мен|бен|пен|да|де|та|те)(?![\p{L}])/u.test(statement.text.slice(mention.end))) return 'harmony-word-after';
  // "Бақыт Сұлтанов": a given name the catalogue does not know may mean another person
  // (a title is no given name: "President E. Rahmon", "Президент Э. Рахмон", "Ғарышкер Т. Әубәкіров")
  if (type === 'person' && /\p{Lu}\p{Ll}+\s+$/u.test(statement.text.slice(0, mention.start)) && mention.start > 0 && !/[.!?]\s+$/u.test(statement.text.slice(0, mention.start))
    && !/(?:President|Minister|Professor|Secretary|Cosmonaut|Astronaut|Marshal|General|Academician|Khan|Sultan|Президент|Премьер-министр|Министр|Профессор|Космонавт|Маршал|Генерал|Академик|Хан|Султан|Ғарышкер|Академик|Сұлтан)\s+$/u.test(statement.text.slice(0, mention.start))) return 'unknown-given-name';
  // "Husayn Bayqara": a given name before a surname; swapped alone it makes "Chinggis Bayqara" (round 14)
  if (type === 'person' && /^\s+\p{Lu}\p{Ll}/u.test(statement.text.slice(mention.end))) return 'part-of-longer-name';
  // an ending the finder did not take as the name's ("ЕО-н", a typo): the blank would split a word
  if (/^[-–]?\p{L}/u.test(statement.text.slice(mention.end))) return 'attached-ending';
  const base = { type, start: mention.start, end: mention.end, text: mention.surface, identity: mention.entityId, mention, entity, name: mention.stem, before: statement.text.slice(0, mention.start) };
  // "в соседнем Китае": a word agreeing with the key would have to change with each option
  if (language === 'ru' && /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их)\s+$/u.test(statement.text.slice(0, mention.start)) && /\p{Ll}+\s+$/u.test(statement.text.slice(0, mention.start))) return 'agreeing-word-before';
  if (language === 'ru') return mention.ruCases || mention.suffix === '' ? base : 'unknown-case';
  if (language !== 'kk' || mention.suffix === '') return base;
  if (mention.wellFormed === false) return 'irregular-ending';
  const inflection = inflectionOf(mention);
  return inflection ? { ...base, inflection } : 'unknown-case';
}

/** The key is written with an accepted name of the entity, not with a variant spelling (a misspelling). */
function usualSpelling(mention: EntityMention, entity: Entity, language: Language): boolean {
  const last = (text: string) => text.split(/\s+/u).pop() ?? text;
  const written = mention.name ?? mention.stem;
  return (entity.names[language] ?? []).some((usual) => last(usual) === last(written));
}

/** The case, number and -ғы of a Kazakh mention, read on its last word. */
export function inflectionOf(mention: Pick<EntityMention, 'stem' | 'suffix' | 'joiner'>): KeyInflection | undefined {
  const lastWord = mention.stem.split(/\s+/u).pop() ?? mention.stem;
  const reading = analyse(`${lastWord}${mention.joiner}${mention.suffix}`).find((analysis) => analysis.stem === lastWord && analysis.wellFormed);
  return reading ? { kase: reading.kase, plural: reading.plural, attributive: reading.attributive } : undefined;
}

/**
 * "Қазақстан, Қырғызстан және Өзбекстан": blanking one name of a list leaves a statement the
 * others make true, and the options are the list's other names.
 */
function inEnumeration(statement: Statement, mention: EntityMention, language: Language): boolean {
  const joins = /^\s*(?:\p{Lu}\p{Ll}+)?\s*(?:,|және|мен|бен|пен|немесе|and|or|и|или|,\s*(?:and|и))\s*$/u;
  // names the catalogue does not know count too: "Баласағұн, Тараз, Бұхара", "Дамаск және Венеция"
  const before = statement.text.slice(0, mention.start);
  const after = statement.text.slice(mention.end);
  if ((/\p{Lu}\p{Ll}+\s*(?:,|және|and|и)\s*$/u.test(before) && !onlyOpenerBefore(before, language)) || /^\s*,\s*\p{Lu}\p{Ll}+/u.test(after)) return true;
  return statement.entities.some((other) => {
    if (other === mention || categoryOf(other.type) !== categoryOf(mention.type)) return false;
    const between = other.end <= mention.start ? statement.text.slice(other.end, mention.start) : statement.text.slice(mention.end, other.start);
    return other.start !== mention.start && joins.test(between);
  });
}

/** "Ал, Өзбекстанда …", "Мәселен, Қытай …": the capitalised word before the comma opens the sentence; it is no name. */
function onlyOpenerBefore(before: string, language: Language): boolean {
  const opener = anaphoricOpener(before, language);
  return opener !== undefined && new RegExp(`^[\\s«"“„(–—-]*${opener}\\s*,\\s*$`, 'u').test(before);
}

function categoryOf(type: EntityMention['type']): string {
  return PLACE_TYPES.has(type) ? 'place' : type;
}
