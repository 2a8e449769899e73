/**
 * Finds catalogued entities in a sentence, suffix-aware: "Қырғыстанның" → kyrgyzstan + "ның",
 * "ШЫҰ– ның" → sco + "ның" (acronyms take their suffix after a hyphen, spaced or not), and
 * people by surname with their initials or given name ("Н.Ә. Назарбаевтың"). People named by
 * initials + surname but not in the catalogue are found too, with an id made from the surname.
 */
import type { Language } from '../../../model/course';
import { analyse } from '../../../text/kk';
import { slugify } from '../../../text/transliterate';
import type { EntityMention } from '../types';
import { CATALOGUE } from './catalogue';
import { isDerived, isInflection, splitInflection } from './suffix';
import type { Entity } from './types';

interface NamePattern {
  readonly entity: Entity;
  readonly name: string;
  readonly regex: RegExp;
  readonly acronym: boolean;
}

const patternCache = new Map<Language, readonly NamePattern[]>();

export function findEntities(sentence: string, language: Language): EntityMention[] {
  const taken: EntityMention[] = [];
  for (const pattern of patternsFor(language)) {
    for (const match of sentence.matchAll(pattern.regex)) {
      const mention = mentionOf(pattern, match, sentence, language);
      if (mention && !taken.some((other) => overlaps(other, mention))) taken.push(mention);
    }
  }
  for (const mention of uncataloguedPeople(sentence, language)) {
    if (!taken.some((other) => overlaps(other, mention))) taken.push(mention);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** The entity with this id, if it is catalogued. */
export function entityById(id: string): Entity | undefined {
  return CATALOGUE.find((entity) => entity.id === id);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Longest names first, so "Орталық Азия" wins over "Азия" and "Оңтүстік Корея" over "Корея". */
function patternsFor(language: Language): readonly NamePattern[] {
  const cached = patternCache.get(language);
  if (cached) return cached;
  const patterns = CATALOGUE.flatMap((entity) => namesOf(entity, language).map((name) => buildPattern(entity, name)))
    .sort((a, b) => b.name.length - a.name.length || a.entity.id.localeCompare(b.entity.id));
  patternCache.set(language, patterns);
  return patterns;
}

/** A Kazakh text also quotes Russian names (Казахстана); other languages use their own. */
function namesOf(entity: Entity, language: Language): readonly string[] {
  const own = entity.names[language] ?? [];
  const extra = language === 'kk' ? entity.names.ru ?? [] : [];
  return [...new Set([...own, ...extra])];
}

function isAcronymName(name: string): boolean {
  return !/\s/u.test(name) && (name.match(/\p{Lu}/gu) ?? []).length >= 2 && !/\p{Ll}{3}/u.test(name);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An acronym: exact case, then an optional hyphenated or attached suffix. A name: its words with
 * any spacing, the hyphen of "Нұр-Сұлтан" with or without spaces, the last consonant voiced
 * before a vowel ending (Одақ → Одағы), then the attached ending.
 */
function buildPattern(entity: Entity, name: string): NamePattern {
  const acronym = isAcronymName(name);
  if (acronym) {
    const regex = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?:(\\s?[-–—]\\s?)(\\p{Ll}+)|(\\p{Ll}+))?(?![\\p{L}\\p{N}])`, 'gu');
    return { entity, name, regex, acronym };
  }
  const words = name.split(/\s+/u).map((word) => word.split('-').map(escape).join('\\s?-\\s?'));
  const last = words.pop() ?? '';
  const voiced = voicedAlternative(last);
  const lastWord = voiced ? `(?:${last}|${voiced}(?=[аәеиоөұүыіэюя]))` : last;
  const body = [...words, lastWord].join('\\s+');
  const flags = words.length > 0 ? 'giu' : 'gu';
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])${body}()()(\\p{Ll}*)(?![\\p{L}\\p{N}])`, flags);
  return { entity, name, regex, acronym };
}

/** "Одақ" → "Одағ", "Ұйым" has none: Kazakh voices a final к/қ/п before a vowel. */
function voicedAlternative(word: string): string | undefined {
  const voiced: Record<string, string> = { қ: 'ғ', к: 'г', п: 'б' };
  const last = word.slice(-1);
  return voiced[last] ? word.slice(0, -1) + voiced[last] : undefined;
}

function mentionOf(pattern: NamePattern, match: RegExpMatchArray, sentence: string, language: Language): EntityMention | undefined {
  const start = match.index ?? 0;
  if (!/^\p{Lu}/u.test(match[0])) return undefined; // "одақ" as a common noun, "ресей ғалымдары"
  const hyphen = match[1] ?? '';
  const rawSuffix = match[2] || match[3] || '';
  const surfaceEnd = start + match[0].length;
  const stemEnd = surfaceEnd - hyphen.length - rawSuffix.length;
  const stem = sentence.slice(start, stemEnd);
  if (!isInflection(rawSuffix, pattern.name, language, pattern.acronym)) {
    // a spaced dash not followed by an ending: "ШЫҰ – бұл …" names the acronym bare
    if (!(pattern.acronym && hyphen !== '')) return undefined;
    return build(pattern.entity, start, stemEnd, sentence, stem, '', '');
  }
  const mention = withCase(build(pattern.entity, start, surfaceEnd, sentence, stem, rawSuffix, hyphen === '' ? '' : '-'), language);
  return pattern.entity.type === 'person' ? withPersonName(pattern.entity, mention, sentence) : mention;
}

function build(entity: Entity, start: number, end: number, sentence: string, stem: string, suffix: string, joiner: '' | '-'): EntityMention {
  return {
    entityId: entity.id, type: entity.type, start, end, surface: sentence.slice(start, end), stem, suffix, joiner,
    derived: isDerived(suffix), catalogued: true,
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

const INITIALS_BEFORE = /((?:\p{Lu}\p{Ll}?\.\s?){1,3})\s*$/u;

/**
 * Takes in the initials or given name before a surname. Initials that are not the person's
 * ("Д.Назарбаева" is not Н.Ә. Назарбаев) mean another person: no mention.
 */
function withPersonName(entity: Entity, mention: EntityMention, sentence: string): EntityMention | undefined {
  const before = sentence.slice(0, mention.start);
  const initials = INITIALS_BEFORE.exec(before);
  if (initials) {
    const written = initials[1].replace(/\s/gu, '');
    if (!(entity.initials ?? []).some((known) => known.replace(/\s/gu, '') === written)) return undefined;
    return extendLeft(mention, sentence, before.length - initials[0].length);
  }
  const given = (entity.givenNames?.kk ?? []).find((name) => new RegExp(`(?<![\\p{L}])${escape(name)}\\s+$`, 'u').test(before));
  if (given) return extendLeft(mention, sentence, before.replace(/\s+$/u, '').length - given.length);
  return mention;
}

function extendLeft(mention: EntityMention, sentence: string, start: number): EntityMention {
  const stemEnd = mention.start + mention.stem.length;
  return { ...mention, start, surface: sentence.slice(start, mention.end), stem: sentence.slice(start, stemEnd) };
}

const INITIALS_SURNAME = /(?<![\p{L}\p{N}.])((?:\p{Lu}\p{Ll}?\.\s?){1,3})\s?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/gu;

/** "М. Пиоренің", "Т.А. Ишметов": people the catalogue does not list, by their surname. */
function uncataloguedPeople(sentence: string, language: Language): EntityMention[] {
  const found: EntityMention[] = [];
  for (const match of sentence.matchAll(INITIALS_SURNAME)) {
    const initials = match[1].replace(/\s/gu, '');
    if (!initials.split('.').filter(Boolean).every((part) => /^\p{Lu}\p{Ll}?$/u.test(part))) continue;
    const { stem: surname, suffix } = splitInflection(match[2], language);
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const stem = sentence.slice(start, end - suffix.length);
    found.push({
      entityId: `person-${slugify(surname)}`, type: 'person', start, end, surface: match[0], stem, suffix, joiner: '',
      derived: false, catalogued: false,
    });
  }
  return found;
}
