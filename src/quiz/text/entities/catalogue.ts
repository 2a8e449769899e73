/**
 * The curated entity catalogue of the course text: one id per entity, every spelling the text
 * uses (typos included: without them a distractor could be the key under another spelling).
 * Curated from the counts that test/quiz/text/corpus-candidates.ts lists for the source text.
 */
import type { Entity } from './types';

const country = (id: string, group: Entity['group'], kk: string[], ru: string[], en: string[]): Entity =>
  ({ id, type: 'country', group, names: { kk, ru, en } });
const city = (id: string, group: Entity['group'], kk: string[], ru: string[], en: string[]): Entity =>
  ({ id, type: 'city', group, names: { kk, ru, en } });
const region = (id: string, kk: string[], ru: string[], en: string[]): Entity =>
  ({ id, type: 'region', group: 'world-region', names: { kk, ru, en } });
const water = (id: string, group: Entity['group'], kk: string[], ru: string[], en: string[]): Entity =>
  ({ id, type: 'water', group, names: { kk, ru, en } });
const organisation = (
  id: string, group: Entity['group'], acronyms: { kk: string[]; ru?: string[]; en?: string[] }, full: { kk: string[]; ru?: string[]; en?: string[] },
): Entity => ({
  id, type: 'organisation', group,
  names: { kk: [...acronyms.kk, ...full.kk], ru: [...(acronyms.ru ?? []), ...(full.ru ?? [])], en: [...(acronyms.en ?? []), ...(full.en ?? [])] },
  fullName: { kk: full.kk, ...(full.ru ? { ru: full.ru } : {}), ...(full.en ? { en: full.en } : {}) },
});
const person = (
  id: string, group: Entity['group'], surnames: { kk: string[]; ru?: string[]; en?: string[] }, initials: string[], given: string[] = [],
): Entity => ({ id, type: 'person', group, names: surnames, initials, ...(given.length ? { givenNames: { kk: given } } : {}) });

export const COUNTRIES: readonly Entity[] = [
  country('kazakhstan', 'central-asia', ['Қазақстан', 'ҚР', 'Казақстан', 'Қазақастан', 'Қзақстан', 'Казахстан'], ['Казахстан', 'РК'], ['Kazakhstan']),
  country('uzbekistan', 'central-asia', ['Өзбекстан', 'ӨР', 'Өзбестан', 'Өбекстан', 'Өзбектсан', 'Өзбкстан'], ['Узбекистан', 'РУз'], ['Uzbekistan']),
  country('kyrgyzstan', 'central-asia', ['Қырғызстан', 'Қырғыстан', 'Кырғыстан', 'Қызғызстан'], ['Кыргызстан', 'Киргизия'], ['Kyrgyzstan']),
  country('tajikistan', 'central-asia', ['Тәжікстан', 'Тәжікістан', 'Тәжістан'], ['Таджикистан'], ['Tajikistan']),
  country('turkmenistan', 'central-asia', ['Түркменстан', 'Түркменістан', 'Түрікменстан', 'Түркіменстан'], ['Туркменистан', 'Туркмения'], ['Turkmenistan']),
  country('afghanistan', 'neighbour', ['Ауғанстан', 'Ауғаныстан'], ['Афганистан'], ['Afghanistan']),
  country('russia', 'neighbour', ['Ресей', 'Ресей Федерациясы'], ['Россия', 'РФ'], ['Russia']),
  country('china', 'neighbour', ['Қытай', 'ҚХР', 'Кытай', 'Қыттай'], ['Китай', 'КНР'], ['China']),
  country('iran', 'neighbour', ['Иран'], ['Иран'], ['Iran']),
  country('mongolia', 'east-asia', ['Монғолия', 'Моңғолия'], ['Монголия'], ['Mongolia']),
  country('usa', 'americas', ['АҚШ', 'Америка Құрама Штаттары', 'Құрама Штаттар'], ['США'], ['USA', 'U.S.', 'United States']),
  country('turkey', 'middle-east', ['Түркия', 'Рүркия'], ['Турция'], ['Turkey', 'Türkiye']),
  country('india', 'south-asia', ['Үндістан'], ['Индия'], ['India']),
  country('pakistan', 'south-asia', ['Пәкістан'], ['Пакистан'], ['Pakistan']),
  country('japan', 'east-asia', ['Жапония'], ['Япония'], ['Japan']),
  country('south-korea', 'east-asia', ['Оңтүстік Корея'], ['Южная Корея'], ['South Korea']),
  country('north-korea', 'east-asia', ['Солтүстік Корея'], ['Северная Корея'], ['North Korea']),
  country('korea', 'east-asia', ['Корея'], ['Корея'], ['Korea']),
  country('germany', 'europe', ['Германия'], ['Германия'], ['Germany']),
  country('france', 'europe', ['Франция'], ['Франция'], ['France']),
  country('switzerland', 'europe', ['Швейцария'], ['Швейцария'], ['Switzerland']),
  country('sweden', 'europe', ['Швеция'], ['Швеция'], ['Sweden']),
  country('belarus', 'europe', ['Беларусь', 'Беларусия', 'Белоруссия'], ['Беларусь'], ['Belarus']),
  country('armenia', 'europe', ['Армения'], ['Армения'], ['Armenia']),
  country('syria', 'middle-east', ['Сирия'], ['Сирия'], ['Syria']),
  country('saudi-arabia', 'middle-east', ['Сауд Арабиясы', 'Сауд Арабия'], ['Саудовская Аравия'], ['Saudi Arabia']),
  country('libya', 'africa', ['Ливия'], ['Ливия'], ['Libya']),
];

