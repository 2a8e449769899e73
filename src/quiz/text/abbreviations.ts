/**
 * Abbreviations that end with a dot but (usually) not a sentence, per language. Lower-case,
 * without their final dot, inner dots kept ("т.б"). Initials are handled apart (any single
 * capital letter, and the two-letter ones below).
 */
import type { Language } from '../../model/course';

/** Never end a sentence: a name, a number or a noun always follows. */
const INNER: Readonly<Record<Language, readonly string[]>> = {
  kk: [
    'ж', 'жж', 'ғ', 'ғғ', 'б.з.б', 'б.з', 'т.е', 'г', 'гг', 'бб', 'б', 'бет', 'қар', 'мыс', 'проф', 'акад',
    'т.ғ.д', 'т.ғ.к', 'с.ғ.д', 'с.ғ.к', 'э.ғ.д', 'э.ғ.к', 'ф.ғ.д', 'ф.ғ.к', 'ш', 'км', 'см', 'им', 'ст', 'обл', 'қ', 'к',
  ],
  ru: [
    'г', 'гг', 'в', 'вв', 'т.е', 'см', 'им', 'ст', 'с', 'стр', 'рис', 'табл', 'прим', 'ред', 'изд', 'сост', 'проф', 'акад',
    'д.и.н', 'к.и.н', 'д.п.н', 'к.п.н', 'д.э.н', 'к.э.н', 'ул', 'обл', 'р', 'руб', 'н.э', 'до н.э', 'т.н', 'напр',
  ],
  en: [
    'e.g', 'i.e', 'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'vs', 'fig', 'no', 'vol', 'pp', 'p', 'ed', 'eds', 'cf', 'approx',
    'u.s', 'u.k', 'u.n', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'jr', 'sr',
  ],
};

/**
 * Often end a sentence too ("… т.б." at the end, "… 148 млн. Бұл …"): a boundary after them
 * only when a capitalised word (not an acronym) follows.
 */
const FINAL_CAPABLE: Readonly<Record<Language, readonly string[]>> = {
  kk: ['т.б', 'т.с.с', 'т.с', 'млн', 'млрд', 'трлн', 'мың', 'т.т', 'т.д', 'и др', 'др'],
  ru: ['т.д', 'т.п', 'др', 'и др', 'млн', 'млрд', 'трлн', 'тыс'],
  en: ['etc', 'et al', 'al', 'mln', 'bn', 'm', 'k'],
};

/** Two-letter initials ("Дж. Бекаттини", "Sh. Mirziyoyev"); single capitals are always initials. */
export const TWO_LETTER_INITIALS: ReadonlySet<string> = new Set([
  'Дж', 'Жа', 'Ш', 'Sh', 'Ch', 'Zh', 'Kh', 'Th', 'Ph', 'Yu', 'Ya', 'Ts', 'Gh', 'St', 'Wm', 'Jr',
]);

const toSet = (table: Readonly<Record<Language, readonly string[]>>, language: Language): ReadonlySet<string> =>
  new Set([...table[language], ...(language === 'en' ? [] : table.ru)]);

/** Abbreviations after which a dot never ends a sentence (Kazakh text also uses Russian ones). */
export function innerAbbreviations(language: Language): ReadonlySet<string> {
  return toSet(INNER, language);
}

export function finalCapableAbbreviations(language: Language): ReadonlySet<string> {
  return toSet(FINAL_CAPABLE, language);
}
