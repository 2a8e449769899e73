import { sentenceProblems } from '../../../src/quiz/checks';
import { POINTING_PROBLEMS } from '../../../src/quiz/checks/stem-hygiene';
import { splitSentences } from '../../../src/quiz/text';
import type { Language } from '../../../src/model/course';
import type { EntityType } from '../../../src/quiz/text/types';

const problemsOf = (text: string, language: Language) => sentenceProblems(splitSentences(text, language)[0]!, language);
/** The problems of a sentence whose names are of these kinds. */
const problemsNamed = (text: string, language: Language, named: readonly EntityType[]) => sentenceProblems(splitSentences(text, language)[0]!, language, new Set(named));

describe('a bare noun or a time that needs the sentence before points back', () => {
  it.each([
    ['kk', 'Келісім бойынша екі ел 2015 жылы газ құбырын бірге салды.'],
    ['kk', 'Станцияның құрылысы 2016 жылы қайта басталды деп жазылды.'],
    ['kk', 'Сол жылы екі ел жаңа сауда келісіміне қол қойды.'],
    ['ru', 'Соглашение предусматривает поставки газа до 2030 года.'],
    ['ru', 'Новая дорога должна была соединить Семипалатинск с Ташкентом.'],
    ['en', 'Observers of the OSCE concluded that the election did not meet international standards.'],
    ['en', 'Bakiyev answered the crisis with another constitutional reform in 2006.'],
    ['en', 'In the presidential election of 10 July 2005 he won about 89% of the votes.'],
    ['ru', 'Выборы прошли в 2005 году при низкой явке в Бишкеке.'],
    ['kk', 'Сайлау 2005 жылы шілдеде Бішкекте өтті.'],
    ['ru', 'В том же месяце стороны подписали новый документ о воде.'],
    ['en', 'The agreement was signed in 2015 by both sides of the dispute.'],
    ['en', 'The groundbreaking ceremony took place in 2016 near the river.'],
    ['en', 'In the same year the two states opened a new border crossing.'],
    ['kk', 'Канал 1954 жылы Әмудариядан су ала бастады деп айтылады.'],
    ['ru', 'Канал начал забирать воду из Амударьи в 1954 году.'],
    ['en', 'Kazakhstan joined in 2012, as the agency reported to parliament.'],
    ['en', 'By 2010 the study counted two million workers from Tajikistan.'],
    ['en', 'Water from the canal reached Ashgabat in 1962 for the first time.'],
    ['kk', 'Қыркүйекте ҰҚШҰ-ның 2025 жылға дейінгі ұжымдық қауіпсіздік стратегиясы қабылданды.'],
    ['ru', 'В сентябре министры пяти стран подписали меморандум о воде в Ташкенте.'],
    ['en', 'In September the ministers of five states signed a water memorandum in Tashkent.'],
  ] as const)('%s: «%s»', (language, sentence) => {
    // pointing back by a noun, a time, or a word that also points ("Сол жылы")
    expect(problemsOf(sentence, language).filter((found) => POINTING_PROBLEMS.has(found))).not.toEqual([]);
  });

  it.each([
    ['kk', 'Шанхай ынтымақтастық ұйымы 2001 жылы Шанхайда құрылды.'],
    ['ru', 'Соглашение о поставках газа подписано в 2015 году в Ташкенте.'],
    ['ru', 'Договор Казахстана и Узбекистана подписан в 1998 году в Ташкенте.'],
    ['en', 'The agreement of 1994 created a common economic space of three states.'],
    ['en', 'Water from the Karakum Canal reached Ashgabat in 1962 for the first time.'],
    ['en', 'In the year 1991 the five republics became independent states at once.'],
    ['en', 'The canal which links the Amu Darya with Ashgabat was opened in 1962.'],
    ['kk', '2018 жылы қыркүйекте министрлер Ташкентте су туралы меморандумға қол қойды.'],
    ['ru', 'Министры подписали меморандум о воде в сентябре 2018 года в Ташкенте.'],
    ['en', 'In September 2018 the ministers of five states signed a water memorandum in Tashkent.'],
  ] as const)('%s: a noun told by what follows or precedes stands alone: «%s»', (language, sentence) => {
    expect(problemsOf(sentence, language)).toEqual([]);
  });

  it('reads hyphenated initials as initials, not as a sentence end', () => {
    expect(splitSentences('Бұл мәселені Қ.-Ж.К. Токаева зерттеді. Екінші сөйлем осында.', 'kk').map((s) => s.text))
      .toEqual(['Бұл мәселені Қ.-Ж.К. Токаева зерттеді.', 'Екінші сөйлем осында.']);
  });
});