export const CITIES: readonly Entity[] = [
  city('astana', 'central-asian-city', ['Астана', 'Нұр-Сұлтан', 'Нұр- Сұлтан', 'Нұр Сұлтан'], ['Астана', 'Нур-Султан'], ['Astana', 'Nur-Sultan']),
  city('almaty', 'central-asian-city', ['Алматы'], ['Алматы', 'Алма-Ата'], ['Almaty']),
  city('shymkent', 'central-asian-city', ['Шымкент'], ['Шымкент'], ['Shymkent']),
  city('turkistan', 'central-asian-city', ['Түркістан'], ['Туркестан'], ['Turkistan']),
  city('semey', 'central-asian-city', ['Семей'], ['Семей'], ['Semey']),
  city('kostanay', 'central-asian-city', ['Қостанай'], ['Костанай'], ['Kostanay']),
  city('saryagash', 'central-asian-city', ['Сарыағаш'], ['Сарыагаш'], ['Saryagash']),
  city('tashkent', 'central-asian-city', ['Ташкент'], ['Ташкент'], ['Tashkent']),
  city('samarkand', 'central-asian-city', ['Самарқанд', 'Самарканд'], ['Самарканд'], ['Samarkand']),
  city('bukhara', 'central-asian-city', ['Бұхара', 'Бухара'], ['Бухара'], ['Bukhara']),
  city('bishkek', 'central-asian-city', ['Бішкек'], ['Бишкек'], ['Bishkek']),
  city('dushanbe', 'central-asian-city', ['Душанбе'], ['Душанбе'], ['Dushanbe']),
  city('ashgabat', 'central-asian-city', ['Ашхабад', 'Ашғабат'], ['Ашхабад'], ['Ashgabat']),
  city('turkmenbashi', 'central-asian-city', ['Түркменбашы'], ['Туркменбаши'], ['Turkmenbashi']),
  city('balasagun', 'central-asian-city', ['Баласағұн'], ['Баласагун'], ['Balasagun']),
  city('moscow', 'foreign-city', ['Мәскеу'], ['Москва'], ['Moscow']),
  city('beijing', 'foreign-city', ['Бейжің', 'Пекин'], ['Пекин'], ['Beijing']),
  city('shanghai', 'foreign-city', ['Шанхай'], ['Шанхай'], ['Shanghai']),
  city('washington', 'foreign-city', ['Вашингтон'], ['Вашингтон'], ['Washington']),
  city('brussels', 'foreign-city', ['Брюссель'], ['Брюссель'], ['Brussels']),
  city('venice', 'foreign-city', ['Венеция'], ['Венеция'], ['Venice']),
  city('ghent', 'foreign-city', ['Гент'], ['Гент'], ['Ghent']),
];

