import { defaultCatalogue, withLearned } from '../../../src/quiz/text/entities/catalogue';
import { findEntities } from '../../../src/quiz/text/entities/find';
import { learnEntities } from '../../../src/quiz/text/entities/learn';
import { oneEditApart, VariantIndex } from '../../../src/quiz/text/entities/variants';
import type { Language } from '../../../src/model/course';

const learn = (sentences: string[], language: Language) => learnEntities(sentences, language, defaultCatalogue());
const kinds = (sentences: string[], language: Language) =>
  learn(sentences, language).entities.map((entity) => [entity.names[language]?.[0], entity.type, entity.group ?? null]);

describe('entities learned from the text', () => {
  it('types Kazakh names by the head noun after them, acronyms by their full name, quoted names by their head', () => {
    expect(kinds([
      'Тәжікстан Қызылсу өзенінің бойында жаңа станция салды.',
      'Тәжікстандағы Рогун су электр станциясы әлі толық салынған жоқ.',
      'Өзендерді бірлесіп басқару комиссиясы (ӨББК) 1998 жылы құрылды.',
      'Жастарға арналған «Жасыл көпір» бағдарламасы 2019 жылы басталды.',
    ], 'kk')).toEqual([
      ['Қызылсу', 'water', 'river'],
      ['Рогун', 'facility', 'station'],
      ['ӨББК', 'organisation', 'regional-organisation'],
      ['Жасыл көпір', 'treaty', 'programme'],
    ]);
  });

  it('reads an acronym after a known organisation\'s full name as its acronym in this text, not a new organisation', () => {
    const sentences = ['Мемлекетаралық су шаруашылығын үйлестіру комиссиясы (МСҮК) 1992 жылы құрылды.', 'МСҮК жыл сайын екі рет жиналады.'];
    const learned = learn(sentences, 'kk');
    expect(learned.entities.map((entity) => entity.names.kk?.[0])).not.toContain('МСҮК');
    expect(learned.spellings.get('icwc')?.kk).toContain('МСҮК');
    const catalogue = withLearned(defaultCatalogue(), learned.entities, learned.spellings);
    expect(findEntities(sentences[1]!, 'kk', catalogue).map((mention) => mention.entityId)).toEqual(['icwc']);
  });

  it('types Russian names by the head noun before them or an adjective name with its noun, English by the head after or before', () => {
    expect(kinds(['Плотина стоит на реке Кафирниган уже сорок лет.', 'Крупнейшая Нурекская ГЭС снабжает юг энергией.'], 'ru'))
      .toEqual([['Кафирниган', 'water', 'river'], ['Нурекская ГЭС', 'facility', 'station']]);
    expect(kinds(['The Rogun Dam stands on the Kofarnihon River.', 'Water was taken from Lake Sarez for years.'], 'en'))
      .toEqual([['Rogun', 'facility', 'dam'], ['Kofarnihon', 'water', 'river'], ['Sarez', 'water', 'inland-water']]);
  });

  it('learns no city from an English adjective before a lower-case city word ("a Soviet city", "the Kazakh capital")', () => {
    expect(kinds(['By 1970 it had become a typical Soviet city with wide avenues.', 'Then the Kazakh capital moved north.'], 'en')).toEqual([]);
  });

  it('learns people by initials + surname, with the role word nearest them as their group', () => {
    const people = learn(['Президент Э. Ш. Рахмонов емес, министр А. Қ. Сейітов келісімге қол қойды.', 'Зерттеуші Б. Оразов бұл тәсілді сынады.'], 'kk').entities;
    expect(people.map((entity) => [entity.id, entity.group, entity.initials])).toEqual([
      ['person-seyitov', 'politician', ['А.Қ.']],
      ['person-orazov', 'scholar', ['Б.']],
    ]);
  });

  it.each([
    ['en', 'The rocket was designed by the bureau of the chief designer S. P. Korolev, and the cosmonaut Yu. A. Gagarin flew it in 1961.', [['person-korolev', 'engineer'], ['person-gagarin', 'cosmonaut']]],
    ['ru', 'Маршал М. И. Неделин погиб при взрыве, а космонавт Ю. А. Гагарин полетел в 1961 году.', [['person-nedelin', 'military'], ['person-gagarin', 'cosmonaut']]],
    ['kk', 'Ғарышкер Т. О. Әубәкіров 1991 жылы ұшты, ал кәсіпкер А. Б. Серіков зауыт салды.', [['person-aubakirov', 'cosmonaut'], ['person-serikov', 'business']]],
  ] as const)('%s: tells each person of a sentence by the role word beside them', (language, sentence, expected) => {
    expect(learn([sentence], language).entities.map((entity) => [entity.id, entity.group])).toEqual(expected);
  });

  it.each([
    ['kk', ['Тәуке хан 1680 жылы билікке келді.', 'Абылай ханның ордасы Көкшетауда болды.', 'Қазақ хандығы 1465 жылы құрылды.'], ['person-tauke', 'person-abylay']],
    ['ru', ['В 1680 году к власти пришёл хан Тауке.', 'Позже хан Абылай объединил три жуза.', 'Казахское ханство возникло в 1465 году.'], ['person-tauke', 'person-abylay']],
    ['en', ['Tauke Khan came to power in 1680.', 'The camp of Khan Abylai stood near Kokshetau.', 'The Kazakh Khanate arose in 1465.'], ['person-tauke', 'person-abylai']],
  ] as const)('%s: learns rulers named with their title, without initials, and not the khanate', (language, sentences, ids) => {
    const rulers = learn([...sentences], language).entities.filter((entity) => entity.type === 'person');
    expect(rulers.map((entity) => [entity.id, entity.group])).toEqual(ids.map((id) => [id, 'ruler']));
  });

  it('kk: the khan OF a horde or land is no person named so; a bi judges, a batyr fights', () => {
    const people = learn(['Ақ Орда ханы Барақ 1428 жылы өлтірілді.', 'Моғолстан ханының әскері шегінді.', 'Төле би Ұлы жүзді басқарды.', 'Қабанбай батыр жоңғарларды жеңді.'], 'kk')
      .entities.filter((entity) => entity.type === 'person');
    expect(people.map((entity) => [entity.id, entity.group])).toEqual([['person-tole', 'judge'], ['person-qabanbay', 'military']]);
  });

  it('kk: the end of a longer name before "хан" is no person, and "хан" near a scholar makes him no ruler', () => {
    const people = learn([
      'Олардың аталары Ақ Ордада хан болғандықтан, екеуі де билікке таласты.',
      'Кейін Тәуке хан жарғыны бекітті.',
      'Ш. Ш. Уәлиханов қазақ қоғамында хан билігі билерге сүйенгенін атап өткен.',
    ], 'kk').entities.filter((entity) => entity.type === 'person');
    expect(people.map((entity) => [entity.id, entity.group ?? null])).toEqual([['person-tauke', 'ruler'], ['person-ualikhanov', null]]);
  });

  it('gives a person no group when no word tells the role: known, never a key', () => {
    const [person] = learn(['Бұл туралы Д. Әбенов жазды.'], 'kk').entities;
    expect(person).toMatchObject({ id: 'person-abenov' });
    expect(person!.group).toBeUndefined();
  });

  it('joins a misspelling one letter from a known name to that entity, with and without an ending', () => {
    const learned = learn(['Бірақ Қазақстнның саясаты өзгерді.', 'Сонымен бірге Өзбектсан мен Тәжікстан келісті.'], 'kk');
    expect(learned.spellings.get('kazakhstan')).toEqual({ kk: ['Қазақстн'] });
    expect(learned.spellings.get('uzbekistan')).toEqual({ kk: ['Өзбектсан'] });
    const catalogue = withLearned(defaultCatalogue(), learned.entities, learned.spellings);
    expect(findEntities('Қазақстнның саясаты', 'kk', catalogue).map((mention) => [mention.entityId, mention.suffix])).toEqual([['kazakhstan', 'ның']]);
  });

  it('groups two learned spellings one letter apart under the more frequent one', () => {
    const learned = learn(['Су Нарынбек өзенінің бойында.', 'Біз Нарынбек өзеніне бардық.', 'Ол Нарынбег өзеніне барды.'], 'kk');
    expect(learned.entities.map((entity) => [entity.names.kk, entity.variants?.kk])).toEqual([[['Нарынбек'], ['Нарынбег']]]);
  });

  // must-drop: what looks like a name but is not one
  it('learns nothing from sentence-initial capitals, headings, head nouns written with a capital, or an oblique Russian adjective', () => {
    expect(learn(['Өзен бойында ауылдар көп.', 'ОРТАЛЫҚ АЗИЯ ЕЛДЕРІНІҢ СУ САЯСАТЫ', 'Бұл Министрлігімен министрлігі келісті.'], 'kk').entities).toEqual([]);
    expect(learn(['Строительство трубопровода Каспийского консорциума завершилось.'], 'ru').entities).toEqual([]);
    expect(learn(['In the Soviet period the plans changed.'], 'en').entities).toEqual([]);
  });

  it('does not join short names one letter apart (Иран / Ирак) nor a word to two names at once', () => {
    expect(oneEditApart('иран', 'ирак')).toBe(true);
    const index = new VariantIndex<string>();
    index.add('Иран', 'iran');
    expect(index.near('Ирак')).toEqual([]);
    expect(learn(['Сонымен Ирактың саясаты өзгерді.'], 'kk').spellings.size).toBe(0);
  });
});
