import { reinflectLike, suffixAgrees } from '../../../src/text/kk';

describe('reinflectLike', () => {
  it.each([
    ['Өзбекстанмен', 'Өзбекстан', 'Қырғызстан', 'Қырғызстанмен'],
    ['Өзбекстанмен', 'Өзбекстан', 'Тәжікстан', 'Тәжікстанмен'],
    ['ШЫҰ-ның', 'ШЫҰ', 'ҰҚШҰ', 'ҰҚШҰ-ның'],
    ['ШЫҰ-ның', 'ШЫҰ', 'ТМД', 'ТМД-ның'],
    ['ШЫҰ-ның', 'ШЫҰ', 'АҚШ', 'АҚШ-тың'],
    ['Ташкентте', 'Ташкент', 'Алматы', 'Алматыда'],
    ['Ташкентте', 'Ташкент', 'Бішкек', 'Бішкекте'],
    ['Қытайға', 'Қытай', 'Ресей', 'Ресейге'],
    ['Каримовтың', 'Каримов', 'Назарбаев', 'Назарбаевтың'],
    ['Мирзиеевпен', 'Мирзиеев', 'Путин', 'Путинмен'],
    ['Азиядағы', 'Азия', 'Еуропа', 'Еуропадағы'],
    ['ШЫҰ-ның', 'ШЫҰ', 'Ресей', 'Ресейдің'],
    ['Ресейдің', 'Ресей', 'АҚШ', 'АҚШ-тың'],
    ['ҰҚШҰ- ның', 'ҰҚШҰ', 'НАТО', 'НАТО-ның'],
    ['ШЫҰ-на', 'ШЫҰ', 'НАТО', 'НАТО-ға'],
    ['елдерге', 'ел', 'мемлекет', 'мемлекеттерге'],
  ])('%s (%s) → %s: %s', (keyForm, keyStem, otherStem, expected) => {
    expect(reinflectLike(keyForm, keyStem, otherStem)).toBe(expected);
  });

  it('keeps a nominative key nominative', () => {
    expect(reinflectLike('Өзбекстан', 'Өзбекстан', 'Қазақстан')).toBe('Қазақстан');
  });

  it('gives the standard form even when the key is written the minority way', () => {
    expect(reinflectLike('АҚШ-ның', 'АҚШ', 'ТМД')).toBe('ТМД-ның');
    expect(reinflectLike('ЕО-ң', 'ЕО', 'ШЫҰ')).toBe('ШЫҰ-ның');
  });

  it('returns null when the key form is not the key stem with a case ending', () => {
    expect(reinflectLike('Қазақстандық', 'Қазақстан', 'Өзбекстан')).toBeNull();
    expect(reinflectLike('Қырғыстанда', 'Қырғызстан', 'Өзбекстан')).toBeNull();
    expect(reinflectLike('Ресейдің', 'Қытай', 'Иран')).toBeNull();
  });
});

describe('suffixAgrees', () => {
  it('accepts right allomorphs and the bare stem', () => {
    expect(suffixAgrees('Қазақстанның', 'Қазақстан')).toBe(true);
    expect(suffixAgrees('Ташкентте', 'Ташкент')).toBe(true);
    expect(suffixAgrees('АҚШ-тың', 'АҚШ')).toBe(true);
    expect(suffixAgrees('ШЫҰ– ның', 'ШЫҰ')).toBe(true);
    expect(suffixAgrees('Қазақстан', 'Қазақстан')).toBe(true);
  });

  it('rejects wrong harmony', () => {
    expect(suffixAgrees('Қазақстаннің', 'Қазақстан')).toBe(false);
    expect(suffixAgrees('Ташкентта', 'Ташкент')).toBe(false);
    expect(suffixAgrees('Ресейдың', 'Ресей')).toBe(false);
  });

  it('rejects an allomorph for the wrong final sound', () => {
    expect(suffixAgrees('Өзбекстанбен', 'Өзбекстан')).toBe(false);
    expect(suffixAgrees('Алматына', 'Алматы')).toBe(false);
    expect(suffixAgrees('Қазақстанның', 'Қазақстанн')).toBe(false);
  });

  it('rejects the minority spelling of an acronym (АҚШ-ның ×2 against АҚШ-тың ×12)', () => {
    expect(suffixAgrees('АҚШ-ның', 'АҚШ')).toBe(false);
    expect(suffixAgrees('ЕО-ң', 'ЕО')).toBe(false);
  });

  it('rejects a form of another stem', () => {
    expect(suffixAgrees('Қырғызстанмен', 'Өзбекстан')).toBe(false);
  });
});
