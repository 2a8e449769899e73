/**
 * Where in a country something lies, turned the other way: a false statement that says "in the
 * south of Kazakhstan" where the text says "north", "north-western Uzbekistan" where it says
 * "south-eastern". The text says which part of the country it is, so the opposite is false by the
 * text, and no catalogue of names is needed: any course text has them.
 *
 * Only a direction tied to a country the sentence names ("Қазақстанның шығысында", "на юге
 * Казахстана", "in northern Turkmenistan"): blind reviewers judged a direction inside a city or
 * between two local places ("north of the centre", "east of Taraz"), a river's bank, "upstream"
 * and a trend turned the other way ("the water rose" → "fell", which the rest of the sentence
 * often contradicts) side details or give-aways (round 25, docs/quiz-quality.md: 2 of 15
 * accepted). Only lower-case words: a capitalised one is part of a name ("Шығыс Қазақстан",
 * "North Korea", "Северный Кавказ"), which the swap would turn into another place. The word
 * keeps its ending: Kazakh "шығыс" and "батыс", "солтүстік" and "оңтүстік" take the same
 * endings, as do Russian "северный" and "южный".
 */
import type { Language } from '../../model/course';

export interface CompassWord {
  /** Span of the word in the text it was found in. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The word turned the other way, in the same form. */
  readonly swapped: string;
}

const L = '\\p{L}';
/** A whole word: hyphenated compounds are one word ("south-western" is not "south"). */
const word = (body: string) => new RegExp(`(?<![${L}-])(?:${body})(?![${L}-])`, 'gu');

/** Swaps each part of a compound by the table: "north-west" → "south-east". */
function byTable(table: Readonly<Record<string, string>>): (found: string) => string | undefined {
  const keys = Object.keys(table).sort((a, b) => b.length - a.length);
  const part = new RegExp(keys.join('|'), 'gu');
  return (found) => {
    const swapped = found.replace(part, (stem) => table[stem]!);
    return swapped !== found ? swapped : undefined;
  };
}

interface Compass {
  readonly pattern: RegExp;
  readonly swap: (word: string) => string | undefined;
}

const COMPASS: Readonly<Record<Language, Compass>> = {
  // "in the north of", "northern", "north-western", "south-east"
  en: {
    pattern: word('(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?'),
    swap: byTable({ north: 'south', south: 'north', east: 'west', west: 'east' }),
  },
  // "на юге", "севера", "северо-западной", "южном"
  ru: {
    pattern: word('(?:северо-|юго-)?(?:северн|южн|восточн|западн)(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ых|ыми|ую)|(?:северо-|юго-)?(?:север|юг|восток|запад)(?:е|а|у|ом)?'),
    swap: byTable({ 'северо-': 'юго-', 'юго-': 'северо-', северн: 'южн', южн: 'северн', восточн: 'западн', западн: 'восточн', север: 'юг', юг: 'север', восток: 'запад', запад: 'восток' }),
  },
  // the part of a country in a case ("шығысында", "оңтүстік-батысына"), or before "бөлігі", "өңірі"…
  // (a bare "шығыс" is also "expenditure")
  kk: {
    pattern: word('(?:(?:солтүстік|оңтүстік)-(?:шығыс|батыс)|солтүстіг|оңтүстіг|шығыс|батыс)(?:ында|інде|ына|іне|ынан|інен)|(?:(?:солтүстік|оңтүстік)-)?(?:солтүстік|оңтүстік|шығыс|батыс)(?=\\s+(?:бөлі|аудан|өңір|аймағ|облыс))'),
    swap: byTable({ солтүстік: 'оңтүстік', оңтүстік: 'солтүстік', солтүстіг: 'оңтүстіг', оңтүстіг: 'солтүстіг', шығыс: 'батыс', батыс: 'шығыс' }),
  },
};

/** Every compass word of the text, in text order, with its opposite. */
export function compassWordsIn(text: string, language: Language): CompassWord[] {
  const { pattern, swap } = COMPASS[language];
  const found: CompassWord[] = [];
  for (const match of text.matchAll(pattern)) {
    const swapped = swap(match[0]);
    if (swapped) found.push({ start: match.index!, end: match.index! + match[0].length, text: match[0], swapped });
  }
  return found;
}

/**
 * Any compass word, in any form or case, capitalised or not ("оңтүстік пен шығысқа",
 * "Солтүстіктен"): a sentence beside the turned one naming any may say what the turned
 * statement says of another thing.
 */
const ANY_COMPASS: Readonly<Record<Language, RegExp>> = {
  en: /(?<![\p{L}])(?:north|south|east|west)/iu,
  ru: /(?:север|юг|южн|восток|восточн|запад)/iu,
  kk: /(?:солтүсті|оңтүсті|шығыс|батыс)/iu,
};

export function namesCompass(text: string, language: Language): boolean {
  return ANY_COMPASS[language].test(text);
}

/**
 * How far the country may stand from the compass word: English and Russian name it after
 * ("in the north of present-day Uzbekistan", "на юге Казахстана", "southern Kazakhstan"),
 * Kazakh before, in the genitive ("Қазақстанның шығысында").
 */
const COUNTRY_AFTER: Readonly<Record<Language, RegExp>> = {
  en: /^\s+(?:(?:part|parts|half|regions?|areas?|districts?|provinces?)\s+)?(?:of\s+)?(?:the\s+)?(?:present-day\s+|modern\s+|today's\s+)?$/u,
  ru: /^\s+(?:(?:част[иью]+|районах|районов|областях|областей|регионах|регионов)\s+)?(?:современного\s+|нынешнего\s+)?$/u,
  kk: /(?!)/u,
};
const COUNTRY_BEFORE = /^\s*$/u;
/** "Қазақстанның": the country whose part it is, not "Қазақстанға шығыс аудандардан" (to Kazakhstan from the east). */
const GENITIVE_END = /(?:ның|нің|дың|дің|тың|тің)\s+$/u;

/** Whether the compass word at [start, end) says which part of a country the sentence names. */
export function tiedToCountry(text: string, start: number, end: number, countries: readonly { readonly start: number; readonly end: number }[], language: Language): boolean {
  return countries.some((country) => language === 'kk'
    ? country.end <= start && COUNTRY_BEFORE.test(text.slice(country.end, start).replace(/^\p{L}*/u, '')) && GENITIVE_END.test(text.slice(country.start, start))
    : country.start >= end && COUNTRY_AFTER[language].test(text.slice(end, country.start)));
}
