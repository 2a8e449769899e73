/**
 * The case and plural allomorphs, written in their back-vowel form and fronted by harmony.
 * One row per case, one column per final-sound class: the whole rule set of the textbooks.
 */
import type { FinalSound, Harmony } from './sounds';
import type { KkCase } from './types';

type Oblique = Exclude<KkCase, 'nom'>;

const CASE_SUFFIXES: Readonly<Record<Oblique, Readonly<Record<FinalSound, string>>>> = {
  gen: { vowel: 'ның', nasal: 'ның', glide: 'дың', lateral: 'дың', sibilant: 'дың', voiceless: 'тың' },
  dat: { vowel: 'ға', nasal: 'ға', glide: 'ға', lateral: 'ға', sibilant: 'ға', voiceless: 'қа' },
  acc: { vowel: 'ны', nasal: 'ды', glide: 'ды', lateral: 'ды', sibilant: 'ды', voiceless: 'ты' },
  loc: { vowel: 'да', nasal: 'да', glide: 'да', lateral: 'да', sibilant: 'да', voiceless: 'та' },
  abl: { vowel: 'дан', nasal: 'нан', glide: 'дан', lateral: 'дан', sibilant: 'дан', voiceless: 'тан' },
  // The instrumental has no back/front pair: мен, бен, пен everywhere.
  ins: { vowel: 'мен', nasal: 'мен', glide: 'мен', lateral: 'мен', sibilant: 'бен', voiceless: 'пен' },
};

/** After a 3rd-person possessive (Ұйымы, Республикасы) the case takes a pronominal н. */
const AFTER_POSSESSIVE: Readonly<Record<Oblique, string>> = {
  gen: 'ның', dat: 'на', acc: 'н', loc: 'нда', abl: 'нан', ins: 'мен',
};

const PLURAL: Readonly<Record<FinalSound, string>> = {
  vowel: 'лар', glide: 'лар', nasal: 'дар', lateral: 'дар', sibilant: 'дар', voiceless: 'тар',
};

/** -ғы after the locative: Азиядағы, Ташкенттегі. */
const ATTRIBUTIVE = 'ғы';

const FRONTING: Readonly<Record<string, string>> = { а: 'е', ы: 'і', қ: 'к', ғ: 'г' };

export function withHarmony(backForm: string, harmony: Harmony): string {
  return harmony === 'back' ? backForm : backForm.replace(/[аықғ]/gu, (letter) => FRONTING[letter] ?? letter);
}

export function caseSuffix(kase: Oblique, sound: FinalSound, harmony: Harmony, possessive: boolean): string {
  return withHarmony(possessive ? AFTER_POSSESSIVE[kase] : CASE_SUFFIXES[kase][sound], harmony);
}

export function pluralSuffix(sound: FinalSound, harmony: Harmony): string {
  return withHarmony(PLURAL[sound], harmony);
}

export function attributiveSuffix(harmony: Harmony): string {
  return withHarmony(ATTRIBUTIVE, harmony);
}
