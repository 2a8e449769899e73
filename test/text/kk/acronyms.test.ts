import { inflect, isAcronym, readingOf } from '../../../src/text/kk';

describe('acronym readings', () => {
  it.each([
    ['ШЫҰ', 'ШЫҰ-ның'], ['АҚШ', 'АҚШ-тың'], ['БҰҰ', 'БҰҰ-ның'], ['ТМД', 'ТМД-ның'], ['НАТО', 'НАТО-ның'],
    ['ҰҚШҰ', 'ҰҚШҰ-ның'], ['ЕҚЫҰ', 'ЕҚЫҰ-ның'], ['ЕурАзЭҚ', 'ЕурАзЭҚ-тың'], ['ЕурАзЭО', 'ЕурАзЭО-ның'],
    ['АСЕАН', 'АСЕАН-ның'], ['ҚХР', 'ҚХР-ның'],
  ])('%s has the genitive the text uses: %s', (acronym, genitive) => {
    expect(inflect(acronym, 'gen')).toBe(genitive);
  });

  it('reads ЕО through Одақ, as the text does (ЕО-тың ×4, never ЕО-ның)', () => {
    expect(inflect('ЕО', 'gen')).toBe('ЕО-тың');
  });

  it('declines the … Ұйымы acronyms like their possessive head (ШЫҰ-на ×2 in the text)', () => {
    expect(readingOf('ШЫҰ').possessive).toBe(true);
    expect(inflect('ШЫҰ', 'dat')).toBe('ШЫҰ-на');
    expect(inflect('БҰҰ', 'acc')).toBe('БҰҰ-н');
    expect(inflect('ҰҚШҰ', 'ins')).toBe('ҰҚШҰ-мен');
  });

  it('gives NATO and the US the forms of the words they are read as', () => {
    expect(inflect('НАТО', 'dat')).toBe('НАТО-ға');
    expect(inflect('АҚШ', 'dat')).toBe('АҚШ-қа');
    expect(inflect('ТМД', 'dat')).toBe('ТМД-ға');
  });

  describe('unknown acronyms', () => {
    it('are spelled out with letter names when they cannot be said as a word', () => {
      expect(readingOf('ҚР').possessive).toBe(true); // in the table: Қазақстан Республикасы
      expect(readingOf('ЖШС').reading).toBe('жэшаэс');
      expect(inflect('ЖШС', 'gen')).toBe('ЖШС-тың');
      expect(inflect('ЖОО', 'dat')).toBe('ЖОО-ға');
    });

    it('let the neutral э of letter names leave harmony to the other letters', () => {
      expect(inflect('ІІМ', 'gen')).toBe('ІІМ-нің');
      expect(inflect('ТКШ', 'gen')).toBe('ТКШ-ның');
    });

    it('are read as a word when they can be (ЮНЕСКО, БАҚ)', () => {
      expect(inflect('ЮНЕСКО', 'gen')).toBe('ЮНЕСКО-ның');
      expect(inflect('БАҚ', 'gen')).toBe('БАҚ-тың');
    });
  });

  it('tells acronyms from capitalised names and headings', () => {
    expect(isAcronym('ШЫҰ')).toBe(true);
    expect(isAcronym('ЕурАзЭҚ')).toBe(true);
    expect(isAcronym('Қазақстан')).toBe(false);
    expect(isAcronym('ҚАЗАҚСТАН')).toBe(false);
    expect(isAcronym('ҚазақстанИнжиниринг')).toBe(false);
    expect(isAcronym('COVID')).toBe(false);
  });
});