export const REGIONS: readonly Entity[] = [
  region('central-asia', ['Орталық Азия', 'ОА', 'Орталық Азтя'], ['Центральная Азия', 'ЦА'], ['Central Asia']),
  region('greater-central-asia', ['Үлкен Орталық Азия'], ['Большая Центральная Азия'], ['Greater Central Asia']),
  region('middle-asia', ['Орта Азия', 'Ортаңғы Азия'], ['Средняя Азия'], ['Middle Asia']),
  region('south-asia', ['Оңтүстік Азия'], ['Южная Азия'], ['South Asia']),
  region('east-asia', ['Шығыс Азия'], ['Восточная Азия'], ['East Asia']),
  region('west-asia', ['Батыс Азия'], ['Западная Азия'], ['West Asia']),
  region('asia', ['Азия'], ['Азия'], ['Asia']),
  region('europe', ['Еуропа'], ['Европа'], ['Europe']),
  region('eurasia', ['Еуразия', 'Евразия'], ['Евразия'], ['Eurasia']),
  region('middle-east', ['Таяу Шығыс', 'Таяушығыс'], ['Ближний Восток'], ['Middle East']),
  region('south-caucasus', ['Оңтүстік Кавказ'], ['Южный Кавказ'], ['South Caucasus']),
  region('north-africa', ['Солтүстік Африка'], ['Северная Африка'], ['North Africa']),
  region('ferghana-valley', ['Ферғана', 'Фергана'], ['Фергана'], ['Ferghana']),
  region('america', ['Америка'], ['Америка'], ['America']),
];

export const WATERS: readonly Entity[] = [
  water('aral-sea', 'sea', ['Арал теңізі', 'Арал'], ['Аральское море'], ['Aral Sea']),
  water('caspian-sea', 'sea', ['Каспий теңізі', 'Каспий'], ['Каспийское море'], ['Caspian Sea']),
  water('syr-darya', 'river', ['Сырдария'], ['Сырдарья'], ['Syr Darya']),
  water('amu-darya', 'river', ['Әмудария'], ['Амударья'], ['Amu Darya']),
];

