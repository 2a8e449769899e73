/**
 * Entities learned from the course text itself, so that a text about anything finds its own
 * names: capitalised names typed by their head noun (Вахш өзені → a river, Рогун ГЭС-і → a
 * station, реки Вахш, the Rogun Dam), acronyms typed by a head noun after them or by the full
 * name they abbreviate ("… комиссиясы (МКВК)"), quoted names («Нұрлы жол» бағдарламасы → a
 * programme), people named by initials + surname typed by the role words around them
 * (президент, министр, зерттеуші …). Spellings one letter from a known name (Ташкнт, Өзбекстна)
 * join that name's entity as variants; two learned spellings one letter apart are one entity.
 */
import type { Language } from '../../../model/course';
import { slugify } from '../../../text/transliterate';
import type { EntityMention, EntityType } from '../types';
import type { Catalogue } from './catalogue';
import { findEntities, personId } from './find';
import { headBefore, headKind, type HeadKind } from './heads';
import { isInflection, splitInflection } from './suffix';
import { VariantIndex, foldSpelling } from './variants';
import { peopleRoot, spellingsOf, type Entity, type EntityNames } from './types';

export interface Learned {
  readonly entities: readonly Entity[];
  /** More spellings of catalogue entities, by id. */
  readonly spellings: ReadonlyMap<string, EntityNames>;
}

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

interface Candidate {
  readonly name: string;
  readonly kinds: Map<string, { kind: HeadKind; count: number }>;
  count: number;
  initials?: Set<string>;
}

const WORD = /\p{L}+(?:-\p{L}+)*/gu;
const ACRONYM = /^(?=(?:.*\p{Lu}){2})\p{Lu}[\p{Lu}\p{Ll}]{1,7}$/u;
const ROMAN = /^[IVXLCDM]+$/u;

