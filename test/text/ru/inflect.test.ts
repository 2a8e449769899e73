import { casesAfter, casesOf, classOf, genderOf, inflectName, inflectWord, RU_CASES, type RuCase } from '../../../src/text/ru';

const paradigm = (name: string, options = {}) => RU_CASES.map((kase) => inflectName(name, kase, options));

describe('Russian inflection: the six cases of the names and nouns quiz options meet', () => {
  it.each([
    // nom, gen, dat, acc, ins, prep — forms as Russian grammars give them
    ['Казахстан', {}, ['Казахстан', 'Казахстана', 'Казахстану', 'Казахстан', 'Казахстаном', 'Казахстане']],
    ['Россия', {}, ['Россия', 'России', 'России', 'Россию', 'Россией', 'России']],
    ['Москва', {}, ['Москва', 'Москвы', 'Москве', 'Москву', 'Москвой', 'Москве']],
    ['Мексика', {}, ['Мексика', 'Мексики', 'Мексике', 'Мексику', 'Мексикой', 'Мексике']],
    ['Польша', {}, ['Польша', 'Польши', 'Польше', 'Польшу', 'Польшей', 'Польше']],
    ['Китай', {}, ['Китай', 'Китая', 'Китаю', 'Китай', 'Китаем', 'Китае']],
    ['Каспий', {}, ['Каспий', 'Каспия', 'Каспию', 'Каспий', 'Каспием', 'Каспии']],
    ['Израиль', { gender: 'm' }, ['Израиль', 'Израиля', 'Израилю', 'Израиль', 'Израилем', 'Израиле']],
    ['Беларусь', { gender: 'f' }, ['Беларусь', 'Беларуси', 'Беларуси', 'Беларусь', 'Беларусью', 'Беларуси']],
    ['Амударья', {}, ['Амударья', 'Амударьи', 'Амударье', 'Амударью', 'Амударьей', 'Амударье']],
    ['Нур-Султан', {}, ['Нур-Султан', 'Нур-Султана', 'Нур-Султану', 'Нур-Султан', 'Нур-Султаном', 'Нур-Султане']],
    ['Южная Корея', {}, ['Южная Корея', 'Южной Кореи', 'Южной Корее', 'Южную Корею', 'Южной Кореей', 'Южной Корее']],
    ['Аральское море', {}, ['Аральское море', 'Аральского моря', 'Аральскому морю', 'Аральское море', 'Аральским морем', 'Аральском море']],
    ['Европейский союз', {}, ['Европейский союз', 'Европейского союза', 'Европейскому союзу', 'Европейский союз', 'Европейским союзом', 'Европейском союзе']],
    ['Организация Объединённых Наций', {}, ['Организация Объединённых Наций', 'Организации Объединённых Наций', 'Организации Объединённых Наций', 'Организацию Объединённых Наций', 'Организацией Объединённых Наций', 'Организации Объединённых Наций']],
    ['Соединённые Штаты', { plural: true }, ['Соединённые Штаты', 'Соединённых Штатов', 'Соединённым Штатам', 'Соединённые Штаты', 'Соединёнными Штатами', 'Соединённых Штатах']],
  ])('%s', (name, options, forms) => {
    expect(paradigm(name, options)).toEqual(forms);
  });

  it('leaves acronyms and foreign names ending in a vowel as they are (ШОС, Токио, Душанбе, Алматы, Помпео)', () => {
    for (const name of ['ШОС', 'ООН', 'ЕАЭС', 'Токио', 'Душанбе', 'Алматы', 'Баку']) expect(new Set(paradigm(name))).toEqual(new Set([name]));
    expect(classOf('Помпео', { animate: true })).toBe('indeclinable');
  });

  it('declines people as animate nouns: the accusative is the genitive, initials stay, -ов and -ова apart', () => {
    expect(paradigm('Н.А. Назарбаев', { person: true })).toEqual(['Н.А. Назарбаев', 'Н.А. Назарбаева', 'Н.А. Назарбаеву', 'Н.А. Назарбаева', 'Н.А. Назарбаевым', 'Н.А. Назарбаеве']);
    expect(paradigm('Шавкат Мирзиёев', { person: true })[4]).toBe('Шавкатом Мирзиёевым');
    expect(paradigm('Хантингтон', { person: true })).toEqual(['Хантингтон', 'Хантингтона', 'Хантингтону', 'Хантингтона', 'Хантингтоном', 'Хантингтоне']);
    expect(inflectWord('Назарбаева', 'ins', { animate: true })).toBe('Назарбаевой');
    expect(inflectWord('Назарбаева', 'acc', { animate: true })).toBe('Назарбаеву');
  });

  it('declines the common nouns of full names: neuter -ие and -о, feminine -ия', () => {
    expect(inflectWord('соглашение', 'prep')).toBe('соглашении');
    expect(inflectWord('озеро', 'gen')).toBe('озера');
    expect(inflectWord('водохранилище', 'ins')).toBe('водохранилищем');
    expect(inflectWord('организация', 'ins')).toBe('организацией');
  });

  it('reads the cases a form can be, several when it is ambiguous', () => {
    expect(casesOf('России', 'Россия')).toEqual(['gen', 'dat', 'prep']);
    expect(casesOf('Китаем', 'Китай')).toEqual(['ins']);
    expect(casesOf('Казахстан', 'Казахстан')).toEqual(['nom', 'acc']);
    expect(casesOf('Мирзиеева', 'Мирзиёев', { person: true })).toEqual(['gen', 'acc']);
    expect(casesOf('Китайский', 'Китай')).toEqual([]);
  });

  it('knows the cases a preposition governs, which settle an ambiguous form', () => {
    expect(casesAfter('прошёл в')).toEqual(['prep', 'acc']);
    expect(casesAfter('помощь для')).toEqual(['gen']);
    expect(casesAfter('вместе с')).toEqual(['ins', 'gen']);
    expect(casesAfter('политика')).toBeUndefined();
    const inRussia: RuCase[] = casesOf('России', 'Россия').filter((kase) => casesAfter('в')!.includes(kase));
    expect(inRussia).toEqual(['prep']);
  });

  it('tells the gender that a subject\'s verb agrees with', () => {
    expect(genderOf('Россия')).toBe('f');
    expect(genderOf('Казахстан')).toBe('m');
    expect(genderOf('Беларусь', { gender: 'f' })).toBe('f');
    expect(genderOf('Аральское')).toBe('n');
  });
});