describe('English bare nouns a name of the same sentence answers', () => {
  const problems = (sentence: string, named: readonly EntityType[]) => sentenceProblems(splitSentences(sentence, 'en')[0]!, 'en', new Set(named));

  it.each([
    ['In 2018 Turkestan became the centre of a new region, and the government started building in the city.', ['city', 'country']],
    ['The Tengiz field lies on the north-eastern shore, and the field was discovered in 1979.', ['facility']],
  ] as const)('reads «%s» as naming what its noun is', (sentence, named) => {
    expect(problems(sentence, named)).toEqual([]);
  });

  it.each([
    ['In 2018 the government started building in the city.', ['country']],
    ['The agreement was signed in Astana in 1994.', ['city']],
  ] as const)('still points back when no name of the noun\'s kind stands beside it: «%s»', (sentence, named) => {
    expect(problems(sentence, named)).toContain('pointing-noun');
  });

  it('reads "a third of" as a share, not an ordinal counting along the text', () => {
    expect(problems('In Tajikistan remittances equal more than a third of GDP.', ['country'])).toEqual([]);
    expect(problems('The second direction of the reform was trade with China.', ['country'])).toContain('pointing-noun');
  });
});

describe('counts and times told from what was named before', () => {
  const problems = (sentence: string, language: Language, named: readonly EntityType[] = []) => sentenceProblems(splitSentences(sentence, language)[0]!, language, new Set(named));

  it.each([
    ['en', 'The two countries signed a border treaty in Bishkek in 2022.', ['city']],
    ['en', 'Twenty years later Osh again became the scene of violence.', ['city']],
    ['en', 'Uzbekistan turned instead towards Russia and China after 2005.', ['country']],
    ['ru', 'Обе страны подписали договор о границе в 2022 году.', []],
    ['ru', 'Десять лет спустя Целиноград стал крупным городом.', ['city']],
    ['kk', 'Екі ел 2022 жылы шекара туралы келісімге қол қойды.', []],
    ['kk', 'Он жылдан кейін Отырар қайта қалпына келді.', ['city']],
  ] as const)('%s: «%s» points back', (language, sentence, named) => {
    expect(problems(sentence, language, named)).toContain('pointing-noun');
  });

  it.each([
    ['kk', 'Қазақстан мен Өзбекстан екі ел арасындағы сауданы 2019 жылы арттырды.', ['country']],
    ['en', 'Instead of a customs union, Uzbekistan chose observer status in 2020.', ['country']],
  ] as const)('%s: «%s» names what it counts', (language, sentence, named) => {
    expect(problems(sentence, language, named)).not.toContain('pointing-noun');
  });
});

describe('English "The" and a common noun no name follows', () => {
  const problems = (sentence: string) => sentenceProblems(splitSentences(sentence, 'en')[0]!, 'en', new Set(['country']));

  it.each([
    'The main risk lay in Afghanistan.',
    'The most radical reform took place in Kyrgyzstan in 2005.',
    'The treaty on the union was signed in Astana in 2014.',
  ])('«%s» points back', (sentence) => {
    expect(problems(sentence)).toContain('pointing-noun');
  });

  it.each([
    'The government of Tajikistan opened its border in 1992.',
    'The Soviet leadership abolished the Turkestan republic in 1924.',
    'The treaty of 1996 created a common market of three states.',
    'The first consultative summit of the heads of state was held in Astana in 2018.',
    // a plural is often a class, not one thing named before
    'The downstream states opposed new dams in the 1990s.',
  ])('«%s» says which', (sentence) => {
    expect(problems(sentence)).not.toContain('pointing-noun');
  });
});

