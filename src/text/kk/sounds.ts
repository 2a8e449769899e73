/**
 * The two facts about a stem that choose a Kazakh suffix allomorph: its vowel harmony (the
 * last vowel is back or front) and the class of its final sound.
 */

export type Harmony = 'back' | 'front';

/**
 * How the stem ends, grouped by the suffixes each group takes:
 * `vowel` (Алматы-ның), `nasal` м н ң (Қазақстан-ның, -нан), `glide` р й у и (Ресей-дің, -лер),
 * `lateral` л (as glide, but plural -дар), `sibilant` з ж (-дың, -бен), `voiceless` every other
 * consonant, including б в г д, which are devoiced at the end of loanwords (Назарбаев-тың).
 */
export type FinalSound = 'vowel' | 'nasal' | 'glide' | 'lateral' | 'sibilant' | 'voiceless';

const BACK_VOWELS = new Set('аоұыяё');
const FRONT_VOWELS = new Set('әөүіеэи');
/** у and ю are glides after a vowel (Мәскеу = Мәскеў): they only decide when nothing else does. */
const WEAK_VOWELS = new Set('ую');
const VOWEL_LETTERS = new Set([...BACK_VOWELS, ...FRONT_VOWELS, ...WEAK_VOWELS]);

/**
 * Names whose spelling hides their harmony. Мирзиеев is Мирзиёев with ё written е: the text
 * writes Мирзиеевтың ×7 against Мирзиеевтің ×4 (and Мирзеевтың ×1, Мирзеевтің ×1).
 */
const HARMONY_EXCEPTIONS: ReadonlyMap<string, Harmony> = new Map([
  ['мирзиеев', 'back'],
  ['мирзеев', 'back'],
]);

export function isVowelLetter(letter: string): boolean {
  return VOWEL_LETTERS.has(letter.toLowerCase());
}

/**
 * Harmony from the last vowel. An е right after another vowel is the glide "йе" of a Kazakh
 * name in Russian dress (Назарбаев = Назарбай + -ев, Тоқаев): it follows the vowel before it.
 */
export function harmonyOf(stem: string): Harmony {
  const word = stem.toLowerCase();
  const exception = HARMONY_EXCEPTIONS.get(word);
  if (exception) return exception;
  for (let i = word.length - 1; i >= 0; i -= 1) {
    const letter = word[i]!;
    if (BACK_VOWELS.has(letter)) return 'back';
    if (letter === 'е' && i > 0 && isVowelLetter(word[i - 1]!)) continue;
    if (FRONT_VOWELS.has(letter)) return 'front';
  }
  // Only у/ю or no vowel at all (су, ту): Kazakh reads these back.
  return 'back';
}

/** The class of the stem's last sound; a trailing soft or hard sign is silent. */
export function finalSoundOf(stem: string): FinalSound {
  const word = stem.toLowerCase().replace(/[ьъ]+$/u, '');
  const last = word[word.length - 1] ?? '';
  if ('рйуи'.includes(last)) return 'glide';
  if (VOWEL_LETTERS.has(last)) return 'vowel';
  if (last === 'л') return 'lateral';
  if ('мнң'.includes(last)) return 'nasal';
  if ('зж'.includes(last)) return 'sibilant';
  return 'voiceless';
}