export const ORGANISATIONS: readonly Entity[] = [
  organisation('sco', 'regional-organisation', { kk: ['ШЫҰ', 'ШОС'], ru: ['ШОС'], en: ['SCO'] },
    { kk: ['Шанхай ынтымақтастық ұйым'], ru: ['Шанхайская организация сотрудничества'], en: ['Shanghai Cooperation Organisation'] }),
  organisation('csto', 'regional-organisation', { kk: ['ҰҚШҰ', 'ҰҚҰШ', 'ҰҚЫҰ'], ru: ['ОДКБ'], en: ['CSTO'] },
    { kk: ['Ұжымдық қауіпсіздік шарт ұйым', 'Ұжымдық қауіпсіздік туралы шарт ұйым', 'Ұжымдық қауіпсіздік ұйым'], ru: ['Организация Договора о коллективной безопасности'], en: ['Collective Security Treaty Organization'] }),
  organisation('un', 'global-organisation', { kk: ['БҰҰ'], ru: ['ООН'], en: ['UN'] },
    { kk: ['Біріккен Ұлттар Ұйым'], ru: ['Организация Объединённых Наций'], en: ['United Nations'] }),
  organisation('eurasec', 'regional-organisation', { kk: ['ЕурАзЭҚ', 'ЕурАзЭО', 'ЕврАзЭО', 'ЕурЭҚ'], ru: ['ЕврАзЭС'], en: ['EurAsEC'] },
    { kk: ['Еуразиялық экономикалық қоғамдастық', 'Еуразиялық экономикалық ынтымақтастық'], ru: ['Евразийское экономическое сообщество'], en: ['Eurasian Economic Community'] }),
  organisation('eaeu', 'regional-organisation', { kk: ['ЕАЭО', 'ЕЭО'], ru: ['ЕАЭС'], en: ['EAEU'] },
    { kk: ['Еуразиялық экономикалық одақ', 'Еуразиялық экономикалық ұйым'], ru: ['Евразийский экономический союз'], en: ['Eurasian Economic Union'] }),
  organisation('cis', 'regional-organisation', { kk: ['ТМД'], ru: ['СНГ'], en: ['CIS'] },
    { kk: ['Тәуелсіз Мемлекеттер Достастығы'], ru: ['Содружество Независимых Государств'], en: ['Commonwealth of Independent States'] }),
  organisation('nato', 'global-organisation', { kk: ['НАТО'], ru: ['НАТО'], en: ['NATO'] },
    { kk: ['Солтүстік Атлантикалық келісім ұйым', 'Солтүстік Атлантикалық шарт ұйым'], ru: ['Организация Североатлантического договора'], en: ['North Atlantic Treaty Organization'] }),
  organisation('eu', 'regional-organisation', { kk: ['ЕО'], ru: ['ЕС'], en: ['EU'] },
    { kk: ['Еуропалық Одақ'], ru: ['Европейский союз'], en: ['European Union'] }),
  organisation('osce', 'regional-organisation', { kk: ['ЕҚЫҰ', 'ЕҚҰЫ'], ru: ['ОБСЕ'], en: ['OSCE'] },
    { kk: ['Еуропадағы қауіпсіздік және ынтымақтастық ұйым'], ru: ['Организация по безопасности и сотрудничеству в Европе'], en: ['Organization for Security and Co-operation in Europe'] }),
  organisation('cica', 'regional-organisation', { kk: ['АӨСШК'], ru: ['СВМДА'], en: ['CICA'] },
    { kk: ['Азиядағы өзара іс-қимыл және сенім шаралары жөніндегі кеңес'], ru: ['Совещание по взаимодействию и мерам доверия в Азии'], en: ['Conference on Interaction and Confidence-Building Measures in Asia'] }),
  organisation('caco', 'regional-organisation', { kk: ['ОАЫҰ'], ru: ['ОЦАС'], en: ['CACO'] },
    { kk: ['Орталық Азиялық ынтымақтастық ұйым'], ru: ['Организация Центральноазиатского сотрудничества'], en: ['Central Asian Cooperation Organization'] }),
  organisation('wto', 'global-organisation', { kk: ['ДСҰ'], ru: ['ВТО'], en: ['WTO'] },
    { kk: ['Дүниежүзілік сауда ұйым'], ru: ['Всемирная торговая организация'], en: ['World Trade Organization'] }),
  organisation('who', 'global-organisation', { kk: ['ДДСҰ'], ru: ['ВОЗ'], en: ['WHO'] },
    { kk: ['Дүниежүзілік денсаулық сақтау ұйым'], ru: ['Всемирная организация здравоохранения'], en: ['World Health Organization'] }),
  organisation('unesco', 'global-organisation', { kk: ['ЮНЕСКО'], ru: ['ЮНЕСКО'], en: ['UNESCO'] }, { kk: [] }),
  organisation('sreb', 'initiative', { kk: ['SREB'], en: ['SREB'] },
    { kk: ['Жібек жолының экономикалық белдеуі'], ru: ['Экономический пояс Шёлкового пути'], en: ['Silk Road Economic Belt'] }),
];

