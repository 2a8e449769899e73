/**
 * Words a false statement can turn into their opposite: a compass direction ("in the north of the
 * country" → "in the south"), a bank of a river, and a trend of a measure ("the population grew
 * to 90,000" → "fell"). The text says which way it is, so the opposite is false by the text
 * whatever else it says, and no catalogue of names is needed: any course text has them.
 *
 * Only lower-case words: a capitalised one is part of a name ("Шығыс Қазақстан", "North
 * Korea", "Северный Кавказ"), which the swap would turn into another place. A trend verb counts
 * only beside a measure (a figure, "sharply", "twice", "the population"): "rose to power", "таққа
 * көтерілді", "вырос в семье" are not trends. The word keeps its ending: Kazakh "шығыс" and
 * "батыс", "солтүстік" and "оңтүстік" take the same endings, as do Russian "северный" and
 * "южный", "вырос" and "сократился" by gender (a table per form).
 */
import type { Language } from '../../model/course';

export interface Opposite {
  /** Span of the word in the text it was found in. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The word turned the other way, in the same form. */
  readonly swapped: string;
  /** Which pair it belongs to (the compass, a river's banks, a trend): a sentence naming both ways is refused. */
  readonly pair: Pair;
}

type Pair = 'compass' | 'bank' | 'stream' | 'trend';

interface WordRule {
  readonly pattern: RegExp;
  readonly pair: Pair;
  readonly swap: (word: string) => string | undefined;
  /** Trends: the measure the verb must stand beside. */
  readonly measured?: boolean;
}

const L = '\\p{L}';
/** A whole word: hyphenated compounds are one word ("south-western" is not "south"). */
const word = (body: string) => new RegExp(`(?<![${L}-])(?:${body})(?![${L}-])`, 'gu');

/** Swaps each part of a compound by the table: "north-west" → "south-east". */
function byTable(table: Readonly<Record<string, string>>): (found: string) => string | undefined {
  const keys = Object.keys(table).sort((a, b) => b.length - a.length);
  const part = new RegExp(keys.join('|'), 'gu');
  return (found) => {
    let changed = false;
    const swapped = found.replace(part, (stem) => {
      changed = true;
      return table[stem]!;
    });
    return changed && swapped !== found ? swapped : undefined;
  };
}

/** Whole words only, looked up as they are. */
function byWord(table: Readonly<Record<string, string>>): (found: string) => string | undefined {
  return (found) => table[found];
}

/** Both ways of each pair in a table. */
function twoWay(pairs: readonly (readonly [string, string])[]): Record<string, string> {
  const table: Record<string, string> = {};
  for (const [one, other] of pairs) {
    table[one] = other;
    table[other] = one;
  }
  return table;
}

/** Russian past tense of a verb in every gender and number, the reflexive -ся/-сь after -л-. */
function ruPast(stem: string, reflexive: boolean): string[] {
  return reflexive ? [`${stem}ся`, `${stem}ась`, `${stem}ось`, `${stem}ись`] : [stem, `${stem}а`, `${stem}о`, `${stem}и`];
}

/** Russian trend verbs in the past: the forms of one verb pair off with the other's. */
function ruTrends(): Record<string, string> {
  const pairs: [string, string][] = [];
  const zip = (one: string[], other: string[]) => one.forEach((form, index) => pairs.push([form, other[index]!]));
  // "вырос" has no -л- in the masculine: its forms are listed as they are written
  const grew = ['вырос', 'выросла', 'выросло', 'выросли'];
  const grewSelf = ['возрос', 'возросла', 'возросло', 'возросли'];
  zip(ruPast('увеличил', true), ruPast('сократил', true));
  zip(ruPast('увеличил', false), ruPast('сократил', false));
  zip(ruPast('повысил', true), ruPast('снизил', true));
  zip(ruPast('повысил', false), ruPast('снизил', false));
  const table = twoWay(pairs);
  // one way only: their opposite is listed above already
  grew.forEach((form, index) => (table[form] = ruPast('сократил', true)[index]!));
  grewSelf.forEach((form, index) => (table[form] = ruPast('сократил', true)[index]!));
  ruPast('уменьшил', true).forEach((form, index) => (table[form] = ruPast('увеличил', true)[index]!));
  return table;
}

