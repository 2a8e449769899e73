/**
 * One Russian word in the six cases, by its declension class. Covers what quiz options meet:
 * proper names of places and organisations, surnames, the common nouns of their full names
 * (море, союз, организация) and the adjectives before them, plural names, and the words that
 * do not decline (acronyms, foreign names ending in a vowel other than -а/-я).
 */
import type { RuCase, RuClass, RuGender, RuWordOptions } from './types';

const HUSHING = /[жшщчц]$/u;
const VELAR_OR_HUSHING = /[гкхжшщч]$/u;

export function isRuAcronym(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word) || (/^\p{Lu}[\p{L}]*\p{Lu}/u.test(word) && !/\p{Ll}{3}/u.test(word));
}

/** The class a word declines by, from its ending and what the options say. */
export function classOf(word: string, options: RuWordOptions = {}): RuClass {
  const lower = word.toLowerCase();
  if (isRuAcronym(word)) return 'indeclinable';
  if (isAdjective(lower)) return 'adjective';
  if (options.plural) return 'plural';
  if (options.animate && /(?:ов|ев|ёв|ин|ын)$/u.test(lower)) return 'surname-m';
  if (options.animate && /(?:ова|ева|ёва|ина|ына)$/u.test(lower)) return 'surname-f';
  if (/(?:ни|ти)е$/u.test(lower) || (/[ое]$/u.test(lower) && /^\p{Ll}/u.test(word))) return 'neuter'; // соглашение, море, озеро
  if (/[ая]$/u.test(lower)) return 'a';
  if (/[оеиуюыэё]$/u.test(lower)) return options.gender === 'n' && /[ое]$/u.test(lower) ? 'neuter' : 'indeclinable';
  if (/й$/u.test(lower)) return 'soft-m';
  if (/ь$/u.test(lower)) return (options.gender ?? 'm') === 'f' ? 'soft-f' : 'soft-m';
  return 'hard';
}

/**
 * Adjectives of names (Южная, Аральское, Объединённые, Шанхайская) by their ending, told apart
 * from nouns that end alike: -ия/-ея (Азия, Корея), -ние/-тие (соглашение), and -ий after
 * a letter adjectives do not have there (Каспий, Дмитрий; but Южный, Великий, Верхний).
 */
function isAdjective(lower: string): boolean {
  if (lower.length <= 4) return false;
  if (/(?:ый|ой|ая|яя|ое|ее|ые)$/u.test(lower)) return !/(?:ия|ея)$/u.test(lower);
  if (/ий$/u.test(lower)) return /[кгхжшчщн]ий$/u.test(lower);
  if (/ие$/u.test(lower)) return !/(?:ни|ти)е$/u.test(lower);
  return false;
}

/** The grammatical gender a class implies (the -а class is feminine except for people: Никита). */
export function genderOf(word: string, options: RuWordOptions = {}): RuGender {
  if (options.gender) return options.gender;
  const lower = word.toLowerCase();
  const kind = classOf(word, options);
  if (kind === 'a' || kind === 'soft-f' || kind === 'surname-f') return 'f';
  if (kind === 'neuter') return 'n';
  if (kind === 'adjective') return /(?:ая|яя)$/u.test(lower) ? 'f' : /(?:ое|ее)$/u.test(lower) ? 'n' : 'm';
  return 'm';
}

/** `word` in case `kase`, keeping its capitalisation. */
export function inflectWord(word: string, kase: RuCase, options: RuWordOptions = {}): string {
  const kind = classOf(word, options);
  if (kase === 'nom' || kind === 'indeclinable') return word;
  switch (kind) {
    case 'a': return aForm(word, kase);
    case 'hard': return hardForm(word, kase, options.animate ?? false);
    case 'soft-m': return softMasculine(word, kase, options.animate ?? false);
    case 'soft-f': return softFeminine(word, kase);
    case 'neuter': return neuterForm(word, kase);
    case 'surname-m': return word + { gen: 'а', dat: 'у', acc: 'а', ins: 'ым', prep: 'е' }[kase];
    case 'surname-f': return word.slice(0, -1) + { gen: 'ой', dat: 'ой', acc: 'у', ins: 'ой', prep: 'ой' }[kase];
    case 'adjective': return adjectiveForm(word, kase, options.animate ?? false);
    case 'plural': return pluralForm(word, kase);
  }
}

const stem = (word: string, cut = 1) => word.slice(0, -cut);