export const PEOPLE: readonly Entity[] = [
  person('person-nazarbayev', 'head-of-state', { kk: ['Назарбаев'], ru: ['Назарбаев'], en: ['Nazarbayev'] }, ['Н.Ә.', 'Н.'], ['Нұрсұлтан']),
  person('person-tokayev', 'head-of-state', { kk: ['Тоқаев', 'Токаев'], ru: ['Токаев'], en: ['Tokayev'] }, ['Қ.К.', 'Қ.', 'К.К.'], ['Қасым-Жомарт', 'Қасым- Жомарт', 'Қасым Жомарт']),
  person('person-mirziyoyev', 'head-of-state', { kk: ['Мирзиеев', 'Мирзиёев', 'Мирзеев', 'Мирзиее'], ru: ['Мирзиёев', 'Мирзиеев'], en: ['Mirziyoyev'] }, ['Ш.М.', 'Ш.'], ['Шавкат']),
  person('person-karimov', 'head-of-state', { kk: ['Каримов'], ru: ['Каримов'], en: ['Karimov'] }, ['И.А.', 'И.'], ['Ислам']),
  person('person-akayev', 'head-of-state', { kk: ['Ақаев', 'Акаев'], ru: ['Акаев'], en: ['Akayev'] }, ['А.'], ['Асқар', 'Аскар']),
  person('person-tileuberdi', 'politician', { kk: ['Тілеуберді'], ru: ['Тлеуберди'], en: ['Tileuberdi'] }, ['М.'], ['Мұхтар']),
  person('person-idrisov', 'politician', { kk: ['Идрисов'], ru: ['Идрисов'], en: ['Idrissov'] }, ['Е.'], ['Ерлан']),
  person('person-abdrakhmanov', 'politician', { kk: ['Абдрахманов'], ru: ['Абдрахманов'], en: ['Abdrakhmanov'] }, ['Қ.', 'К.'], ['Қайрат']),
  person('person-kamilov', 'politician', { kk: ['Камилов'], ru: ['Камилов'], en: ['Kamilov'] }, ['А.'], ['Абдулазиз']),
  person('person-aripov', 'politician', { kk: ['Арипов'], ru: ['Арипов'], en: ['Aripov'] }, ['А.'], ['Абдулла']),
  person('person-pompeo', 'politician', { kk: ['Помпео'], ru: ['Помпео'], en: ['Pompeo'] }, ['М.'], ['Майк']),
  person('person-primakov', 'politician', { kk: ['Примаков'], ru: ['Примаков'], en: ['Primakov'] }, ['Е.'], ['Евгений']),
  person('person-wallerstein', 'scholar', { kk: ['Валлерстайн'], ru: ['Валлерстайн'], en: ['Wallerstein'] }, ['И.'], ['Иммануил']),
  person('person-mackinder', 'scholar', { kk: ['Маккиндер'], ru: ['Маккиндер'], en: ['Mackinder'] }, ['Х.'], ['Хэлфорд']),
  person('person-mahan', 'scholar', { kk: ['Мэхан', 'Мэхэн'], ru: ['Мэхэн'], en: ['Mahan'] }, ['А.'], ['Альфред']),
  person('person-morgenthau', 'scholar', { kk: ['Моргентау', 'Моргенту'], ru: ['Моргентау'], en: ['Morgenthau'] }, ['Х.', 'Г.'], ['Ганс']),
  person('person-starr', 'scholar', { kk: ['Старр'], ru: ['Старр'], en: ['Starr'] }, ['Ф.', 'С.Ф.'], ['Фредерик']),
  person('person-becattini', 'scholar', { kk: ['Бекаттини'], ru: ['Бекаттини'], en: ['Becattini'] }, ['Дж.'], ['Джакомо']),
  person('person-piore', 'scholar', { kk: ['Пиоре'], ru: ['Пиоре'], en: ['Piore'] }, ['М.'], ['Майкл']),
  person('person-huntington', 'scholar', { kk: ['Хантингтон'], ru: ['Хантингтон'], en: ['Huntington'] }, ['С.'], ['Сэмюэл']),
  person('person-robertson', 'scholar', { kk: ['Робертсон'], ru: ['Робертсон'], en: ['Robertson'] }, ['Р.'], ['Роланд']),
  person('person-gaddis', 'scholar', { kk: ['Гаддис'], ru: ['Гэддис'], en: ['Gaddis'] }, ['Дж.'], ['Джон']),
  person('person-wendt', 'scholar', { kk: ['Вендт'], ru: ['Вендт'], en: ['Wendt'] }, ['А.'], ['Александр']),
  person('person-onuf', 'scholar', { kk: ['Онуф'], ru: ['Онуф'], en: ['Onuf'] }, ['Н.'], ['Николас']),
  person('person-balassa', 'scholar', { kk: ['Баллаш', 'Балаш'], ru: ['Баласса'], en: ['Balassa'] }, ['Б.'], ['Бела']),
  person('person-humboldt', 'scholar', { kk: ['Гумбольдт'], ru: ['Гумбольдт'], en: ['Humboldt'] }, ['А.'], ['Александр']),
  person('person-suyunbaev', 'scholar', { kk: ['Сүйінбаев', 'Суюнбаев'], ru: ['Суюнбаев'], en: ['Suyunbayev'] }, ['М.'], []),
  person('person-laumulin', 'scholar', { kk: ['Лаумулин'], ru: ['Лаумулин'], en: ['Laumulin'] }, ['М.Т.', 'М.'], ['Мурат']),
  person('person-pomfret', 'scholar', { kk: ['Помфрет', 'Пофмрет'], ru: ['Помфрет'], en: ['Pomfret'] }, ['Р.'], ['Ричард']),
  person('person-echeverri', 'scholar', { kk: ['Эчвери', 'Эчевери'], ru: ['Эчеверри'], en: ['Echeverri'] }, ['П.'], []),
  person('person-sultanov', 'scholar', { kk: ['Сұлтанов', 'Султанов'], ru: ['Султанов'], en: ['Sultanov'] }, ['Б.', 'Б.К.'], ['Бұлат']),
  person('person-laruelle', 'scholar', { kk: ['Ларюэль'], ru: ['Ларюэль'], en: ['Laruelle'] }, ['М.'], ['Марлен']),
  person('person-peyrouse', 'scholar', { kk: ['Пейруз'], ru: ['Пейруз'], en: ['Peyrouse'] }, ['С.'], ['Себастьян']),
  person('person-cohen', 'scholar', { kk: ['Коэн', 'Коен'], ru: ['Коэн'], en: ['Cohen'] }, ['А.'], ['Ариель']),
  person('person-grant', 'scholar', { kk: ['Грант'], ru: ['Грант'], en: ['Grant'] }, ['Дж.'], ['Джеймс']),
  person('person-jalili', 'scholar', { kk: ['Джалили'], ru: ['Джалили'], en: ['Jalili'] }, ['М.'], []),
  person('person-pujol', 'scholar', { kk: ['Пужоль'], ru: ['Пужоль'], en: ['Pujol'] }, ['К.'], []),
  person('person-tolipov', 'scholar', { kk: ['Толипов'], ru: ['Толипов'], en: ['Tolipov'] }, ['Ф.'], ['Фарход']),
  person('person-mosca', 'scholar', { kk: ['Моска'], ru: ['Моска'], en: ['Mosca'] }, ['Г.'], ['Гаэтано']),
  person('person-pareto', 'scholar', { kk: ['Парето'], ru: ['Парето'], en: ['Pareto'] }, ['В.'], ['Вильфредо']),
];

/** Every entity, in a fixed order (the order ties are broken in). */
export const CATALOGUE: readonly Entity[] = [...COUNTRIES, ...CITIES, ...REGIONS, ...WATERS, ...ORGANISATIONS, ...PEOPLE];
