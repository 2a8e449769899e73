/**
 * Whether the letters after a name are an inflection of it ("Қырғызстан|ның", "Азия|дағы") and not
 * another word that merely starts the same way ("Арал|ықта" is "аралықта", in between).
 *
 * A small grammar of Kazakh nominal endings in their usual order: derivation (-лық: Қазақстандық),
 * plural, possessive, case, the attributive -ғы, and a second plural/case (Азиядағылардың).
 * src/text/kk (the case-suffix layer) will read forms more exactly; this is the fallback until
 * its analyser is available, and it also accepts Russian and English endings.
 */
import type { Language } from '../../../model/course';

const DERIVATION = '(?:лық|лік|дық|дік|тық|тік|ндық|ндік|шыл|шіл)';
const PLURAL = '(?:лар|лер|дар|дер|тар|тер)';
const AFTER_POSSESSIVE = '(?:ның|нің|на|не|н|нда|нде|нан|нен|мен|менен)';
const POSSESSIVE = `(?:ымыз|іміз|ыңыз|іңіз|сы|сі|ы|і)${AFTER_POSSESSIVE}?`;
const CASE = '(?:ның|нің|дың|дің|тың|тің|ң|ға|ге|қа|ке|ны|ні|ды|ді|ты|ті|да|де|та|те|дан|ден|тан|тен|нан|нен|мен|бен|пен|ша|ше|сыз|сіз|дай|дей|тай|тей)';
const ATTRIBUTIVE = '(?:ғы|гі|қы|кі)';
const SECOND_CASE = '(?:дың|дің|ның|нің|ға|ге|да|де|ды|ді|дан|ден|мен)';

const KAZAKH_ENDING = new RegExp(
  `^${DERIVATION}?${PLURAL}?(?:${POSSESSIVE}|${CASE})?${ATTRIBUTIVE}?${PLURAL}?${SECOND_CASE}?$`, 'u',
);
const RUSSIAN_ENDING = /^(?:а|я|у|ю|ом|ем|ой|ей|е|и|ы|ам|ям|ами|ями|ах|ях|ов|ев|ий|ый|ого|его|ому|ему|ым|им|ую|ая|ое|ие|ые|ских|ского|скому|ским|ская|ское|ские|ский|ской|скую)?$/u;
const ENGLISH_ENDING = /^(?:s|'s|’s|n|ns|ian|ians|an|ans)?$/u;

/** Longer names are distinctive: an ending the grammar does not know (a typo such as -нын) is still theirs. */
const DISTINCTIVE_NAME = 6;
const MAX_UNKNOWN_ENDING = 6;

/**
 * `strict`: only endings the grammar knows (acronyms: after "ЕурАзЭО-" may come a word, "-жалпы",
 * not only an ending).
 */
export function isInflection(ending: string, name: string, language: Language, strict = false): boolean {
  if (ending === '') return true;
  const known = language === 'kk' ? KAZAKH_ENDING.test(ending) || RUSSIAN_ENDING.test(ending)
    : language === 'ru' ? RUSSIAN_ENDING.test(ending) : ENGLISH_ENDING.test(ending);
  if (known) return true;
  return !strict && language === 'kk' && [...name].length >= DISTINCTIVE_NAME && [...ending].length <= MAX_UNKNOWN_ENDING;
}

/** Adjective-forming endings: "Қазақстандық" is Kazakhstani, not Kazakhstan. */
export function isDerived(ending: string): boolean {
  return /^(?:лық|лік|дық|дік|тық|тік|ндық|ндік|шыл|шіл|ский|ская|ское|ские|ian|an)/u.test(ending);
}

/**
 * Splits a word into stem and inflection when the word was not in the catalogue (surnames found
 * by pattern): the longest ending the grammar accepts, leaving a stem of at least three letters.
 */
export function splitInflection(word: string, language: Language): { stem: string; suffix: string } {
  // an English surname only takes the possessive: "Haugen" is no "Hauge" + n
  if (language === 'en') {
    const possessive = /['’]s$/u.exec(word);
    return possessive ? { stem: word.slice(0, possessive.index), suffix: possessive[0] } : { stem: word, suffix: '' };
  }
  const letters = [...word];
  for (let cut = 3; cut < letters.length; cut += 1) {
    const ending = letters.slice(cut).join('');
    const known = language === 'kk' ? KAZAKH_ENDING.test(ending) : language === 'ru' ? RUSSIAN_ENDING.test(ending) : ENGLISH_ENDING.test(ending);
    if (known && !isDerived(ending)) return { stem: letters.slice(0, cut).join(''), suffix: ending };
  }
  return { stem: word, suffix: '' };
}
