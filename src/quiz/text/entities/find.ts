/**
 * Finds a catalogue's entities in a sentence, suffix-aware: "Қырғызстанның" → kyrgyzstan + "ның",
 * "ШЫҰ– ның" → sco + "ның" (acronyms take their suffix after a hyphen, spaced or not), "России"
 * → russia (gen, dat or prep, read by src/text/ru), and people by surname with their initials
 * or given name ("Н.Ә. Назарбаевтың", "Қ.-Ж.К. Тоқаев"). People named by initials + surname but
 * in no catalogue are found too, with an id made from the surname.
 */
import type { Language } from '../../../model/course';
import { analyse } from '../../../text/kk';
import { casesOf, classOf } from '../../../text/ru';
import { slugify } from '../../../text/transliterate';
import type { EntityMention } from '../types';
import { defaultCatalogue, type Catalogue } from './catalogue';
import { isDerived, isInflection, splitInflection } from './suffix';
import { spellingsOf, type Entity } from './types';

interface NamePattern {
  readonly entity: Entity;
  readonly name: string;
  /** The name's words as compared; Russian words without their ending, `extra` letters allowed after. */
  readonly parts: readonly { readonly text: string; readonly extra: number }[];
  /** Kazakh: the name with its last consonant voiced (Одақ → Одағ), before a vowel ending. */
  readonly voiced?: string;
  readonly acronym: boolean;
  /** Lower-case first letters of the name: a sentence without a word starting so cannot hold it. */
  readonly prefix: string;
  /** Position in the longest-first order. */
  readonly rank: number;
}

interface NameMatch {
  readonly index: number;
  /** The whole mention, ending included. */
  readonly surface: string;
  /** An acronym's hyphen before its ending, spaces included ("– "). */
  readonly hyphen: string;
  readonly suffix: string;
}

interface PatternIndex {
  readonly byPrefix: ReadonlyMap<string, readonly NamePattern[]>;
}

const indexes = new WeakMap<Catalogue, Map<Language, PatternIndex>>();