describe('English "too"', () => {
  const problems = (sentence: string) => sentenceProblems(splitSentences(sentence, 'en')[0]!, 'en', new Set(['country']));
  it('adds to another sentence at a clause end, not as "too high"', () => {
    expect(problems('Kyrgyzstan, too, joined the customs union in 2015.')).toContain('pointing-noun');
    expect(problems('Prices in Kazakhstan were too high for farmers in 2015.')).toEqual([]);
  });
});

describe('a time told from an event named before', () => {
  it.each([
    ['ru', 'С тех пор Ташкент связан с Оренбургом прямой железной дорогой.'],
    ['en', 'Since then Tashkent has been linked with Orenburg by a direct railway.'],
    ['kk', 'Содан бері Ташкент Орынбормен тікелей темір жол арқылы байланысты.'],
  ] as const)('%s: «%s» points back', (language, sentence) => {
    expect(sentenceProblems(splitSentences(sentence, language)[0]!, language, new Set(['city'])).some((found) => POINTING_PROBLEMS.has(found))).toBe(true);
  });
});

describe('a person named by a role only', () => {
  it.each([
    ['kk', 'Ақын 1845 жылы Шыңғыстауда дүниеге келді.'],
    ['kk', '1947 жылы ақынның туғанына 100 жыл толуы кең түрде аталып өтті.'],
    ['ru', 'В 1911 году поэт был арестован и провёл в тюрьме полтора года.'],
    ['en', 'By 2010 the family of the president controlled much of the economy.'],
  ] as const)('%s: who, when no name stands beside the role and the sentence names no one: «%s»', (language, sentence) => {
    expect(problemsOf(sentence, language)).toContain('pointing-noun');
  });

  it.each([
    ['kk', 'Ақын Абай 1845 жылы Шыңғыстауда дүниеге келді.'],
    ['kk', 'Әбілқайыр хан 1468 жылы қайтыс болды.'],
    ['kk', '1771 жылы Түркістанда Абылай үш жүздің ханы болып жарияланды.'],
    ['kk', '1822 жылғы жарғы бойынша Орта жүзде хан билігі жойылды.'],
    ['kk', '1990 жылы аймақ елдерінің басшылары Ташкентте кездесті.'],
    ['kk', '1731 жылы Кіші жүз хандығы Ресейдің қол астына кірді.'],
    ['ru', 'Экспорт зерна вырос в 2015 году, поэтому доходы аграриев увеличились.'],
    ['ru', 'В 1994 году на первых выборах его победитель был избран президентом страны.'],
    ['en', 'In 1991 the President of Kazakhstan signed the decree on the national currency.'],
    ['en', 'The date of 2 June 1955, when the general staff approved the structure, became official in 1956.'],
  ] as const)('%s: a name beside it, a post held, a class or another word: «%s»', (language, sentence) => {
    expect(problemsOf(sentence, language).filter((found) => found === 'pointing-noun')).toEqual([]);
  });
});