const EN_TRENDS = twoWay([['increased', 'decreased'], ['rose', 'fell'], ['risen', 'fallen'], ['grew', 'shrank'], ['doubled', 'halved']]);
const KK_TRENDS: Record<string, string> = {
  ...twoWay([['өсті', 'азайды'], ['өсіп', 'азайып'], ['өскен', 'азайған'], ['төмендеді', 'көтерілді'], ['төмендеп', 'көтеріліп'], ['төмендеген', 'көтерілген']]),
  артты: 'азайды', артып: 'азайып', артқан: 'азайған', көбейді: 'азайды', көбейіп: 'азайып', көбейген: 'азайған',
  қысқарды: 'өсті', қысқарып: 'өсіп', қысқарған: 'өскен',
};
const RU_TRENDS = ruTrends();

/**
 * What a compass adjective must describe to be a direction: a part of a place or a named place
 * ("the western part", "southern Kazakhstan", "южном берегу"), not a style or a culture ("западным
 * орнаментом", "western investors", where "eastern" means another thing than its opposite's).
 */
const EN_PLACE_NOUNS = '(?:part|parts|edge|edges|border|borders|frontier|slope|slopes|shore|shores|coast|bank|district|districts|region|regions|province|provinces|area|areas|side|end|half|limit|foothills|steppe|steppes|outskirts|suburbs|reaches|branch|branches|route|routes|gate|section|flank|approaches|tip)(?![\\p{L}])';
const RU_PLACE_NOUNS = '(?:берег|побереж|област|район|част|склон|окраин|границ|рубеж|массив|регион|провинци|территори|направлени|конец|конц|участ|сторон|предгор|отрог|ветк|окрестност|пригород|округ|предел)';

const RULES: Readonly<Record<Language, readonly WordRule[]>> = {
  en: [
    { pattern: word(`(?:north|south)(?:-?(?:east|west))?(?:wards?)?|(?:east|west)(?:wards?)?|(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern(?=\\s+(?:\\p{Lu}|${EN_PLACE_NOUNS}))`), pair: 'compass', swap: byTable({ north: 'south', south: 'north', east: 'west', west: 'east' }) },
    { pattern: word('(?:left|right)(?=\\s+bank)'), pair: 'bank', swap: byWord({ left: 'right', right: 'left' }) },
    { pattern: word('upstream|downstream'), pair: 'stream', swap: byWord({ upstream: 'downstream', downstream: 'upstream' }) },
    { pattern: word(Object.keys(EN_TRENDS).join('|')), pair: 'trend', swap: byWord(EN_TRENDS), measured: true },
  ],
  ru: [
    { pattern: word(`(?:северо-|юго-)?(?:северн|южн|восточн|западн)(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ых|ыми|ую)(?=\\s+(?:\\p{Lu}|${RU_PLACE_NOUNS}))|(?:северо-|юго-)?(?:север|юг|восток|запад)(?:е|а|у|ом)?`), pair: 'compass',
      swap: byTable({ 'северо-': 'юго-', 'юго-': 'северо-', северн: 'южн', южн: 'северн', восточн: 'западн', западн: 'восточн', север: 'юг', юг: 'север', восток: 'запад', запад: 'восток' }) },
    { pattern: word('(?:левом|правом|левый|правый|левого|правого|левому|правому)(?=\\s+берег)'), pair: 'bank', swap: byTable({ лев: 'прав', прав: 'лев' }) },
    { pattern: word('(?:выше|ниже)(?=\\s+по\\s+течению)'), pair: 'stream', swap: byWord({ выше: 'ниже', ниже: 'выше' }) },
    { pattern: word(Object.keys(RU_TRENDS).join('|')), pair: 'trend', swap: byWord(RU_TRENDS), measured: true },
  ],
  kk: [
    // the east/west of a place in a case ("шығысында", "батысқа"): a bare "шығыс" is also "expenditure"
    { pattern: word('(?:(?:солтүстік|оңтүстік)-(?:шығыс|батыс)|солтүстіг|оңтүстіг|шығыс|батыс)(?:ында|інде|ына|іне|ынан|інен)|(?:(?:солтүстік|оңтүстік)-)?(?:солтүстік|оңтүстік)(?:ке|те|тен)|(?:(?:солтүстік|оңтүстік)-)?(?:шығыс|батыс)(?:қа|та|тан)|(?:(?:солтүстік|оңтүстік)-)?(?:солтүстік|оңтүстік|шығыс|батыс)(?=\\s+(?:бөлі|жағалау|аудан|өңір|беткей|жақ|шекара|бағыт|шет|етег|тармақ|бөктер))'), pair: 'compass',
      swap: byTable({ солтүстік: 'оңтүстік', оңтүстік: 'солтүстік', солтүстіг: 'оңтүстіг', оңтүстіг: 'солтүстіг', шығыс: 'батыс', батыс: 'шығыс' }) },
    { pattern: word('(?:сол|оң)(?=\\s+жағалау)'), pair: 'bank', swap: byWord({ сол: 'оң', оң: 'сол' }) },
    { pattern: word(Object.keys(KK_TRENDS).join('|')), pair: 'trend', swap: byWord(KK_TRENDS), measured: true },
  ],
};