export function learnEntities(sentences: readonly string[], language: Language, catalogue: Catalogue): Learned {
  const candidates = new Map<string, Candidate>();
  const people = new Map<string, Candidate>();
  const unknownWords = new Map<string, number>();
  const aliases = new Map<string, Set<string>>();
  for (const sentence of sentences) {
    if (isHeading(sentence)) continue;
    const mentions = findEntities(sentence, language, catalogue);
    learnAliases(sentence, mentions, aliases);
    const tokens = [...sentence.matchAll(WORD)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
    const free = tokens.map((token) => !mentions.some((mention) => mention.start < token.end && token.start < mention.end));
    learnNames(sentence, tokens, free, language, candidates);
    learnQuoted(sentence, language, candidates);
    learnPeople(sentence, mentions, language, people);
    tokens.forEach((token, index) => {
      if (free[index] && /^\p{Lu}\p{Ll}/u.test(token.text)) unknownWords.set(token.text, (unknownWords.get(token.text) ?? 0) + 1);
    });
  }
  for (const acronyms of aliases.values()) for (const acronym of acronyms) candidates.delete(foldSpelling(acronym));
  const entities = [...typedEntities(candidates, language, catalogue), ...personEntities(people, language, catalogue)];
  const spellings = knownVariants(unknownWords, language, catalogue, entities);
  for (const [id, acronyms] of [...aliases].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    spellings.set(id, { [language]: [...(spellings.get(id)?.[language] ?? []), ...[...acronyms].sort()] });
  }
  return { entities: groupVariants(entities, candidates, language), spellings };
}

/**
 * An acronym in brackets right after a known organisation's full name ("Мемлекетаралық су
 * шаруашылығын үйлестіру комиссиясы (МСҮК)") is that organisation's acronym in this text, not a
 * new organisation: else МКВК, the same commission's acronym in Russian, would be offered against
 * it and a "false" statement would be true.
 */
function learnAliases(sentence: string, mentions: readonly EntityMention[], aliases: Map<string, Set<string>>): void {
  if (!sentence.includes('(')) return;
  for (const match of sentence.matchAll(BRACKETED)) {
    const acronym = match[1]!;
    if (!isAcronym(acronym)) continue;
    const named = mentions.find((mention) => mention.type === 'organisation' && mention.end <= match.index
      && /^[\p{L}\s-]{0,4}$/u.test(sentence.slice(mention.end, match.index)) && mention.stem !== acronym);
    if (!named || mentions.some((mention) => mention.start > match.index && mention.end <= match.index + match[0].length)) continue;
    const known = aliases.get(named.entityId) ?? new Set<string>();
    known.add(acronym);
    aliases.set(named.entityId, known);
  }
}

/** A heading or a table row in capitals: its capitals say nothing. */
function isHeading(sentence: string): boolean {
  let letters = 0;
  let upper = 0;
  for (const char of sentence) {
    const lower = char.toLowerCase();
    if (lower === char.toUpperCase()) continue;
    letters += 1;
    if (char !== lower) upper += 1;
  }
  return letters > 0 && upper / letters > 0.5;
}

function vote(candidates: Map<string, Candidate>, name: string, kind: HeadKind): void {
  const key = foldSpelling(name);
  const candidate = candidates.get(key) ?? { name, kinds: new Map(), count: 0 };
  const kindKey = `${kind.type}|${kind.group}`;
  const entry = candidate.kinds.get(kindKey) ?? { kind, count: 0 };
  entry.count += 1;
  candidate.kinds.set(kindKey, entry);
  candidate.count += 1;
  candidates.set(key, candidate);
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
const isAcronym = (word: string) => ACRONYM.test(word) && !ROMAN.test(word) && !/\p{Ll}{3}/u.test(word);

/** Capitalised runs and acronyms not in the catalogue, with a head noun that types them. */
function learnNames(sentence: string, tokens: readonly Token[], free: readonly boolean[], language: Language, candidates: Map<string, Candidate>): void {
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (!free[index] || !isCapitalised(token.text)) continue;
    if (index === 0 && !isAcronym(token.text)) continue; // the first word is capitalised anyway
    let last = index;
    while (last + 1 < tokens.length && free[last + 1] && isCapitalised(tokens[last + 1]!.text) && onlySpaceBetween(sentence, tokens[last]!, tokens[last + 1]!)) last += 1;
    const run = tokens.slice(index, last + 1);
    // "Министрлігімен министрлігі": a run opening with a head noun is no name (but "Lake Sarez" is)
    const opener = run[0]!.text;
    if ((headKind(opener, language) && !(language === 'en' && headBefore(opener))) || (language === 'kk' && nominativeHead(opener))) {
      index = last;
      continue;
    }
    const typed = typeRun(run, tokens, index, last, language, sentence);
    if (typed) vote(candidates, typed.name, typed.kind);
    index = last;
  }
  learnExpansions(sentence, language, candidates);
}

function onlySpaceBetween(sentence: string, a: Token, b: Token): boolean {
  return /^\s+$/u.test(sentence.slice(a.end, b.start));
}

function typeRun(run: readonly Token[], tokens: readonly Token[], first: number, last: number, language: Language, sentence: string): { name: string; kind: HeadKind } | undefined {
  const words = run.map((token) => token.text);
  if (language === 'en') {
    const lastHead = headKind(words[words.length - 1]!, 'en');
    if (words.length > 1 && lastHead) return named(words.slice(0, -1), lastHead, words[words.length - 1]!);
    const firstWord = words[0]!;
    if (words.length > 1 && headBefore(firstWord)) return named(words.slice(1), headKind(firstWord, 'en')!, firstWord);
    const next = tokens[last + 1];
    const nextHead = next && /^\s+$/u.test(sentence.slice(run[run.length - 1]!.end, next.start)) ? headKind(next.text, 'en') : undefined;
    // "a Soviet city", "the Kazakh capital": an adjective before a lower-case city word, not a city's
    // name (English names a city with a capital "City" or none: "Kansas City", "Almaty"); learned as
    // one, "Soviet" was offered as a city beside Moscow and Astana (round 18)
    if (nextHead && !(nextHead.type === 'city' && /^\p{Ll}/u.test(next!.text))) return named(words, nextHead, next!.text);
    const before = tokens[first - 1]?.text;
    const ofHead = before === 'of' ? tokens[first - 2]?.text : undefined;
    if (ofHead && headBefore(ofHead)) return named(words, headKind(ofHead, 'en')!, ofHead);
    return undefined;
  }
  if (language === 'ru') {
    const before = tokens[first - 1];
    const beforeHead = before && !isCapitalised(before.text) && onlySpaceBetween(sentence, before, run[0]!) ? headKind(before.text, 'ru') : undefined;
    // after its head a name stands in the nominative: "трубопровода Каспийского …" is no name "Каспийского"
    const oblique = /(?:ого|его|ому|ему|ой|ей|ым|им|ых|их|ую)$/u.test(words[words.length - 1]!);
    if (beforeHead && !oblique) return { name: words.join(' '), kind: { ...beforeHead, inName: false } };
    // "Рогунская ГЭС", "Нурекское водохранилище": an adjective name with its noun (ГЭС is in the run, a noun after it)
    const lastWord = words[words.length - 1]!;
    const inRun = words.length > 1 ? headKind(lastWord, 'ru') : undefined;
    const adjective = (word: string) => /(?:ая|ое|ий|ый)$/u.test(word);
    if (inRun && adjective(words[words.length - 2]!)) return { name: words.join(' '), kind: { ...inRun, inName: true } };
    const next = tokens[last + 1];
    const nextHead = next ? headKind(next.text, 'ru') : undefined;
    if (nextHead && adjective(lastWord)) return { name: [...words, next!.text].join(' '), kind: { ...nextHead, inName: true } };
    return undefined;
  }
  // Kazakh: the head comes after, up to three lower-case words later ("Рогун су электр станциясы"), nothing but spaces between
  for (let ahead = last + 1; ahead <= last + 4 && ahead < tokens.length; ahead += 1) {
    if (!onlySpaceBetween(sentence, tokens[ahead - 1]!, tokens[ahead]!)) return undefined;
    const word = tokens[ahead]!.text;
    const kind = headKind(word, 'kk');
    if (kind) return named(words, kind, kazakhLemma(word, kind));
    if (isCapitalised(word)) return undefined;
  }
  return undefined;
}

/** A name with its head when the head is part of it (Ұлттық банк), without it when it only types it (Вахш). */
function named(words: readonly string[], kind: HeadKind, head: string): { name: string; kind: HeadKind } {
  return { name: kind.inName ? [...words, head].join(' ') : words.join(' '), kind };
}

/** "банкі" → "банк", "одағы" → "одақ": the head as a name ends, the case left to the finder. */
function kazakhLemma(word: string, kind: HeadKind): string {
  const bare = word.toLowerCase().replace(/(?:сы|сі|ы|і)(?:ның|нің|на|не|н|нда|нде|нан|нен|мен)?$/u, '');
  const devoiced = bare.replace(/ғ$/u, 'қ').replace(/г$/u, 'к').replace(/б$/u, 'п');
  return kind.inName ? devoiced : bare;
}

/** "Мемлекетаралық су шаруашылығын үйлестіру комиссиясы (МКВК)" or "МКВК (…)": the acronym takes the full name's head. */
function learnExpansions(sentence: string, language: Language, candidates: Map<string, Candidate>): void {
  if (!sentence.includes('(')) return;
  // found by the bracket first, the words read back from it: a pattern spanning the words would backtrack over every sentence
  for (const match of sentence.matchAll(BRACKETED)) {
    const before = sentence.slice(Math.max(0, match.index - 160), match.index);
    typeAcronym(match[1]!, (before.match(WORD) ?? []).slice(-10), language, candidates);
  }
  for (const match of sentence.matchAll(ACRONYM_THEN_BRACKET)) {
    typeAcronym(match[1]!, (match[2]!.match(WORD) ?? []).slice(0, 10), language, candidates);
  }
}

const BRACKETED = /\((\p{Lu}[\p{Lu}\p{Ll}]{1,7})\)/gu;
const ACRONYM_THEN_BRACKET = /(?<![\p{L}])(\p{Lu}[\p{Lu}\p{Ll}]{1,7})\s*\(([^()]{3,160})\)/gu;

/** The acronym takes the head noun of its full name: the last one in Kazakh, the first in Russian and English. */
function typeAcronym(acronym: string, words: readonly string[], language: Language, candidates: Map<string, Candidate>): void {
  if (!isAcronym(acronym)) return;
  const ordered = language === 'kk' ? [...words].reverse() : words;
  const kind = ordered.map((word) => headKind(word, language) ?? (language === 'kk' ? nominativeHead(word) : undefined)).find(Boolean);
  if (kind && kind.type !== 'water' && kind.type !== 'city') vote(candidates, acronym, kind);
}

/** A Kazakh head written bare inside a full name ("… шарт ұйымы" has ұйым-ы; "… комиссия" may stand bare). */
function nominativeHead(word: string): HeadKind | undefined {
  return headKind(`${word}${/[аәеиоөұүыіэюя]$/u.test(word) ? 'сы' : 'ы'}`, 'kk');
}

/** «Нұрлы жол» бағдарламасы, договор «…», «Мәңгілік достық туралы шарт». */
function learnQuoted(sentence: string, language: Language, candidates: Map<string, Candidate>): void {
  for (const match of sentence.matchAll(/[«“"]([^«»“”"]{2,60})[»”"]\s*(\p{L}+)?/gu)) {
    const inner = match[1]!.trim();
    const words = inner.split(/\s+/u);
    if (!isCapitalised(inner) || words.length > 6) continue;
    const before = /(\p{L}+)\s*[«“"]$/u.exec(sentence.slice(0, match.index + 1))?.[1];
    const after = match[2];
    const kind = (after ? headKind(after, language) : undefined)
      ?? (language === 'ru' && before ? headKind(before, 'ru') : undefined)
      ?? (language === 'kk' ? nominativeHead(words[words.length - 1]!) : headKind(language === 'en' ? words[words.length - 1]! : words[0]!, language));
    if (kind && kind.type !== 'city' && kind.type !== 'water') vote(candidates, inner, { ...kind, inName: true });
  }
}

const ROLES: Readonly<Record<Language, readonly [RegExp, string][]>> = {
  kk: [[/президент/iu, 'head-of-state'], [/министр|премьер|төраға|хатшы|елші|депутат|әкім|губернатор/iu, 'politician'],
    [/ғарышкер|космонавт|астронавт/iu, 'cosmonaut'], [/конструктор|инженер|құрастырушы|ойлап тап/iu, 'engineer'],
    [/маршал|генерал|қолбасшы|әскербасы|командир/iu, 'military'],
    [/кәсіпкер|акционер|директор|басшысы/iu, 'business'],
    [/ғалым|зерттеуші|профессор|саясаттанушы|экономист|тарихшы|автор|эксперт|сарапшы|теория|еңбег/iu, 'scholar']],
  ru: [[/президент/iu, 'head-of-state'], [/министр|премьер|председател|посол|депутат|секретар|губернатор|аким/iu, 'politician'],
    [/космонавт|астронавт/iu, 'cosmonaut'], [/конструктор|инженер|изобретат/iu, 'engineer'],
    [/маршал|генерал|командующ|полководец|военачальник/iu, 'military'],
    [/предпринимател|акционер|директор|бизнесмен/iu, 'business'],
    [/учён|учен|исследовател|профессор|политолог|экономист|историк|автор|эксперт|теори|работ/iu, 'scholar']],
  en: [[/president/iu, 'head-of-state'], [/minister|premier|chairman|ambassador|secretary|deputy|governor|mayor/iu, 'politician'],
    [/cosmonaut|astronaut/iu, 'cosmonaut'], [/designer|engineer|inventor/iu, 'engineer'],
    [/(?<![\p{L}])(?:[Mm]arshal|General|commander)(?![\p{L}])/u, 'military'],
    [/businessman|entrepreneur|shareholder|chief executive|director/iu, 'business'],
    [/scholar|researcher|professor|political scientist|economist|historian|author|expert|analyst|theory|study|wrote|argued/iu, 'scholar']],
};

/** Each role's words, also as a global pattern to find every occurrence before a name (made once). */
const ROLES_EVERYWHERE: Readonly<Record<Language, readonly [RegExp, RegExp, string][]>> = {
  kk: everywhere(ROLES.kk), ru: everywhere(ROLES.ru), en: everywhere(ROLES.en),
};

function everywhere(roles: readonly [RegExp, string][]): [RegExp, RegExp, string][] {
  return roles.map(([words, role]) => [words, new RegExp(words.source, `${words.flags}g`), role]);
}

/** How far before and after a name its role word may stand ("the chief designer S. P. Korolev", "Gagarin, the first cosmonaut"). */
const ROLE_BEFORE = 40;
const ROLE_AFTER = 30;

/** The role a sentence gives the name at [start, end): the role word nearest the name, else the sentence's first. */
function roleOf(sentence: string, start: number, end: number, language: Language): string {
  const from = Math.max(0, start - ROLE_BEFORE);
  let best: { role: string; distance: number } | undefined;
  for (const [words, global, role] of ROLES_EVERYWHERE[language]) {
    for (const match of sentence.slice(from, start).matchAll(global)) {
      const distance = start - (from + match.index + match[0].length);
      if (!best || distance < best.distance) best = { role, distance };
    }
    const after = words.exec(sentence.slice(end, end + ROLE_AFTER));
    if (after && (!best || after.index < best.distance)) best = { role, distance: after.index };
  }
  return best?.role ?? ROLES[language].find(([words]) => words.test(sentence))?.[1] ?? 'person';
}

/**
 * Rulers named with their title and no initials: "Тәуке хан", "Абылай ханның", "хан Тауке",
 * "Tauke Khan", "Khan Kasym". The title (with a case ending at most) must follow or lead the
 * name, so "Қазақ хандығы" (the khanate) is no ruler named Қазақ.
 */
const TITLED: Readonly<Record<Language, RegExp>> = {
  // not the possessive "Ақ Орда ханы", "Моғолстан ханының" (the khan OF a horde or a land)
  kk: /(?<![\p{L}])(\p{Lu}\p{Ll}{2,})\s+(хан|сұлтан|би|батыр)(?:ның|нің|ға|ге|ды|ді|да|де|нан|нен|мен|бен)?(?![\p{L}])/gu,
  ru: /(?<![\p{L}])(хан|султан|бий|батыр)\s+(\p{Lu}\p{Ll}{2,})(?![\p{L}])/gu,
  en: /(?<![\p{L}])(?:(\p{Lu}\p{Ll}{2,})\s+(Khan|Sultan|Bi|Batyr)(?:'s)?|(Khan|Sultan)\s+(\p{Lu}\p{Ll}{2,}))(?![\p{L}])/gu,
};

/** Kazakh case endings a name before "хан" never carries (the phrase takes them on "хан"). */
const KK_CASE_ENDING = /(?:да|де|та|те|дағы|дегі|ның|нің|дың|дің|тың|тің|ға|ге|нан|нен|дан|ден|тан|тен)$/u;

/** What a title makes its bearer: a khan or sultan rules, a bi judges, a batyr fights. */
function titleGroup(title: string): string {
  const lower = title.toLowerCase();
  return /^(?:би|бий|bi)$/u.test(lower) ? 'judge' : /^(?:батыр|batyr)$/u.test(lower) ? 'military' : 'ruler';
}

/** People by initials + surname the catalogue does not know, with the role words nearest them; titled rulers. */
function learnPeople(sentence: string, mentions: readonly EntityMention[], language: Language, people: Map<string, Candidate>): void {
  for (const mention of mentions) {
    if (mention.catalogued || mention.type !== 'person') continue;
    const initials = /^((?:\p{Lu}\p{Ll}?\.[\s-]*)+)/u.exec(mention.stem)?.[1]?.replace(/\s/gu, '');
    const surname = mention.stem.slice(mention.stem.search(/\p{Lu}\p{Ll}{2}/u));
    if (!initials || surname.length < 3) continue;
    const stem = language === 'ru' ? splitInflection(surname, 'ru').stem : surname;
    vote(people, stem, { type: 'person', group: roleOf(sentence, mention.start, mention.end, language), inName: false });
    const candidate = people.get(foldSpelling(stem))!;
    candidate.initials = new Set([...(candidate.initials ?? []), initials]);
  }
  for (const match of sentence.matchAll(TITLED[language])) {
    // kk: name, title; ru: title, name; en: name, title or title, name
    const [name, title] = language === 'ru' ? [match[2]!, match[1]!] : match[1] ? [match[1], match[2]!] : [match[4]!, match[3]!];
    const start = sentence.indexOf(name, match.index);
    // a name the catalogue knows as a place or body ("Қазақ" is no ruler; "Ташкент хан" would be a misreading)
    if (mentions.some((mention) => mention.start <= start && start < mention.end)) continue;
    // the last word of a longer name ("Ақ Ордада хан болды": the khan in the White Horde) is no person:
    // after a capitalised word inside the sentence, or after its first word with a case ending on it
    const opens = match.index ?? start;
    const after = /\p{Lu}\p{L}*\s+$/u.test(sentence.slice(Math.max(0, opens - 30), opens));
    const first = /^[\s«"]*\p{Lu}\p{L}*\s+$/u.test(sentence.slice(0, opens));
    if (after && (!first || (language === 'kk' && KK_CASE_ENDING.test(name)))) continue;
    vote(people, name, { type: 'person', group: titleGroup(title), inName: false });
  }
}

/** The kind most votes gave (a named role beats "person"); ties go to the first met. */
function bestKind(candidate: Candidate): HeadKind {
  const ranked = [...candidate.kinds.values()].sort((a, b) => Number(b.kind.group !== 'person') - Number(a.kind.group !== 'person') || b.count - a.count);
  return ranked[0]!.kind;
}

/**
 * "the Tajik town of Isfara", "Kyrgyz village": the name of a "-stan" country's people before a
 * head noun is no place of its own (learned as one, it was offered as a city: "ethnic Bishkeks").
 */
function isPeopleOfCountry(name: string, language: Language, catalogue: Catalogue): boolean {
  const lower = name.toLowerCase();
  return lower.length >= 4 && !/\s/u.test(lower) && countryRoots(catalogue, language).has(lower);
}

const rootsCache = new WeakMap<Catalogue, Map<Language, ReadonlySet<string>>>();

/** The "-stan" countries' names without "-stan", lower case ("tajik", "қырғыз"), once per catalogue and language. */
function countryRoots(catalogue: Catalogue, language: Language): ReadonlySet<string> {
  const byLanguage = rootsCache.get(catalogue) ?? new Map<Language, ReadonlySet<string>>();
  rootsCache.set(catalogue, byLanguage);
  const known = byLanguage.get(language);
  if (known) return known;
  const roots = new Set(catalogue.entities.filter((entity) => entity.type === 'country')
    .flatMap((entity) => entity.names[language] ?? [])
    .map(peopleRoot)
    .filter((root): root is string => root !== undefined));
  byLanguage.set(language, roots);
  return roots;
}

function typedEntities(candidates: ReadonlyMap<string, Candidate>, language: Language, catalogue: Catalogue): Entity[] {
  const out: Entity[] = [];
  for (const candidate of candidates.values()) {
    const kind = bestKind(candidate);
    const id = `${kind.type}-${slugify(candidate.name)}`;
    if (catalogue.byId.has(id) || slugify(candidate.name) === '' || isPeopleOfCountry(candidate.name, language, catalogue)) continue;
    out.push({ id, type: kind.type as EntityType, group: kind.group, names: { [language]: [candidate.name] }, source: 'text' });
  }
  return out;
}

function personEntities(people: ReadonlyMap<string, Candidate>, language: Language, catalogue: Catalogue): Entity[] {
  const out: Entity[] = [];
  for (const candidate of people.values()) {
    const id = personId(candidate.name);
    if (catalogue.byId.has(id)) continue;
    // a person whose role no sentence tells has no group: known, never a key (a distractor of another kind of person would be a cue)
    const group = bestKind(candidate).group;
    out.push({
      id, type: 'person', ...(group === 'person' ? {} : { group }), names: { [language]: [candidate.name] },
      initials: [...(candidate.initials ?? [])].sort(), source: 'text',
    });
  }
  return out;
}

/** Two learned names of one kind one letter apart: the more frequent keeps the other as a variant. */
function groupVariants(entities: readonly Entity[], candidates: ReadonlyMap<string, Candidate>, language: Language): Entity[] {
  const count = (entity: Entity) => candidates.get(foldSpelling(entity.names[language]?.[0] ?? ''))?.count ?? 0;
  const ranked = [...entities].sort((a, b) => count(b) - count(a) || a.id.localeCompare(b.id));
  const index = new VariantIndex<Entity>();
  const kept = new Map<string, Entity>();
  for (const entity of ranked) {
    const name = entity.names[language]?.[0] ?? '';
    const into = index.near(name).find((other) => other.type === entity.type && other.group === entity.group && !name.includes(' '));
    if (into) {
      const host = kept.get(into.id)!;
      kept.set(into.id, { ...host, variants: { [language]: [...(host.variants?.[language] ?? []), name] } });
      continue;
    }
    kept.set(entity.id, entity);
    if (!name.includes(' ')) index.add(name, entity);
  }
  return entities.map((entity) => kept.get(entity.id)).filter((entity): entity is Entity => entity !== undefined);
}

/**
 * Capitalised words no name matched that are one letter from a known one-word name, once an
 * ending is taken off (Ташкнттің → Ташкнт ~ Ташкент): that entity's spelling in this text.
 */
function knownVariants(words: ReadonlyMap<string, number>, language: Language, catalogue: Catalogue, learned: readonly Entity[]): Map<string, EntityNames> {
  const index = new VariantIndex<Entity>();
  for (const entity of catalogue.entities) {
    for (const name of spellingsOf(entity, language)) if (!/\s/u.test(name) && !isAcronym(name)) index.add(name, entity);
  }
  const learnedNames = new Set(learned.flatMap((entity) => (entity.names[language] ?? []).map(foldSpelling)));
  const found = new Map<string, Set<string>>();
  for (const word of [...words.keys()].sort()) {
    for (const stem of stemsOf(word, language)) {
      if (learnedNames.has(foldSpelling(stem))) break;
      const near = index.near(stem);
      if (near.length !== 1) continue;
      const spellings = found.get(near[0]!.id) ?? new Set<string>();
      spellings.add(stem);
      found.set(near[0]!.id, spellings);
      break;
    }
  }
  return new Map([...found].map(([id, spellings]) => [id, { [language]: [...spellings] }]));
}

/** The word, then the word without each ending the language's grammar knows, longest stem first. */
function stemsOf(word: string, language: Language): string[] {
  const letters = [...word];
  const stems = [word];
  for (let cut = letters.length - 1; cut >= 3; cut -= 1) {
    if (isInflection(letters.slice(cut).join(''), word, language, true)) stems.push(letters.slice(0, cut).join(''));
  }
  return stems;
}