describe('"the country" the sentence never names', () => {

  it.each([
    ['ru', 'В 2012 году в стране был принят закон о средствах массовой информации.'],
    ['ru', 'Государство в 1996 году взяло под контроль назначение имамов.'],
    ['ru', 'В 2010 году власти страны отозвали студентов из зарубежных медресе.'],
    ['en', 'In 2016 the country ranked among the last in the press freedom index.'],
    ['en', "The election of 2005 changed the country's course."],
    ['kk', '2018 жылы елде жаңа астана бағдарламасы қабылданды.'],
    ['kk', 'Мемлекеттің 1997 жылғы шешімі көпшілікті таң қалдырды.'],
  ] as const)('%s: which country? «%s»', (language, sentence) => {
    expect(problemsNamed(sentence, language, [])).toContain('pointing-noun');
  });

  it.each([
    ['ru', 'В 2012 году в стране был принят закон о средствах массовой информации.', ['country']],
    ['ru', 'В 2012 году каждой стране региона выделили квоту на воду.', []],
    ['ru', 'Страны региона в 1992 году подписали соглашение в Ташкенте.', []],
    ['en', 'In 1991 the country of the Kazakhs declared independence.', []],
    ['en', 'In 2016 the country ranked among the last in the press freedom index.', ['country']],
    ['kk', '1997 жылы мемлекеттік тіл туралы заң қабылданды.', []],
    ['kk', '1992 жылы көрші ел Ташкентте келісімге қол қойды.', ['city']],
    ['kk', 'Әр ел 1992 жылы өз валютасын енгізуге дайындалды.', []],
    ['kk', 'Елдер 1992 жылы жаңа келісімге қол қойды.', []],
  ] as const)('%s: named, a class or another country: «%s»', (language, sentence, named) => {
    expect(problemsNamed(sentence, language, named).filter((found) => found === 'pointing-noun')).toEqual([]);
  });
});

describe('exhibitions, forums, rankings and "indeed" at the start', () => {
  it.each([
    ['kk', 'Көрме 2017 жылы маусымда ашылып, үш ай бойы жұмыс істеді.'],
    ['ru', 'Рейтинг поставил Туркменистан на одно из последних мест в 2016 году.'],
    ['en', 'The nomination was submitted to UNESCO in 2013 by three states.'],
  ] as const)('%s: a bare noun: «%s»', (language, sentence) => {
    expect(problemsOf(sentence, language)).toContain('pointing-noun');
  });

  it.each([
    ['kk', 'Шынында да, 1990 жылдардың ортасында экономика қиын жағдайда болды.'],
    ['ru', 'Действительно, в 1994 году экономика переживала глубокий спад.'],
  ] as const)('%s: agrees with the sentence before: «%s»', (language, sentence) => {
    expect(problemsOf(sentence, language).some((found) => POINTING_PROBLEMS.has(found))).toBe(true);
  });
});

describe('"the state" a ruler of the sentence answers, or one founded', () => {
  it.each([
    ['kk', 'Ақ Орданың билеушісі Орыс хан 1370 жылдары мемлекетті нығайтты.', ['person']],
    ['kk', 'Қасым хан 1511 жылы Қазақ хандығын күшті мемлекетке айналдырды.', []],
    ['kk', '1465 жылы сұлтандар жаңа мемлекет құрды.', []],
  ] as const)('%s: «%s»', (language, sentence, named) => {
    expect(problemsNamed(sentence, language, named).filter((found) => found === 'pointing-noun')).toEqual([]);
  });
});

describe('"the city" the sentence never names', () => {

  it.each([
    ['ru', 'К 1970 году население в городе превысило полтора миллиона человек.', []],
    ['kk', '1966 жылы қаланың орталығы толық қираған жоқ.', []],
    ['ru', 'Рядом в 1996 году открылся музей памяти жертв землетрясения.', ['city']],
    // from where? (round 20)
    ['ru', 'Отсюда начиналась одна из главных дорог в Кашгар в 1890 году.', ['city']],
  ] as const)('%s: which city? «%s»', (language, sentence, named) => {
    expect(problemsNamed(sentence, language, named).some((found) => POINTING_PROBLEMS.has(found))).toBe(true);
  });

  it.each([
    ['ru', 'К 1970 году население в городе превысило полтора миллиона человек.', ['city']],
    ['ru', 'В 1970 году город Ташкент стал крупнейшим в регионе.', []],
    ['ru', 'В 1970 году каждый город республики получил план застройки.', []],
    ['kk', '1966 жылы Алматы қаласы жаңа жоспар қабылдады.', []],
    ['kk', '1966 жылы ірі қалалар жаңа жоспар қабылдады.', []],
  ] as const)('%s: named or a class: «%s»', (language, sentence, named) => {
    expect(problemsNamed(sentence, language, named).filter((found) => found === 'pointing-noun')).toEqual([]);
  });
});