/** A word of degree beside a trend verb ("sharply", "резко", "күрт", "twice"). */
const DEGREE: Readonly<Record<Language, RegExp>> = {
  en: /(?<![\p{L}])(?:sharply|steadily|rapidly|quickly|slowly|dramatically|significantly|considerably|markedly|tenfold|twofold|threefold|fivefold)(?![\p{L}])/u,
  ru: /(?<![\p{L}])(?:вдвое|втрое|впятеро|резко|значительно|заметно|быстро|стремительно|многократно|существенно)(?![\p{L}])/u,
  kk: /(?<![\p{L}])(?:есе|есеге|еселеп|күрт|айтарлықтай|едәуір|біртіндеп|жылдам|тез)(?![\p{L}])/u,
};
/** What a trend is of, before the verb: a count, a share, a level, an output (not "the people", who also rise up). */
const MEASURE: Readonly<Record<Language, RegExp>> = {
  en: /(?<![\p{L}])(?:population|number|numbers|share|level|output|production|volume|area|price|prices|exports|imports|harvest|yield|yields|revenue|income|enrolment|enrollment|traffic|catch|flow)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:население|населения|численность|число|доля|объём|объем|уровень|площадь|площади|добыча|производство|количество|экспорт|импорт|урожай|урожайность|стоимость|цена|цены|выпуск|поголовье|сток|улов)(?![\p{L}])/iu,
  kk: /(?<![\p{L}])(?:саны|деңгейі|үлесі|көлемі|өндірісі|мөлшері|аумағы|бағасы|экспорты|импорты|өнімі|түсімі|өнімділігі|ағыны|шығымы)(?![\p{L}])/iu,
};
/**
 * A figure the trend reaches or moves by, right after the verb: "rose to 90,000", "fell by a
 * third" is not a figure and is left; "выросло в три раза", "сократилось до 40 тысяч". A year
 * after the verb ("fell to the Mongols in 1220") is no measure. Kazakh puts it before the verb:
 * "50 мыңға дейін өсті", "екі есе өсті", "30 пайызға азайды".
 */
const FIGURE_AFTER: Readonly<Record<Language, RegExp>> = {
  en: /^\s*(?:\p{L}+\s+){0,2}(?:to|from|by)\s+(?:about\s+|almost\s+|nearly\s+|over\s+|some\s+|roughly\s+|more\s+than\s+|less\s+than\s+)?[\d$£€]/u,
  ru: /^\s*(?:\p{L}+\s+)?(?:(?:до|на|с|со)\s+(?:почти\s+|более\s+|примерно\s+|около\s+|свыше\s+)?\d|в\s+(?:\d+(?:[.,]\d+)?|два|три|четыре|пять|десять|несколько|полтора)\s+раз)/u,
  kk: /(?!)/u,
};
const FIGURE_BEFORE: Readonly<Record<Language, RegExp>> = {
  en: /(?!)/u,
  ru: /(?!)/u,
  kk: /\d[\d\s.,]*\s*(?:%|пайыз|есе|мың|млн|миллион|млрд)|(?<![\p{L}])дейін(?![\p{L}])/u,
};
/** How many words before a trend verb its measure (or word of degree) may stand. */
const MEASURE_WINDOW = 3;