function aForm(word: string, kase: Exclude<RuCase, 'nom'>): string {
  const base = stem(word);
  const soft = /я$/u.test(word);
  if (soft && /и$/u.test(base)) return base + { gen: 'и', dat: 'и', acc: 'ю', ins: 'ей', prep: 'и' }[kase]; // Азия
  if (soft) return base + { gen: 'и', dat: 'е', acc: 'ю', ins: 'ей', prep: 'е' }[kase]; // Земля
  const afterVelar = VELAR_OR_HUSHING.test(base);
  const hushing = HUSHING.test(base);
  const endings = { gen: afterVelar ? 'и' : 'ы', dat: 'е', acc: 'у', ins: hushing ? 'ей' : 'ой', prep: 'е' };
  return base + endings[kase];
}

function hardForm(word: string, kase: Exclude<RuCase, 'nom'>, animate: boolean): string {
  const hushing = HUSHING.test(word);
  const endings = { gen: 'а', dat: 'у', acc: animate ? 'а' : '', ins: hushing ? 'ем' : 'ом', prep: 'е' };
  return word + endings[kase];
}

function softMasculine(word: string, kase: Exclude<RuCase, 'nom'>, animate: boolean): string {
  const base = stem(word);
  if (/и$/u.test(base) && /й$/u.test(word)) { // -ий: Дмитрий, консорциум-like names
    return base + { gen: 'я', dat: 'ю', acc: animate ? 'я' : 'й', ins: 'ем', prep: 'и' }[kase];
  }
  const endings = { gen: 'я', dat: 'ю', acc: animate ? 'я' : word.slice(-1), ins: 'ем', prep: 'е' };
  return base + endings[kase];
}

function softFeminine(word: string, kase: Exclude<RuCase, 'nom'>): string {
  return kase === 'acc' ? word : stem(word) + { gen: 'и', dat: 'и', ins: 'ью', prep: 'и' }[kase];
}

function neuterForm(word: string, kase: Exclude<RuCase, 'nom'>): string {
  const base = stem(word);
  const soft = /е$/u.test(word) && !HUSHING.test(base);
  if (/и$/u.test(base) && soft) return base + { gen: 'я', dat: 'ю', acc: 'е', ins: 'ем', prep: 'и' }[kase]; // соглашение
  if (soft || /е$/u.test(word)) return base + { gen: soft ? 'я' : 'а', dat: soft ? 'ю' : 'у', acc: 'е', ins: 'ем', prep: 'е' }[kase]; // море, водохранилище
  return base + { gen: 'а', dat: 'у', acc: 'о', ins: 'ом', prep: 'е' }[kase]; // озеро
}

function adjectiveForm(word: string, kase: Exclude<RuCase, 'nom'>, animate: boolean): string {
  const lower = word.toLowerCase();
  const base = stem(word, 2);
  const soft = /(?:яя|ее|ий|ие)$/u.test(lower) && !/[гкхжшщч]ий$/u.test(lower) && !/[гкхжшщч]ие$/u.test(lower);
  const afterVelarOrHushing = /[гкхжшщч]$/u.test(base.toLowerCase());
  const o = soft ? 'е' : 'о';
  const y = soft || afterVelarOrHushing ? 'и' : 'ы';
  if (/(?:ая|яя)$/u.test(lower)) return base + { gen: `${o}й`, dat: `${o}й`, acc: soft ? 'юю' : 'ую', ins: `${o}й`, prep: `${o}й` }[kase];
  if (/(?:ые|ие)$/u.test(lower)) return base + { gen: `${y}х`, dat: `${y}м`, acc: animate ? `${y}х` : `${y}е`, ins: `${y}ми`, prep: `${y}х` }[kase];
  const neuter = /(?:ое|ее)$/u.test(lower);
  const acc = neuter ? word.slice(-2) : animate ? `${o}го` : word.slice(-2);
  return base + { gen: `${o}го`, dat: `${o}му`, acc, ins: `${y}м`, prep: `${o}м` }[kase];
}

function pluralForm(word: string, kase: Exclude<RuCase, 'nom'>): string {
  const base = stem(word);
  const soft = /и$/u.test(word) && !/[гкхжшщч]$/u.test(base);
  return base + { gen: soft ? 'ей' : 'ов', dat: soft ? 'ям' : 'ам', acc: word.slice(-1), ins: soft ? 'ями' : 'ами', prep: soft ? 'ях' : 'ах' }[kase];
}
