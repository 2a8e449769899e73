/**
 * A bare noun that needs the sentence before to say which one it is: "Келісім бойынша …" (by the
 * agreement: which?), "Станцияның құрылысы …", "The agreement was signed …", "Соглашение
 * предусматривает …", and phrases of time that point back ("в том же месяце", "сол жылы", "the
 * same year"). Such a sentence points back like "Бұл …": shown after its context, or dropped.
 * Nouns are those that name one event or object of a story (agreements, plants, meetings…); a
 * noun followed by what specifies it ("Соглашение о …", "The agreement of 1994", "Келісім
 * туралы заң" aside) is not bare. English marks such a noun with "the" wherever it stands ("…, as
 * the agency reported"), so English is read through the sentence; Kazakh and Russian have no
 * article and are read at the sentence's start only. The lists grew from blind reviews, which
 * rejected "the canal", "the study", "the system", "the financing" shown alone.
 */
import type { Language } from '../../model/course';
import type { EntityType } from '../text/types';

// stems of at least four letters: a shorter one (көл, қор, заң) would take "Көлік", "Қорғаныс", "Заңды" for the noun
const KK_NOUNS = 'келісім|келісімшарт|шарт|станция|жоба|құжат|ұйым|кездесу|саммит|шешім|бағдарлама|одақ|комиссия|зауыт|бөгет|плотина|құрылыс|конференция|бастама|меморандум|декларация|компания|кәсіпорын|нысан|мәміле|сапар|келіссөз'
  + '|канал|зерттеу|агенттік|агенттіг|жүйе|қала|аудан|реформа|сауалнама|маршрут|теміржол|көпір|порт|құбыр|кеніш|министрлік|министрліг|мекеме|қауымдастық|қауымдастығ|альянс|блок|операция|қақтығыс|дағдарыс|апат|университет|институт|өзен|су қоймасы|қаржыландыру|инвестиция|несие|грант|жоспар|стратегия|тетік|жағдай|үрдіс|үдеріс|бағыт'
  + '|сайлау|референдум|революция|төңкеріс'
  + '|көрме|фестиваль|форум|рейтинг|индекс|мәселе'
  // round 20–21: "Халқы …" (its population), "Көтеріліс …" (which uprising?)
  + '|халқы|көтеріліс'
  // round 25: "Кейінгі онжылдықтарда бекініс …" (which fortress?)
  + '|бекініс'
  // round 26: "Кен орны …" (which deposit?), "Хандық …", a museum, a mausoleum, an expedition
  + '|кен орн|хандық|хандығ|әулет|мұражай|кесене|мешіт|театр|экспедиция';
const RU_NOUNS = 'соглашение|соглашения|договор|договора|станция|станции|проект|проекта|строительство|строительства|плотина|плотины|организация|организации|саммит|встреча|документ|программа|программы|решение|комиссия|союз|церемония|конференция|меморандум|декларация|компания|предприятие|объект|сделка|визит|переговоры|инициатива'
  + '|канал|канала|исследование|исследования|центр|центра|агентство|агентства|фонд|фонда|система|системы|город|города|маршрут|маршрута|реформа|реформы|закон|закона|отчёт|отчет|доклад|опрос|сеть|дорога|дороги|трасса|коридор|коридора|порт|завод|комбинат|министерство|ведомство|группа|альянс|блок|операция|конфликт|кризис|авария|университет|институт|правительство|власти|финансирование|кредит|грант|план|стратегия|механизм|линия|ветка|магистраль|озеро|река|водохранилище|ситуация|положение|направление|тенденция|процесс'
  + '|выборы|референдум|революция|переворот|поправки'
  + '|выставка|выставки|форум|фестиваль|рейтинг|индекс|номинация|номинации|проблема|проблемы'
  // round 21: "Восстание было жестоко подавлено", "Население было пёстрым", "Столица …"
  + '|восстание|восстания|население|населения|столица|столицы'
  // round 25: a fortress, an autonomy, a region, a basin the sentence never names
  + '|крепость|автономия|автономии|область|бассейн'
  // round 26: a khanate, a dynasty, a museum, a deposit the sentence never names
  + '|ханство|династия|империя|музей|театр|мечеть|мавзолей|экспедиция|землетрясение|месторождение';