describe('"the lake", "the reservoir", "the plant" the sentence never names', () => {

  it.each([
    ['kk', '1970 жылдан кейін көлдің деңгейі айтарлықтай төмендеді.', []],
    ['kk', '1970 жылы су қоймасын толтыру басталды.', []],
    ['ru', 'В 1970 году в озере начался быстрый спад уровня.', []],
    ['ru', 'Водохранилище заполняли с 1970 по 1980 год.', []],
    ['en', 'Born in the Ili region in 1896, he came to Semirechye as a child.', ['region']],
  ] as const)('%s: which one? «%s»', (language, sentence, named) => {
    expect(problemsNamed(sentence, language, named).some((found) => POINTING_PROBLEMS.has(found))).toBe(true);
  });

  it.each([
    ['kk', '1970 жылдан кейін Балқаш көлінің деңгейі айтарлықтай төмендеді.', []],
    ['kk', '1970 жылдан кейін көлдің деңгейі айтарлықтай төмендеді.', ['water']],
    ['ru', 'В 1970 году в озере Балхаш начался быстрый спад уровня.', []],
    ['ru', 'В 1970 году Капшагайское водохранилище начали заполнять.', []],
    ['en', 'Born in the Ili region in 1896, Shivaza came to Semirechye, where he studied.', ['region', 'person']],
  ] as const)('%s: named: «%s»', (language, sentence, named) => {
    expect(problemsNamed(sentence, language, named).filter((found) => POINTING_PROBLEMS.has(found))).toEqual([]);
  });
});

describe('round 21: uprisings, populations, capitals, plants and evenings the sentence never names', () => {
  it.each([
    ['ru', 'Восстание было жестоко подавлено в 1916 году.', []],
    ['ru', 'Население было пёстрым уже в 1900 году.', []],
    ['ru', 'К вечеру 7 апреля 2010 года правительство пало.', ['country']],
    ['ru', 'В 1941 году завод выпускал снаряды для фронта.', []],
    ['kk', 'Халқы 1926 жылы елу мыңнан асты.', []],
    ['kk', 'Соғыс жылдары зауыт майданға оқ-дәрі шығарды.', []],
    ['en', 'In 1920 the Young Khivans seized power in the capital.', ['organisation']],
    ['en', 'The others, however, reached the oasis in May 1873.', []],
  ] as const)('%s: which one? «%s»', (language, sentence, named) => {
    expect(problemsNamed(sentence, language, named).some((found) => POINTING_PROBLEMS.has(found))).toBe(true);
  });

  it.each([
    ['kk', '1934 жылы Шымкент қорғасын зауыты іске қосылды.', ['city']],
    ['ru', 'В 1941 году Шымкентский свинцовый завод выпускал снаряды.', ['city']],
    ['en', 'In 1926 the capital of the Kyrgyz ASSR was renamed Frunze.', ['region']],
  ] as const)('%s: named: «%s»', (language, sentence, named) => {
    expect(problemsNamed(sentence, language, named).filter((found) => POINTING_PROBLEMS.has(found))).toEqual([]);
  });
});

