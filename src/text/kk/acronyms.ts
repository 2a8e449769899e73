/**
 * Acronyms take their suffix after a hyphen, chosen by how the acronym is read aloud: letter by
 * letter (ТМД-ның), as a word (НАТО-ның, АҚШ-тың) or, as this author mostly does, through the
 * head word of the full name (ШЫҰ … Ұйымы → ШЫҰ-на; ЕО … Одақ → ЕО-тың).
 */
import { harmonyOf, type Harmony } from './sounds';

export interface AcronymReading {
  /** What the suffix attaches to when the acronym is said aloud, in lower case. */
  readonly reading: string;
  /** The reading ends in a 3rd-person possessive (Ұйымы, Республикасы): -ның, -на, -н, -нда, -нан. */
  readonly possessive: boolean;
}

/**
 * The acronyms of the first course, each with the corpus forms that decided it (majority wins:
 * the text is inconsistent). Entries without attested forms follow the entry with the same head.
 */
const KNOWN_READINGS: ReadonlyMap<string, AcronymReading> = new Map([
  // … Ұйымы: ШЫҰ-ның ×11, ШЫҰ-на ×2, ШЫҰ-мен ×1; ҰҚШҰ-ның ×3; БҰҰ-ның ×3, БҰҰ-н ×1 (but БҰҰ-да ×1);
  // ЕҚЫҰ-ның ×1; ДСҰ-ның ×1.
  ['ШЫҰ', { reading: 'ұйымы', possessive: true }],
  ['ҰҚШҰ', { reading: 'ұйымы', possessive: true }],
  ['БҰҰ', { reading: 'ұйымы', possessive: true }],
  ['ЕҚЫҰ', { reading: 'ұйымы', possessive: true }],
  ['ДСҰ', { reading: 'ұйымы', possessive: true }],
  ['ДДСҰ', { reading: 'ұйымы', possessive: true }],
  // Read as a word "ақш": АҚШ-тың ×12, АҚШ-қа ×1 against АҚШ-ның ×2.
  ['АҚШ', { reading: 'ақш', possessive: false }],
  // Letter by letter, the э of the letter names taking no part in harmony: ТМД-ның ×1.
  ['ТМД', { reading: 'тэмэдэ', possessive: false }],
  ['НАТО', { reading: 'нато', possessive: false }],
  ['АСЕАН', { reading: 'асеан', possessive: false }],
  // Еуропалық Одақ: ЕО-тың ×4 (no ЕО-ның; the text also has the clipped ЕО-ң ×4 and ЕО-н ×1).
  ['ЕО', { reading: 'одақ', possessive: false }],
  ['ЕАЭО', { reading: 'одақ', possessive: false }],
  ['ЕЭО', { reading: 'одақ', possessive: false }],
  // … қоғамдастық: ЕурАзЭҚ-тың ×1 (also ЕурАзЭҚ-мен ×1, ЕурАзЭҚ-ң ×1); ЕурАзЭО-ның ×1.
  ['ЕурАзЭҚ', { reading: 'қоғамдастық', possessive: false }],
  ['ЕурАзЭО', { reading: 'еуразэо', possessive: false }],
  // … Республикасы: ҚХР-ның ×1.
  ['ҚХР', { reading: 'республикасы', possessive: true }],
  ['ҚР', { reading: 'республикасы', possessive: true }],
  ['ӨР', { reading: 'республикасы', possessive: true }],
  // Орталық Азия: ОА-ның ×1.
  ['ОА', { reading: 'оа', possessive: false }],
]);

/** Names of the Kazakh alphabet's consonant letters as said when spelling an acronym. */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  б: 'бэ', в: 'вэ', г: 'гэ', ғ: 'ғы', д: 'дэ', ж: 'жэ', з: 'зэ', й: 'ий', к: 'ка', қ: 'қы',
  л: 'эл', м: 'эм', н: 'эн', ң: 'ың', п: 'пэ', р: 'эр', с: 'эс', т: 'тэ', ф: 'эф', х: 'ха',
  һ: 'һа', ц: 'цэ', ч: 'чэ', ш: 'ша', щ: 'ща',
};

const VOWEL = /[аәеёиоөуұүыіэюя]/u;
const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;
const UPPER = /\p{Lu}/gu;

/**
 * All-caps tokens (ТМД, ШЫҰ) and short mixed ones with inner capitals (ЕурАзЭҚ). Long capitalised
 * words are headings (ҚАЗАҚСТАН), not acronyms.
 */
export function isAcronym(token: string): boolean {
  if (KNOWN_READINGS.has(token)) return true;
  if (!CYRILLIC_WORD.test(token)) return false;
  const capitals = token.match(UPPER)?.length ?? 0;
  if (capitals < 2) return false;
  return token === token.toUpperCase() ? token.length <= 6 : token.length <= 8;
}

/** A consonant-final acronym said as a word: one consonant at most before the first vowel, no run of three. */
function sayableAsWord(lower: string): boolean {
  return VOWEL.test(lower) && !/^[^аәеёиоөуұүыіэюя]{2}/u.test(lower) && !/[^аәеёиоөуұүыіэюя]{3}/u.test(lower);
}

function spelledOut(lower: string): string {
  return [...lower].map((letter) => LETTER_NAMES[letter] ?? letter).join('');
}

/** How an acronym is read: the curated reading, else as a word or letter by letter. */
export function readingOf(acronym: string): AcronymReading {
  const known = KNOWN_READINGS.get(acronym);
  if (known) return known;
  const lower = acronym.toLowerCase();
  const endsInVowel = VOWEL.test(lower[lower.length - 1] ?? '');
  const reading = endsInVowel || sayableAsWord(lower) ? lower : spelledOut(lower);
  return { reading, possessive: false };
}

/** The э of letter names (тэ, эм) is said neutrally and does not decide harmony: ТМД-ның, ІІМ-нің. */
export function readingHarmony(reading: string): Harmony {
  const withoutNeutral = reading.replace(/э/gu, '');
  return VOWEL.test(withoutNeutral) ? harmonyOf(withoutNeutral) : 'back';
}