function measured(text: string, start: number, end: number, language: Language): boolean {
  const before = text.slice(0, start).split(/\s+/u).filter(Boolean).slice(-MEASURE_WINDOW).join(' ');
  const after = text.slice(end);
  const next = after.split(/\s+/u).filter(Boolean)[0] ?? '';
  // "мәселе көтерілді": an issue raised, not a level
  if (language === 'kk' && /(?<![\p{L}])мәселе/u.test(before)) return false;
  return DEGREE[language].test(before) || DEGREE[language].test(next) || MEASURE[language].test(before) || FIGURE_BEFORE[language].test(before) || FIGURE_AFTER[language].test(after);
}

/** Russian prices, levels and shares "снизились", counts and areas "сократились". */
const RU_LOWERED = /(?<![\p{L}])(?:цен|уровень|уровня|доля|долю|стоимость|курс|тариф|урожайность|температура|зарплат)\p{L}*(?:\s+\p{L}+){0,5}\s*$/iu;

function ruCollocation(swapped: string, before: string): string {
  return swapped.startsWith('сократил') && RU_LOWERED.test(before) ? swapped.replace('сократил', 'снизил') : swapped;
}

/** Every word of the text that can be turned the other way, in text order. */
export function oppositesIn(text: string, language: Language): Opposite[] {
  const found: Opposite[] = [];
  for (const rule of RULES[language]) {
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index!;
      const end = start + match[0].length;
      const swapped = rule.swap(match[0]);
      if (!swapped) continue;
      if (rule.measured && !measured(text, start, end, language)) continue;
      found.push({ start, end, text: match[0], swapped: language === 'ru' ? ruCollocation(swapped, text.slice(0, start)) : swapped, pair: rule.pair });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Any word of either way of a pair, in any form or case, capitalised or not ("оңтүстік пен
 * шығысқа", "Солтүстіктен", "өсе бастады"): a sentence beside the swapped one naming any of
 * them may say what the turned statement says.
 */
const ANY_OF_PAIR: Readonly<Record<Language, Readonly<Record<Pair, RegExp>>>> = {
  en: {
    compass: /(?<![\p{L}])(?:north|south|east|west)/iu,
    bank: /(?<![\p{L}])(?:left|right)\s+bank/iu,
    stream: /(?<![\p{L}])(?:upstream|downstream)(?![\p{L}])/iu,
    trend: /(?<![\p{L}])(?:increas|decreas|rose|rise|rising|risen|fell|fall|fallen|grew|grow|grown|shrank|shrink|shrunk|doubl|halv|declin)/iu,
  },
  ru: {
    compass: /(?:север|юг|южн|восток|восточн|запад)/iu,
    bank: /(?:лев|прав)\p{L}*\s+берег/iu,
    stream: /(?:выше|ниже)\s+по\s+течению/iu,
    trend: /(?<![\p{L}])(?:увелич|сократ|сокращ|вырос|вырас|возрос|возраст|рост|сниж|сниз|повыш|повыс|уменьш|падени|упал)/iu,
  },
  kk: {
    compass: /(?:солтүсті|оңтүсті|шығыс|батыс)/iu,
    bank: /(?<![\p{L}])(?:сол|оң)\s+жағалау/iu,
    stream: /(?!)/u,
    trend: /(?<![\p{L}])(?:өс|өсу|арт|азай|төменде|көтеріл|қысқар|көбей)/iu,
  },
};

/** Whether the text names either way of the pair, in any form. */
export function namesPair(text: string, pair: Pair, language: Language): boolean {
  return ANY_OF_PAIR[language][pair].test(text);
}

/** Figures other than years: two of them in the sentence ("from 40 million to 4.5 million") tell which way it went. */
const FIGURE = /(?<![\p{L}\d])\d(?:[\d\s.,]*\d)?/gu;

/** Whether the sentence's own figures show the trend's direction (two figures besides its years). */
export function figuresTellTrend(text: string): boolean {
  const figures = [...text.matchAll(FIGURE)].map((match) => match[0].trim()).filter((figure) => !/^(?:1[0-9]{3}|20[0-9]{2})$/u.test(figure));
  return figures.length >= 2;
}