const EN_NOUNS = 'agreement|treaty|deal|plant|station|dam|project|construction|document|organi[sz]ation|meeting|summit|decision|programme|program|union|commission|ceremony|conference|memorandum|declaration|company|facility|visit|talks|initiative|accord|pact|plan|reservoir'
  + '|canal|study|research|survey|report|cent(?:er|re)|agency|fund|system|town|city|route|corridor|road|railway|line|network|reform|law|policy|strategy|ministry|government|authority|authorities|group|alliance|bloc|operation|conflict|crisis|disaster|university|institute|scheme|province|basin|lake|river|sea|port|mine|field|pipeline|bank|council|committee|body|mission|office|financing|funding|loan|grant|mechanism|framework|model|approach|process|transition|balance|movement|flow|figure|number|share|rate|level|period|decade|year|month|war|situation|problem|issue|direction|trend|deposit|industry|sector|mine|field|fund|scheme|model'
  + '|valley|district|confluence|procedure|enclave|border|dispute|clashes|events|unrest|uprising|revolt|campaign|site|settlement|station'
  + '|election|elections|referendum|revolution|coup|amendment|amendments|constitution|mission'
  + '|nomination|park|reserve|ranking|index|exhibition|forum|festival'
  // round 21: "seized power in the capital", "the population"
  + '|capital|population|rebellion'
  // round 25: "the territory", "the fortress" (which?); not "the region", which in a text on one
  // region is the one it is about
  + '|territory|oblast|autonomy|fort|fortress'
  // round 26: "the era", "the catastrophe", "the khanate", "the museum" (which?)
  + '|era|catastrophe|earthquake|khanate|emirate|dynasty|empire|kingdom|regime|museum|theatre|theater|mosque|mausoleum|monument|expedition';

const BARE_NOUN_START: Readonly<Record<Language, RegExp>> = {
  // the first word is the noun itself, in any case form: nothing before it says which
  kk: new RegExp(`^(?:(?:Ал|Бірақ|Алайда|Кейін|Кейіннен|Сонымен қатар|Сондай-ақ),?\\s+)?(?:${KK_NOUNS})(?:\\p{L}{0,6})(?=[\\s,])(?!\\s+туралы)`, 'iu'),
  // no preposition, name or quote after it to say which
  // an adjective before it does not say which either ("новая дорога", "главный проект")
  ru: new RegExp(`^(?:(?:но|а|однако|затем|позже),?\\s+)?(?:\\p{Ll}+(?:ая|яя|ое|ее|ый|ий|ой|ые|ие)\\s+)?(?:${RU_NOUNS})\\s+(?!(?:о|об|между|по|с|на|в|для|от)\\s|[«"\\p{Lu}\\d])`, 'u'),
  // anywhere in the sentence: English marks the bare noun with "the" ("as the agency reported");
  // singular only, as a plural is often generic ("the summer flow of the rivers"); every match is
  // read (global, the noun captured), since a name of the sentence may answer it (answeredByName)
  en: new RegExp(`(?<![\\p{L}])[Tt]he\\s+(?:\\p{Ll}+\\s+)?(${EN_NOUNS})(?![\\p{L}])(?![\\s,]+(?:of|between|on|for|to|that|which|who|where|when|called|known|named)(?![\\p{L}]))(?!\\s+[\\p{Lu}\\d])`, 'gu'),
};

