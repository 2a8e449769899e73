import * as path from 'node:path';
import { readGlossaryFile } from '../../../src/load/glossary-file';
import { defaultCatalogue, withGlossary, type Catalogue } from '../../../src/quiz/text/entities/catalogue';
import { findEntities } from '../../../src/quiz/text/entities/find';

/** The gazetteer with the first course's glossary (its scholars, its spellings). */
let course: Catalogue;
beforeAll(async () => {
  const { glossary } = await readGlossaryFile(path.join(__dirname, '../../../course'));
  course = withGlossary(glossary);
});

const mentions = (text: string, language: 'kk' | 'ru' | 'en' = 'kk') =>
  findEntities(text, language, course).map(({ entityId, surface, stem, suffix }) => ({ entityId, surface, stem, suffix }));

describe('findEntities', () => {
  it('gives every spelling of an entity one id, with the case suffix apart', () => {
    expect(mentions('Қырғыстанның және Қырғызстанға, Түркменстан, Түркменістан, Түрікменстан, Ауғаныстандағы мен Ауғанстан')).toEqual([
      { entityId: 'kyrgyzstan', surface: 'Қырғыстанның', stem: 'Қырғыстан', suffix: 'ның' },
      { entityId: 'kyrgyzstan', surface: 'Қырғызстанға', stem: 'Қырғызстан', suffix: 'ға' },
      { entityId: 'turkmenistan', surface: 'Түркменстан', stem: 'Түркменстан', suffix: '' },
      { entityId: 'turkmenistan', surface: 'Түркменістан', stem: 'Түркменістан', suffix: '' },
      { entityId: 'turkmenistan', surface: 'Түрікменстан', stem: 'Түрікменстан', suffix: '' },
      { entityId: 'afghanistan', surface: 'Ауғаныстандағы', stem: 'Ауғаныстан', suffix: 'дағы' },
      { entityId: 'afghanistan', surface: 'Ауғанстан', stem: 'Ауғанстан', suffix: '' },
    ]);
  });

  it('reads hyphenated acronym suffixes, spaced dashes included, and EurAsEC under both spellings', () => {
    expect(mentions('ҰҚШҰ және ШЫҰ– ның саммиті, ҰҚШҰ- ның, АҚШ-тың, ЕО- ң, ЕурАзЭҚ пен ЕурАзЭО')).toEqual([
      { entityId: 'csto', surface: 'ҰҚШҰ', stem: 'ҰҚШҰ', suffix: '' },
      { entityId: 'sco', surface: 'ШЫҰ– ның', stem: 'ШЫҰ', suffix: 'ның' },
      { entityId: 'csto', surface: 'ҰҚШҰ- ның', stem: 'ҰҚШҰ', suffix: 'ның' },
      { entityId: 'usa', surface: 'АҚШ-тың', stem: 'АҚШ', suffix: 'тың' },
      { entityId: 'eu', surface: 'ЕО- ң', stem: 'ЕО', suffix: 'ң' },
      { entityId: 'eurasec', surface: 'ЕурАзЭҚ', stem: 'ЕурАзЭҚ', suffix: '' },
      { entityId: 'eurasec', surface: 'ЕурАзЭО', stem: 'ЕурАзЭО', suffix: '' },
    ]);
    expect(findEntities('ШЫҰ- ның', 'kk', course)[0].joiner).toBe('-');
  });

  it('does not take a following word for an acronym suffix', () => {
    expect(mentions('ЕурАзЭО-жалпы ұйым')).toEqual([{ entityId: 'eurasec', surface: 'ЕурАзЭО', stem: 'ЕурАзЭО', suffix: '' }]);
  });

  it('finds people by surname with their initials or given name, Мирзиеев and Мирзеев alike', () => {
    expect(mentions('Ш. Мирзеевтың, Шавкат Мирзиеевпен және Н.Ә.Назарбаевтың, Қасым-Жомарт Тоқаевтің').map((m) => [m.entityId, m.stem, m.suffix])).toEqual([
      ['person-mirziyoyev', 'Ш. Мирзеев', 'тың'],
      ['person-mirziyoyev', 'Шавкат Мирзиеев', 'пен'],
      ['person-nazarbayev', 'Н.Ә.Назарбаев', 'тың'],
      ['person-tokayev', 'Қасым-Жомарт Тоқаев', 'тің'],
    ]);
  });

  it('tells apart another person with the same surname and finds uncatalogued people by initials', () => {
    const found = findEntities('Д.Назарбаева мен Т.А. Ишметовтың еңбектері', 'kk', course);
    expect(found.map((m) => [m.entityId, m.stem, m.suffix, m.catalogued])).toEqual([
      ['person-nazarbaeva', 'Д.Назарбаева', '', false],
      ['person-ishmetov', 'Т.А. Ишметов', 'тың', false],
    ]);
  });

  it('finds the elite theorists of s3-3 and the text\'s "Орталық Азтя" typo as catalogued by the course glossary', () => {
    expect(findEntities('итальяндық зерттеуші В. Парето', 'kk').map((m) => m.catalogued)).toEqual([false]);
    const found = findEntities('итальяндық зерттеуші В. Парето, Г. Москаның еңбектері, Орталық Азтя елдеріне', 'kk', course);
    expect(found.map((m) => [m.entityId, m.stem, m.suffix, m.catalogued])).toEqual([
      ['person-pareto', 'В. Парето', '', true],
      ['person-mosca', 'Г. Моска', 'ның', true],
      ['central-asia', 'Орталық Азтя', '', true],
    ]);
  });

  it('prefers the longest name and marks adjective derivations', () => {
    const found = findEntities('Орталық Азиялық аймақ пен Оңтүстік Азияның және Еуропалық Одақтың, Қазақстандық тарап', 'kk', course);
    expect(found.map((m) => [m.entityId, m.suffix, m.derived])).toEqual([
      ['central-asia', 'лық', true], ['south-asia', 'ның', false], ['eu', 'тың', false], ['kazakhstan', 'дық', true],
    ]);
  });

  it('reads the case of Kazakh mentions with src/text/kk, and whether the suffix is well formed', () => {
    const found = findEntities('Қырғыстанның, Азиядағы, ШЫҰ– ның, АҚШ-ның, Қытаймен, Ресей, Ұжымдық Қауіпсіздік Шарт Ұйымына', 'kk', course);
    expect(found.map((m) => [m.kase, m.wellFormed])).toEqual([
      ['gen', true], ['loc', true], ['gen', true], ['gen', false], ['ins', true], ['nom', true], ['dat', true],
    ]);
  });

  it('does not read a common word that starts like a name as the name', () => {
    expect(mentions('Аралықта ресей ғалымдары мен одақ туралы айтылды')).toEqual([]);
  });

  it('finds Russian and English names', () => {
    expect(mentions('Казахстана и Узбекистан вошли в ШОС', 'ru').map((m) => m.entityId)).toEqual(['kazakhstan', 'uzbekistan', 'sco']);
    expect(mentions('Kazakhstan and the SCO met in Tashkent', 'en').map((m) => m.entityId)).toEqual(['kazakhstan', 'sco', 'tashkent']);
  });

  it('has unique ids and every entity a Kazakh name; Central Asian countries form one group', () => {
    const ids = defaultCatalogue().entities.map((entity) => entity.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
    expect(defaultCatalogue().entities.filter((entity) => entity.group === 'central-asia').map((entity) => entity.id).sort())
      .toEqual(['kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan']);
  });

  it('takes hyphenated initials into a person (Қ.-Ж.К. Тоқаев) and reads ё and е alike (Мирзиёев / Мирзиеев)', () => {
    expect(findEntities('Президент Қ.-Ж.К. Тоқаевтың сапары', 'kk', course).map((m) => [m.entityId, m.stem, m.suffix])).toEqual([['person-tokayev', 'Қ.-Ж.К. Тоқаев', 'тың']]);
    expect(findEntities('Зерттеуші Ә.-Б.Қ. Оспановтың еңбегі', 'kk').map((m) => [m.entityId, m.stem, m.catalogued])).toEqual([['person-ospanov', 'Ә.-Б.Қ. Оспанов', false]]);
    expect(findEntities('Ш. Мирзиёевтің сапары', 'kk').map((m) => m.entityId)).toEqual(['person-mirziyoyev']);
    expect(findEntities('визит Шавката Мирзиеева', 'ru').map((m) => [m.entityId, m.ruCases])).toEqual([['person-mirziyoyev', ['gen', 'acc']]]);
  });
});