describe('round 25: a fortress, a region, both of two, a pronoun or a journey back that the sentence never names', () => {
  it.each([
    ['kk', 'Екі ескерткіш те 1982 жылы қорғауға алынды.', []],
    ['kk', 'Екеуіне де 1944 жылы батыр атағы берілді.', []],
    ['kk', 'Қайтар жолда, 1720 жылы, отряд бекініс салды.', ['person']],
    ['kk', 'Кейінгі онжылдықтарда бекініс оңтүстік шекарадан алыстап қалды.', []],
    ['kk', 'Бекініс 1868 жылы қала мәртебесін алды.', []],
    ['kk', '1954 жылы облысқа алғашқы эшелондар келді.', []],
    ['kk', 'Аңыз бойынша ол 1726 жылы жасалған.', []],
    ['ru', 'В том же 1924 году республика получила новый статус.', []],
    ['ru', 'Решение о её образовании было принято в октябре 1924 года.', []],
    ['ru', 'Уже весной 1954 года в область начали прибывать первые эшелоны.', []],
    ['ru', 'В 1993 году МОК признал оба комитета.', ['organisation']],
    ['ru', 'В последующие годы сум продолжал ослабевать.', []],
    ['ru', 'На обратном пути отряд основал крепость в 1720 году.', []],
    ['en', 'In return, Kyrgyzstan received coal and gas in winter.', ['country']],
    ['en', 'The smaller station started its first unit in 2010.', []],
    ['en', 'Both monuments were restored in 2002.', []],
    ['en', 'In 1939 the territory became a separate region.', []],
    ['en', 'In the following decades the fortress lost its military role.', []],
    ['en', 'In its first years the museum had no building.', []],
  ] as const)('%s: which one? «%s»', (language, sentence, named) => {
    expect(problemsNamed(sentence, language, named).some((found) => POINTING_PROBLEMS.has(found))).toBe(true);
  });

  it.each([
    ['kk', 'Соғыстан кейінгі онжылдықта Алматы киностудиясы деректі фильмдер шығарды.', ['city', 'organisation']],
    ['kk', 'ЕурАзЭҚ – ол Орталық Азия мемлекеттері мүше болған ұйым.', ['organisation']],
    ['kk', '1954 жылы Павлодар облысына алғашқы эшелондар келді.', ['region']],
    ['ru', 'В 2012 году в Узбекистане вышло постановление, а в последующие годы его дополнили.', ['country']],
    ['ru', 'В 1954 году в Павлодарскую область прибыли первые эшелоны.', ['region']],
    ['en', 'In 2004 Kazakhstan introduced a test that serves both as a school-leaving test and as an entrance examination.', ['country']],
    ['en', 'Both farmers and herders moved to Naryn in the 1930s.', ['city']],
    ['en', 'The collapse of the Soviet Union in 1991 broke the economic links of the region.', ['country']],
  ] as const)('%s: named or not pointing: «%s»', (language, sentence, named) => {
    expect(problemsNamed(sentence, language, named).filter((found) => POINTING_PROBLEMS.has(found))).toEqual([]);
  });
});

describe('round 26: a city named only after it, a khanate, a museum, "here" and "however"', () => {
  it.each([
    ['en', 'Outside the city, the ruins of Nisa were excavated in 1930.', ['city']],
    ['en', 'By 1991, however, only the tunnels had been completed.', []],
    ['en', 'The first settlers arrived here in 1881.', []],
    ['en', 'In 1709 the khanate broke away from Bukhara.', ['city']],
    ['ru', 'Поселение возникло здесь в VII веке.', []],
    ['ru', 'Город, однако, быстро рос после 1950 года.', []],
    ['ru', 'Ханство стало независимым в 1709 году.', []],
    ['kk', 'Кен орны 1990 жылы өнім бере бастады.', []],
    ['kk', 'Хандық 1709 жылы Бұхарадан бөлінді.', ['city']],
  ] as const)('%s: which one? «%s»', (language, sentence, named) => {
    expect(problemsNamed(sentence, language, named).some((found) => POINTING_PROBLEMS.has(found))).toBe(true);
  });

  it.each([
    ['en', 'In 2018 Turkestan became a regional centre, and the city grew quickly.', ['city']],
    ['en', 'In 1709 the Kokand Khanate broke away from Bukhara.', ['country', 'city']],
    ['ru', 'В 1709 году Кокандское ханство стало независимым.', ['country']],
  ] as const)('%s: named: «%s»', (language, sentence, named) => {
    expect(problemsNamed(sentence, language, named).filter((found) => POINTING_PROBLEMS.has(found))).toEqual([]);
  });
});