const TIME_POINTING_BACK: Readonly<Record<Language, RegExp>> = {
  kk: /(?<![\p{L}])(?:сол \d{4} жыл\p{L}*|сол жыл\p{L}*|сол ай\p{L}*|сол күн\p{L}*|сол кез\p{L}*|сол уақыт\p{L}*|келесі жыл\p{L}*|келесі ай\p{L}*|дәл сол|содан бері|содан кейін|сол уақыттан бері|келесі күні|кешке қарай|таңертең)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:в том же (?:\d{4} )?(?:году|месяце|день)|того же (?:\d{4} )?(?:года|месяца|дня)|тот же|та же|то же самое|в тот же|в тот год|в следующем (?:году|месяце)|указанн\p{L}*|упомянут\p{L}*|вышеупомянут\p{L}*|вышеуказанн\p{L}*|с тех пор|к тому времени|в то время|после этого|к вечеру|к утру|на следующий день|в тот день|в ту ночь|той же ночью)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:the same (?:year|month|day|time)|that (?:year|month|day|time)|the (?:following|next) (?:year|month|day)|later that|the latter|the former|the aforementioned|the above|since then|by then|at that time|after that|by (?:the )?evening|that night|the next morning)(?![\p{L}])/iu,
};

/**
 * Decades or years counted from a time named before, opening the sentence ("Кейінгі онжылдықтарда
 * …", "В последующие годы …", "In the following decades …"; round 25: "later than what?"). Inside
 * a sentence they often count from a year the sentence names itself, and are left.
 */
const FOLLOWING_TIME_START: Readonly<Record<Language, RegExp>> = {
  kk: /^(?:Кейінгі|Келесі)\s+(?:онжылдық|ғасыр|жылдар)\p{L}*/u,
  ru: /^В\s+(?:последующие|следующие)\s+(?:годы|десятилетия|века)(?![\p{L}])/u,
  en: /^(?:In|Over|During)\s+the\s+(?:following|next|subsequent)\s+(?:years|decades|centuries)(?![\p{L}])/u,
};

/**
 * A count of things named before ("the two countries", "both sides", "екі ел", "обе страны";
 * round 25: "Екі ескерткіш те", "both monuments", "the smaller station"), a
 * time counted from an event named before ("Twenty years later", "десять лет спустя", "он жылдан
 * кейін") and "instead" (of what?): blind reviewers asked "which two?", "later than what?".
 */
const COUNTED_BACK: Readonly<Record<Language, RegExp>> = {
  kk: /(?<![\p{L}])(?:екі|үш|екеуі|екі жақ|екі ел)(?:\s+(?:ел|мемлекет|жақ|тарап|президент|басшы)\p{L}*)(?![\p{L}])|(?<![\p{L}])(?:(?:екі|үш)\s+\p{Ll}+|(?:екеу|үшеу)\p{L}*)\s+(?:да|де|та|те)(?![\p{L}])|^(?:\p{L}+\s+){0,2}жылдан\s+(?:кейін|соң)|(?<![\p{L}])оның орнына(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:обе|оба|обеих|обоих)\s+\p{Ll}|(?<![\p{L}])(?:две|два|двух|трёх|трех)\s+(?:стран\p{L}*|сторон\p{L}*|государств\p{L}*|президент\p{L}*|лидер\p{L}*)|^(?:\p{L}+\s+){1,3}(?:спустя|позже)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:the\s+two|both(?:\s+the)?)\s+(?:countries|states|sides|parties|leaders|presidents|governments|republics)(?![\p{L}])(?!\s+of(?![\p{L}]))|(?<![\p{L}])both\s+(?:the\s+)?\p{Ll}{3,}s(?![\p{L}])(?!\s+(?:and|of)(?![\p{L}]))|(?<![\p{L}])the\s+(?:smaller|larger|bigger|older|newer|younger)\s+\p{Ll}+(?![\p{L}])(?!\s+(?:than|of)(?![\p{L}]))|^(?:\p{L}+\s+){1,3}(?:years?|months?|decades?|days?)\s+later(?![\p{L}])|(?<![\p{L}])instead(?![\p{L}])(?!\s+of(?![\p{L}]))/iu,
};

/**
 * Month names ("Қыркүйекте ҰҚШҰ-ның … стратегиясы қабылданды", "в сентябре", "in September"):
 * without a year in the sentence the month is of a year the sentence before named. Kazakh
 * "қазан" (October) is left out: it is also Kazan and a cauldron; so is English "May".
 */