export function findEntities(sentence: string, language: Language, catalogue: Catalogue = defaultCatalogue()): EntityMention[] {
  const taken: EntityMention[] = [];
  for (const { pattern, starts } of candidatePatterns(sentence, indexFor(catalogue, language))) {
    for (const start of starts) {
      const match = matchAt(pattern, sentence, start);
      const mention = match ? mentionOf(pattern, match, sentence, language) : undefined;
      if (mention && !taken.some((other) => overlaps(other, mention))) taken.push(mention);
    }
  }
  for (const mention of uncataloguedPeople(sentence, language)) {
    if (!taken.some((other) => overlaps(other, mention))) taken.push(mention);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** The entity with this id in the catalogue (the gazetteer's by default). */
export function entityById(id: string, catalogue: Catalogue = defaultCatalogue()): Entity | undefined {
  return catalogue.byId.get(id);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The patterns whose first letters begin some capitalised word of the sentence (a mention
 * starts with a capital), longest name first: most sentences need only a few of the regexes.
 */
function candidatePatterns(sentence: string, index: PatternIndex): { pattern: NamePattern; starts: number[] }[] {
  const found = new Map<NamePattern, number[]>();
  for (let at = 0; at < sentence.length - 1; at += 1) {
    const char = sentence[at]!;
    // a capital that starts a word (cased letters only: what a name starts with)
    if (char === char.toLowerCase() || (at > 0 && isCasedLetter(sentence[at - 1]!))) continue;
    const patterns = index.byPrefix.get(`${char}${sentence[at + 1]!.toLowerCase()}`);
    if (!patterns) continue;
    for (const pattern of patterns) {
      const starts = found.get(pattern);
      if (starts) starts.push(at);
      else found.set(pattern, [at]);
    }
  }
  return [...found].map(([pattern, starts]) => ({ pattern, starts })).sort((a, b) => a.pattern.rank - b.pattern.rank);
}

const isCasedLetter = (char: string) => char.toLowerCase() !== char.toUpperCase();

/** The capital as written and the next letter in lower case: "Ұжымдық" and "ҰҚШҰ" both index by it. */
function prefixOf(word: string): string {
  const letters = [...word];
  return `${letters[0] ?? ''}${(letters[1] ?? '').toLowerCase()}`;
}

/** Longest names first, so "Орталық Азия" wins over "Азия" and "Оңтүстік Корея" over "Корея". */
function indexFor(catalogue: Catalogue, language: Language): PatternIndex {
  let perLanguage = indexes.get(catalogue);
  if (!perLanguage) {
    perLanguage = new Map();
    indexes.set(catalogue, perLanguage);
  }
  const cached = perLanguage.get(language);
  if (cached) return cached;
  const patterns = catalogue.entities
    .flatMap((entity) => namesOf(entity, language).map((name) => ({ entity, name })))
    .sort((a, b) => b.name.length - a.name.length || a.entity.id.localeCompare(b.entity.id) || a.name.localeCompare(b.name))
    .map(({ entity, name }, rank) => buildPattern(entity, name, language, rank));
  const byPrefix = new Map<string, NamePattern[]>();
  for (const pattern of patterns) {
    const list = byPrefix.get(pattern.prefix);
    if (list) list.push(pattern);
    else byPrefix.set(pattern.prefix, [pattern]);
  }
  const index = { byPrefix };
  perLanguage.set(language, index);
  return index;
}

/** A Kazakh text also quotes Russian names (Казахстана); other languages use their own. */
function namesOf(entity: Entity, language: Language): readonly string[] {
  const own = spellingsOf(entity, language);
  const extra = language === 'kk' ? spellingsOf(entity, 'ru') : [];
  return [...new Set([...own, ...extra])].filter((name) => name.trim() !== '');
}

function isAcronymName(name: string): boolean {
  return !/\s/u.test(name) && (name.match(/\p{Lu}/gu) ?? []).length >= 2 && !/\p{Ll}{3}/u.test(name);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function buildPattern(entity: Entity, name: string, language: Language, rank: number): NamePattern {
  const acronym = isAcronymName(name);
  const words = name.split(/\s+/u);
  const russian = language === 'ru' && !acronym;
  const parts = words.map((word, index) => {
    const last = index === words.length - 1;
    const written = russian ? russianStem(word, entity) : word;
    return { text: written, extra: russian && !last ? 3 : 0 };
  });
  const lastWord = words[words.length - 1] ?? '';
  const voiced = !acronym && language !== 'ru' ? voicedAlternative(lastWord) : undefined;
  return { entity, name, parts, ...(voiced ? { voiced } : {}), acronym, prefix: prefixOf(name), rank };
}

/** What a name leaves after it: an acronym's (spaced) hyphen and ending, or an attached ending. */
const ACRONYM_TAIL = /(?:(\s?[-–—]\s?)(\p{Ll}+)|(\p{Ll}+))?(?![\p{L}\p{N}])/uy;
const NAME_TAIL = /(\p{Ll}*)(?![\p{L}\p{N}])/uy;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACES = /\s+/uy;
const LOWER_LETTERS = /\p{Ll}*/uy;

/**
 * The pattern's name at `start` of the sentence, compared letter by letter: the first word as
 * written, later words in either case at their first letter ("Ұжымдық қауіпсіздік"), any
 * spacing between words and around a hyphen ("Нұр- Сұлтан"), the last consonant voiced before
 * a vowel ending (Одақ → Одағы); then the ending. Plain comparison, no regex per name:
 * compiling hundreds of Unicode regexes cost more than the whole search.
 */
function matchAt(pattern: NamePattern, sentence: string, start: number): NameMatch | undefined {
  if (start > 0 && LETTER_OR_DIGIT.test(sentence[start - 1]!)) return undefined;
  let at = start;
  for (let index = 0; index < pattern.parts.length; index += 1) {
    const part = pattern.parts[index]!;
    if (index > 0) {
      SPACES.lastIndex = at;
      if (!SPACES.exec(sentence)) return undefined;
      at = SPACES.lastIndex;
    }
    const last = index === pattern.parts.length - 1;
    let end = wordAt(sentence, at, part.text, index > 0);
    if (end === undefined && last && pattern.voiced) {
      end = wordAt(sentence, at, pattern.voiced, index > 0);
      if (end !== undefined && !/[аәеиоөұүыіэюя]/u.test(sentence[end] ?? '')) end = undefined;
    }
    if (end === undefined) return undefined;
    if (part.extra > 0) {
      LOWER_LETTERS.lastIndex = end;
      const more = LOWER_LETTERS.exec(sentence)?.[0].length ?? 0;
      if (more > part.extra) return undefined;
      end += more;
    }
    at = end;
  }
  const tail = pattern.acronym ? ACRONYM_TAIL : NAME_TAIL;
  tail.lastIndex = at;
  const found = tail.exec(sentence);
  if (!found) return undefined;
  const surface = sentence.slice(start, at + found[0].length);
  return pattern.acronym
    ? { index: start, surface, hyphen: found[1] ?? '', suffix: found[2] || found[3] || '' }
    : { index: start, surface, hyphen: '', suffix: found[1] ?? '' };
}

const YO: ReadonlySet<string> = new Set(['е', 'ё', 'Е', 'Ё']);
const isLower = (char: string) => char.toLowerCase() === char;

/** Where `word` ends when written at `at` (a hyphen may have spaces around it); undefined when it is not there. */
function wordAt(sentence: string, at: number, word: string, eitherCaseFirst: boolean): number | undefined {
  let position = at;
  for (let index = 0; index < word.length; index += 1) {
    const wanted = word[index]!;
    if (wanted === '-') {
      while (sentence[position] === ' ') position += 1;
      if (sentence[position] !== '-') return undefined;
      position += 1;
      while (sentence[position] === ' ') position += 1;
      continue;
    }
    const char = sentence[position];
    if (char === undefined) return undefined;
    // ё is often written е (Мирзиёев / Мирзиеев): one spelling finds both
    const same = char === wanted || (index === 0 && eitherCaseFirst && char.toLowerCase() === wanted.toLowerCase())
      || (YO.has(char) && YO.has(wanted) && isLower(char) === isLower(wanted));
    if (!same) return undefined;
    position += 1;
  }
  return position;
}

/** A Russian word's unchanging part: the ending is left to the tail (Южная Корея → Южн|ой Коре|и). */
function russianStem(word: string, entity: Entity): string {
  const part = word.split('-').pop() ?? word;
  const kind = classOf(part, { ...(entity.ruGender ? { gender: entity.ruGender } : {}), ...(entity.ruPlural ? { plural: true } : {}), animate: entity.type === 'person' });
  const cut = kind === 'adjective' ? 2 : kind === 'a' || kind === 'soft-m' || kind === 'soft-f' || kind === 'neuter' || kind === 'plural' || kind === 'surname-f' ? 1 : 0;
  return word.slice(0, word.length - cut);
}

/** "Одақ" → "Одағ", "Ұйым" has none: Kazakh voices a final к/қ/п before a vowel. */
function voicedAlternative(word: string): string | undefined {
  const voiced: Record<string, string> = { қ: 'ғ', к: 'г', п: 'б' };
  const last = word.slice(-1);
  return voiced[last] ? word.slice(0, -1) + voiced[last] : undefined;
}

function mentionOf(pattern: NamePattern, match: NameMatch, sentence: string, language: Language): EntityMention | undefined {
  const start = match.index;
  if (!/^\p{Lu}/u.test(match.surface)) return undefined; // "одақ" as a common noun, "ресей ғалымдары"
  if (language === 'ru' && !pattern.acronym) return russianMention(pattern, match, sentence);
  const hyphen = match.hyphen;
  const rawSuffix = match.suffix;
  const surfaceEnd = start + match.surface.length;
  const stemEnd = surfaceEnd - hyphen.length - rawSuffix.length;
  const stem = sentence.slice(start, stemEnd);
  if (!isInflection(rawSuffix, pattern.name, language, pattern.acronym)) {
    // a spaced dash not followed by an ending: "ШЫҰ – бұл …" names the acronym bare
    if (!(pattern.acronym && hyphen !== '')) return undefined;
    return build(pattern, start, stemEnd, sentence, stem, '', '');
  }
  const built = build(pattern, start, surfaceEnd, sentence, stem, rawSuffix, hyphen === '' ? '' : '-');
  // "Russian", "Central Asian": an English adjective made from the name
  const mention = withCase(language === 'en' && /^(?:n|ns|ian|ians|an|ans)$/u.test(rawSuffix) ? { ...built, derived: true } : built, language);
  return pattern.entity.type === 'person' ? withPersonName(pattern.entity, mention, sentence, language) : mention;
}

/** Russian: the form must be one of the name's six case forms, or an adjective made from it (казахстанский). */
function russianMention(pattern: NamePattern, match: NameMatch, sentence: string): EntityMention | undefined {
  const start = match.index;
  const surface = match.surface;
  const entity = pattern.entity;
  const person = entity.type === 'person';
  const cases = casesOf(surface, pattern.name, {
    ...(entity.ruGender ? { gender: entity.ruGender } : {}), ...(entity.ruPlural ? { plural: true } : {}), person,
  });
  const tail = match.suffix;
  if (cases.length === 0) {
    if (!isDerived(tail) || /\s/u.test(pattern.name)) return undefined;
    const stemEnd = start + surface.length - tail.length;
    return build(pattern, start, start + surface.length, sentence, sentence.slice(start, stemEnd), tail, '');
  }
  const mention: EntityMention = { ...build(pattern, start, start + surface.length, sentence, surface, '', ''), ruCases: cases };
  return person ? withPersonName(entity, mention, sentence, 'ru') : mention;
}

function build(pattern: NamePattern, start: number, end: number, sentence: string, stem: string, suffix: string, joiner: '' | '-'): EntityMention {
  return {
    entityId: pattern.entity.id, type: pattern.entity.type, start, end, surface: sentence.slice(start, end), stem, suffix, joiner,
    derived: isDerived(suffix), catalogued: true, entity: pattern.entity, name: pattern.name,
  };
}

/**
 * The case of a Kazakh mention, read by src/text/kk on the name's last word + its suffix
 * ("Азиядағы" → loc, "ШЫҰ-ның" → gen): the reading whose stem is the name as written.
 */
function withCase(mention: EntityMention, language: Language): EntityMention {
  if (language !== 'kk' || mention.derived) return mention;
  const lastWord = mention.stem.split(/\s+/u).pop() ?? mention.stem;
  const form = mention.suffix === '' ? lastWord : `${lastWord}${mention.joiner}${mention.suffix}`;
  const name = lastWord.toLowerCase();
  // "Ұйымына" reads as Ұйымы + на: the name's possessive -ы/-і belongs to the stem there
  const reading = analyse(form).find((analysis) => {
    const stem = analysis.stem.toLowerCase();
    return stem === name || (stem.startsWith(name) && /^[ыі]$/u.test(stem.slice(name.length)));
  });
  return reading ? { ...mention, kase: reading.kase, wellFormed: reading.wellFormed } : mention;
}

/** Initials as written before a surname: "Н.Ә.", "Қ. К.", and hyphenated ones, "Қ.-Ж.К.". */
const INITIALS = '(?:\\p{Lu}\\p{Ll}?\\.(?:\\s?-\\s?\\p{Lu}\\p{Ll}?\\.)?\\s?){1,3}';
const INITIALS_BEFORE = new RegExp(`(${INITIALS})\\s*$`, 'u');

/** Initials compared without spaces: "Қ. К." is "Қ.К.". */
export function sameInitials(a: string, b: string): boolean {
  return a.replace(/\s/gu, '') === b.replace(/\s/gu, '');
}

/**
 * Takes in the initials or given name before a surname. Initials that are not the person's
 * ("Д.Назарбаева" is not Н.Ә. Назарбаев, whose initials are known) mean another person: no mention.
 */
function withPersonName(entity: Entity, mention: EntityMention, sentence: string, language: Language): EntityMention | undefined {
  const before = sentence.slice(0, mention.start);
  const initials = INITIALS_BEFORE.exec(before);
  if (initials) {
    const written = initials[1]!;
    // initials are compared in the text's script: "E. Rahmon" is not refused for knowing only "Э."
    const latin = (text: string) => /\p{Script=Latin}/u.test(text);
    const comparable = (entity.initials ?? []).filter((known) => latin(known) === latin(written));
    if (comparable.length > 0 && !comparable.some((known) => sameInitials(known, written))) return undefined;
    return extendLeft(mention, sentence, before.length - initials[0].length);
  }
  const givenNames = [...(entity.givenNames?.[language] ?? []), ...(language === 'kk' ? [] : entity.givenNames?.kk ?? [])];
  const given = givenNames.find((name) => new RegExp(`(?<![\\p{L}])${escape(name)}\\p{Ll}{0,3}\\s+$`, 'u').test(before));
  if (given) {
    const at = new RegExp(`${escape(given)}\\p{Ll}{0,3}\\s+$`, 'u').exec(before);
    if (at) return extendLeft(mention, sentence, at.index);
  }
  return mention;
}

function extendLeft(mention: EntityMention, sentence: string, start: number): EntityMention {
  const stemEnd = mention.start + mention.stem.length;
  return { ...mention, start, surface: sentence.slice(start, mention.end), stem: sentence.slice(start, stemEnd) };
}

const INITIALS_SURNAME = new RegExp(`(?<![\\p{L}\\p{N}.])(${INITIALS})\\s?(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}\\p{N}])`, 'gu');

/** "А. Сейітовтің", "Т.Б. Оразов": people the catalogue does not list, by their surname. */
function uncataloguedPeople(sentence: string, language: Language): EntityMention[] {
  const found: EntityMention[] = [];
  for (const match of sentence.matchAll(INITIALS_SURNAME)) {
    const { stem: surname, suffix } = splitInflection(match[2]!, language);
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const stem = sentence.slice(start, end - suffix.length);
    found.push({
      entityId: personId(surname), type: 'person', start, end, surface: match[0], stem, suffix, joiner: '',
      derived: false, catalogued: false,
    });
  }
  return found;
}

/** The id of a person known by surname only. */
export function personId(surname: string): string {
  return `person-${slugify(surname)}`;
}