const MONTHS: Readonly<Record<Language, RegExp>> = {
  kk: /(?<![\p{L}])(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қараша|желтоқсан)\p{L}*/iu,
  ru: /(?<![\p{L}])(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)[ьяеюём]\p{L}*|(?<![\p{L}])(?:март|август)(?:а|е|ом)?(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:January|February|March|April|June|July|August|September|October|November|December)(?![\p{L}])/u,
};

/** A month with no year in the sentence, or one that opens it with no year beside it ("Қыркүйекте ҰҚШҰ-ның 2025 жылға …"). */
function monthWithoutYear(text: string, language: Language): boolean {
  const month = MONTHS[language].exec(text);
  if (!month) return false;
  if (!/(?<!\d)\d{4}(?!\d)/u.test(text)) return true;
  const opens = /^(?:(?:In|On|By|В|К|Ко)\s+)?$/iu.test(text.slice(0, month.index));
  return opens && !/^[\s,]+\d{4}(?!\d)/u.test(text.slice(month.index + month[0].length));
}

/**
 * An ordinal that counts along the text ("Третьим направлением стал…", "екінші ұйым", "the second
 * direction"): the first of the list is in another sentence. A world war, a half of a decade and a
 * term of office are not counted along the text.
 */
const ORDINAL_ALONG_TEXT: Readonly<Record<Language, RegExp>> = {
  kk: /(?<![\p{L}])(?:екінші|үшінші|төртінші|бесінші)\s+(?!дүниежүзілік|жартыс|мерзім|рет)\p{Ll}/iu,
  ru: /(?<![\p{L}])(?:втор|треть|трет|четв[её]рт|пят)(?:ой|ым|ая|ое|ого|ую|ий|ья|ье|ьим|ьей|ьего|ью)\s+(?!миров|половин|срок|раз)\p{Ll}/iu,
  // "a third of GDP" is a share, not a count along the text
  en: /(?<![\p{L}])(?<!(?:a|one|two)\s)(?:second|third|fourth|fifth)\s+(?!world|half|term|time|of(?![\p{L}]))\p{Ll}/iu,
};

/** "also", "тоже", "также": what the sentence adds to is in another one. */
const ADDITIVE: Readonly<Record<Language, RegExp | undefined>> = {
  kk: undefined, // "да/де" is also "and": not told apart from the word alone
  ru: /(?<![\p{L}])(?:тоже|также)(?![\p{L}])/iu,
  // "too" at a clause's end ("Uzbekistan joined too."), not "too high"
  en: /(?<![\p{L}])(?:also|as well|likewise)(?![\p{L}])|(?<![\p{L}])too(?=\s*(?:[.,;:!?]|$))/iu,
};

/**
 * English nouns that a name of the same sentence can answer: "In 2018 Turkestan became … in the
 * city", "In Tajikistan remittances … place the country among …", "the oil of the Tengiz field
 * … the field". The noun is read as that name's, not as one the sentence before named.
 */
const EN_NOUN_KINDS: readonly [RegExp, readonly EntityType[]][] = [
  [/^(?:city|town|port|capital)$/u, ['city']],
  [/^(?:province|region|oblast|territory|autonomy)$/u, ['region']],
  [/^(?:fort|fortress)$/u, ['facility', 'city']],
  [/^(?:khanate|emirate|dynasty|empire|kingdom|regime)$/u, ['country', 'organisation']],
  [/^(?:museum|theatre|theater|mosque|mausoleum|monument)$/u, ['facility', 'organisation']],
  [/^(?:lake|river|sea|basin|reservoir|canal)$/u, ['water']],
  [/^(?:mine|field|deposit|pipeline|dam|plant|station|facility)$/u, ['facility']],
  [/^(?:company|bank|agency|organi[sz]ation|union|council|committee|commission|fund|alliance|bloc|institute|university|ministry|body)$/u, ['organisation']],
  [/^(?:agreement|treaty|deal|accord|pact|memorandum|declaration|programme|program|plan|strategy|project|scheme|law|policy)$/u, ['treaty']],
  [/^(?:government|authorities|authority)$/u, ['country']],
];

/** Words after an opening "The" read as its noun phrase. */
const DEFINITE_WORDS = 4;
/** What tells which thing a noun phrase means: a name or a number, or a complement or relative clause. */
const TELLS_WHICH = /^(?:[«"“(]?[\p{Lu}\d].*|of|between|which|that|who|whose|called|known|named)$/u;

/**
 * An English sentence opening with "The" and a singular common noun that nothing tells ("The main
 * risk lay in Afghanistan.", "The most radical reform took place in …", "The treaty on the union
 * was signed …"): its subject is one the text named before. Blind reviewers accepted 4 of 36
 * items opening with "The" and a common noun on the tuning texts, 21 of 110 of those opening with
 * a name or another word. A plural is often a class ("The downstream states opposed new dams"),
 * and "The agreement of 1994 …", "The government of Tajikistan …", "The canal which links …" say
 * which.
 */
function definiteOpening(text: string): boolean {
  const opening = /^The\s+(\p{Ll}.*)$/u.exec(text);
  if (!opening) return false;
  const words = opening[1]!.split(/\s+/u).slice(0, DEFINITE_WORDS).map((word) => word.replace(/[,;:.]+$/u, ''));
  return !words.some((word) => TELLS_WHICH.test(word) || /[^s]s$/u.test(word));
}

/**
 * Whether a name stands before the noun at `index` (a capitalised word after the sentence's first):
 * "In 2018 Turkestan became … in the city" names it first; "Outside the city, the ruins of Nisa
 * …" does not, and the city is the one the text is about (round 26: "which city?").
 */
function nameBefore(text: string, index: number): boolean {
  return /\s[\p{Lu}\d]/u.test(text.slice(0, index));
}

/** Whether a name of one of these kinds in the sentence answers the bare noun. */
function answeredByName(noun: string, named: ReadonlySet<EntityType>): boolean {
  const kinds = EN_NOUN_KINDS.find(([nouns]) => nouns.test(noun.toLowerCase()))?.[1] ?? [];
  return kinds.some((kind) => named.has(kind));
}

/**
 * A person named by a role only ("Ақын 1845 жылы туды", "ақынның шығармалары", "поэт был
 * сослан", "the poet"): who, when the sentence names no person and no name stands beside the role
 * word ("ақын Абай", "Абай ақын", "поэт А. Пушкин", "the poet Abai"). Blind reviewers rejected
 * such items on every text about a person (round 13: "ақын", "the Afghan ruler", "её").
 */
/** Kazakh words for one person's role or post. */
const KK_ROLES = 'ақын|жазушы|ғалым|ойшыл|ағартушы|хан|әмір|билеуші|президент|министр|төраға|басшы|қолбасшы|муфти|имам|елші|губернатор|әкім';

const ROLE_NOUNS: Readonly<Record<Language, RegExp>> = {
  // one person, bare or with a case or possessive ending: not a derived word (хандығы, министрлігі,
  // басшылығымен, президенттік) nor a plural, which is a class ("елдердің басшылары")
  kk: new RegExp(`(?<![\\p{L}])(?:${KK_ROLES})(?!л[ыі][қкғг]|д[ыі][қкғг]|т[ыі][қкғг]|[лдт][ае]р)\\p{L}{0,7}(?![\\p{L}])`, 'giu'),
  // not "поэтому" (therefore), nor the instrumental of a post held ("избран президентом")
  ru: /(?<![\p{L}])(?:поэт|писател|учён|учен|мыслител|просветител|хан|эмир|правител|цар|президент|премьер|министр|председател|руководител|полководц|полководец|муфти|имам|посол|губернатор)(?:а|у|е|ь|я|ю)?(?![\p{L}])/giu,
  // lower case: "the President of …", "the General Agreement" are titles, "the general staff" no person
  en: /(?<![\p{L}])the\s+(?:poet|writer|scholar|thinker|khan|emir|ruler|tsar|czar|shah|president|minister|chairman|leader|commander|mufti|imam|ambassador|governor|viceroy)(?![\p{L}])(?!\s+of\s+\p{Lu})/gu,
};

/** A name beside the role word: a capitalised word or initials right before or after it ("Әбілқайыр хан", "ақын Абай"). */
function nameBeside(text: string, start: number, end: number): boolean {
  return /\p{Lu}[\p{L}.-]*\s+$/u.test(text.slice(0, start)) || /^\s+\p{Lu}/u.test(text.slice(end));
}

/** A post someone takes or holds, not a person pointed at: "президенті болды", "хан болып сайланды", "ақын ретінде". */
const KK_PREDICATIVE = /^\s+(?:бол\p{L}*|ретінде|етіп|сайлан\p{L}*|тағайындал\p{L}*|жарияланды)(?![\p{L}])/iu;

function roleWithoutName(text: string, language: Language, named: ReadonlySet<EntityType>): boolean {
  if (named.has('person')) return false;
  return [...text.matchAll(ROLE_NOUNS[language])].some((match) => {
    const end = match.index + match[0].length;
    // a bare Kazakh role before a lower-case word qualifies it ("хан билігі", "ақын ретінде"): no one person
    if (language === 'kk' && ROLE_STEMS_KK.test(match[0]) && /^\s+\p{Ll}/u.test(text.slice(end))) return false;
    if (language === 'kk' && KK_PREDICATIVE.test(text.slice(end))) return false;
    return !nameBeside(text, match.index, end);
  });
}

/**
 * "The country" that the sentence never names: "в стране", "власти страны", "государство",
 * "the country's", "елде", "мемлекеттің". Blind reviewers asked "which country?" on every new
 * text (round 13: "государство", round 14: "в стране", "власти"). A name of a country, a place in
 * it, an organisation or a person in the sentence answers it ("Орыс хан мемлекетті нығайтты");
 * "every country", "другие страны", "көрші ел" are a class or another country, and "мемлекет
 * құрды" (founded a state) no state named before. Plural forms are a class and are not read.
 */
const UNNAMED_COUNTRY: Readonly<Record<Language, RegExp | undefined>> = {
  // singular, bare or with a case or possessive ending; not "мемлекеттік" (state, adjective), "елдер", "еліміз" (the author's own)
  kk: /(?<![\p{L}-])(?<!(?:әр|әрбір|барлық|кез келген|басқа|көрші|өз|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|\d+|бірнеше|көптеген|бір|қай|қандай|тәуелсіз|жаңа|шет)\s)(?:ел|мемлекет)(?:де|те|дің|тің|ге|ке|ді|ті|ден|тен|дегі|тегі|і|інде|індегі|інің|іне|ін|інен)?(?![\p{L}])(?!\s+(?:құр|айнал|ретінде|бол)\p{L}*)/iu,
  // the singular forms that are no plural ("страны" is both, and read only after a noun of one country: "власти страны")
  ru: /(?<![\p{L}])(?<!(?:каждой|каждая|каждую|любой|любая|любую|другой|другая|другую|соседней|соседняя|соседнюю|одной|одна|одну|иностранной|иностранного|каждого|любого|другого|соседнего|одного)\s)(?:стран(?:а|е|у|ой)|государств(?:о|у|ом|е)|(?:власт\p{L}*|правительств\p{L}*|президент\p{L}*|руководств\p{L}*|глав\p{L}*|столиц\p{L}*|экономик\p{L}*|населени\p{L}*|территори\p{L}*|истори\p{L}*|границ\p{L}*)\s+(?:страны|государства))(?![\p{L}])/iu,
  en: /(?<![\p{L}])the\s+(?:country|nation|republic)(?![\p{L}])(?!\s+of(?![\p{L}]))/iu,
};

/**
 * "The city" the sentence never names: "в городе", "города", "қалада", "қаланың" (English "the
 * city" is read with the bare nouns above). Blind review, round 16: "an unnamed город". A city
 * named in the sentence answers it, and so does a name right before the noun ("Алматы қаласы");
 * "каждый город", "ірі қалалар" are a class.
 */
const UNNAMED_CITY: Readonly<Record<Language, RegExp | undefined>> = {
  kk: /(?<![\p{L}])(?<!(?:\p{Lu}[\p{L}-]*|әр|әрбір|барлық|кез келген|басқа|ірі|көптеген|бірнеше|жаңа|бір|екі|үш)\s)қала(?:да|ның|ға|ны|дан|дағы|сы|сында|сының|сын)?(?![\p{L}])/u,
  ru: /(?<![\p{L}])(?<!(?:каждом|каждый|каждого|любом|любой|любого|другом|другой|другого|одном|один|одного|крупном|крупный|крупного|соседнем|соседний|соседнего|новый|новом|нового|Каждый|Любой|Новый|Один)\s)[Гг]ород(?:е|а|у|ом)?(?![\p{L}])(?!\s+[«"\p{Lu}])/u,
  en: undefined,
};

/**
 * "The lake", "the reservoir", "the plant" the sentence never names, anywhere in it: "көлдің
 * деңгейі", "су қоймасын толтыру", "кәсіпорын", "уровень озера", "водохранилище" (round 17:
 * "lake unnamed", "which reservoir?", "the enterprise, with no name" in a text on one lake). A
 * name of a lake, river or plant in the sentence answers it, and so does a name right before the
 * noun ("Балқаш көлі", "Капшагайское водохранилище"); a plural is a class. English reads "the lake",
 * "the reservoir" with the bare nouns above.
 */
// Russian: only the singular forms that are no plural ("озера", "водохранилища", "предприятия" are both)
const UNNAMED_WATER_OR_PLANT: Readonly<Record<Language, RegExp | undefined>> = {
  kk: /(?<![\p{L}])(?<!(?:\p{Lu}[\p{L}-]*|әр|барлық|басқа|ірі|көптеген|бірнеше|жаңа|бір|екі|үш|шағын|тұзды|тұщы)\s)(?:көл(?:дің|ге|ді|ден|де|дегі|і|інің|іне|ін|інде|інен)?|су қоймас\p{L}*|кәсіпорын\p{L}*|комбинат\p{L}*)(?![\p{L}])/u,
  ru: /(?<![\p{L}])(?<!(?:\p{Lu}\p{L}*(?:ое|ий|ый|ая|ского|ской|ском)|каждое|любое|другое|одно|крупное|новое)\s)(?:[Оо]зер(?:о|у|ом|е)|[Вв]одохранилищ(?:е|у|ем)|[Пп]редприяти(?:е|ю|ем)|[Кк]омбинат(?:а|у|ом|е)?)(?![\p{L}])(?!\s+[«"\p{Lu}])/u,
  en: undefined,
};

/**
 * "The plant" with no name of any kind that says which ("зауыт ұзақ уақыт бойы …", "завод
 * выпускал …"; round 21: "the plant, the enterprise: which?"). A city or a company named in the
 * sentence says which often enough ("Шымкент қорғасын зауыты"), so it answers the noun too.
 */
const UNNAMED_FACTORY: Readonly<Record<Language, RegExp | undefined>> = {
  kk: /(?<![\p{L}])зауыт\p{L}*/u,
  ru: /(?<![\p{L}])[Зз]авод(?:а|у|ом|е)?(?![\p{L}])/u,
  en: undefined,
};

/**
 * "The region" the sentence never names: "облысқа", "өңірге", "в область", "автономии" (round 25:
 * "which region?", "which autonomy?"). A name right before the noun ("Павлодар облысы") or a
 * region or city named in the sentence says which; a plural is a class.
 */
const UNNAMED_REGION: Readonly<Record<Language, RegExp | undefined>> = {
  kk: /(?<![\p{L}])(?<!(?:\p{Lu}[\p{L}-]*|әр|әрбір|барлық|басқа|көрші|көптеген|бірнеше|жаңа|бір|екі|үш)\s)(?:облыс|өңір)(?:қа|ға|та|де|тың|дің|ты|ді|тан|ден|тағы|дегі|ы|і|ында|інде|ының|інің|ына|іне|ын|ін)?(?![\p{L}])/u,
  ru: /(?<![\p{L}])(?<!(?:\p{Lu}\p{L}*(?:ая|ую|ой)|каждую|любую|другую|соседнюю|одну|новую)\s)(?:в|из|на)\s+(?:область|автономию|автономии)(?![\p{L}])(?!\s+[«"\p{Lu}])/u,
  en: undefined,
};

/**
 * A pronoun among a sentence's first words ("При её образовании …", "In its first years …",
 * "1920 жылы оның …"): what it stands for is in the sentence before (round 25: "её образовании",
 * whose?). Later in a sentence it often stands for a name of the same sentence, and is left.
 */
const EARLY_PRONOUN: Readonly<Record<Language, RegExp>> = {
  // not the copula of a definition ("ЕурАзЭҚ – ол … ұйым": it is)
  kk: /^(?:\S+\s+){0,2}(?<![–—-]\s)(?:оның|олардың|ол|олар)(?![\p{L}])/iu,
  ru: /^(?:\S+\s+){0,3}(?:его|её|ее|их)(?![\p{L}])/iu,
  en: /^(?:\S+\s+){0,2}(?:its|their)(?![\p{L}])/iu,
};

/**
 * Each noun above with the kinds of name that say which one it is: for "the country" its own name,
 * a place in it, a ruler of it, a khanate; for "the city" a city; for "the lake" or "the plant" a
 * lake, river or plant.
 */
const UNNAMED: readonly { readonly nouns: Readonly<Record<Language, RegExp | undefined>>; readonly answeredBy: readonly EntityType[] }[] = [
  { nouns: UNNAMED_COUNTRY, answeredBy: ['country', 'city', 'region', 'organisation', 'person'] },
  { nouns: UNNAMED_CITY, answeredBy: ['city'] },
  { nouns: UNNAMED_WATER_OR_PLANT, answeredBy: ['water', 'facility'] },
  { nouns: UNNAMED_FACTORY, answeredBy: ['facility', 'city', 'region', 'organisation'] },
  { nouns: UNNAMED_REGION, answeredBy: ['region', 'city'] },
];

/** Whether the sentence speaks of a country, city, lake or plant and names none that says which. */
function whichOneUnnamed(text: string, language: Language, named: ReadonlySet<EntityType>): boolean {
  return UNNAMED.some(({ nouns, answeredBy }) => !answeredBy.some((kind) => named.has(kind)) && (nouns[language]?.test(text) ?? false));
}

/** A Kazakh role word without an ending. */
const ROLE_STEMS_KK = new RegExp(`^(?:${KK_ROLES})$`, 'iu');

/**
 * Whether the sentence opens with a bare noun or names a time by pointing back. `named`: the
 * kinds of the names the sentence itself holds (English reads "the city" as a city it names).
 */
export function pointsBackByNoun(sentence: string, language: Language, named: ReadonlySet<EntityType> = NONE): boolean {
  const text = sentence.replace(/^[\s«"“„(–—-]+/u, '');
  // the Russian pattern tells names by their capital, so it reads the sentence's first letter in lower case
  const opening = language === 'ru' ? text.charAt(0).toLowerCase() + text.slice(1) : text;
  const bare = language === 'en'
    ? definiteOpening(opening) || [...opening.matchAll(BARE_NOUN_START.en)].some((match) => !answeredByName(match[1]!, named) || !nameBefore(opening, match.index))
    : BARE_NOUN_START[language].test(opening);
  // "the two countries" after the sentence has named countries counts them itself
  const counted = COUNTED_BACK[language].exec(text);
  const countedBack = counted !== null && !(/(?:countr|стран|государств|ел|мемлекет)/iu.test(counted[0]) && named.has('country'));
  return bare || TIME_POINTING_BACK[language].test(text) || countedBack || monthWithoutYear(text, language) || roleWithoutName(text, language, named)
    || ORDINAL_ALONG_TEXT[language].test(text) || (ADDITIVE[language]?.test(text) ?? false) || whichOneUnnamed(text, language, named)
    || EARLY_PRONOUN[language].test(text) || FOLLOWING_TIME_START[language].test(text);
}

const NONE: ReadonlySet<EntityType> = new Set();
