import { analyse, normaliseSuffixSpacing } from '../../../src/text/kk';

describe('analyse', () => {
  it('reads a case form as stem + case, the nominative reading last', () => {
    const readings = analyse('Қазақстаннан');
    expect(readings[0]).toEqual({
      stem: 'Қазақстан', kase: 'abl', plural: false, attributive: false, suffix: 'нан', wellFormed: true,
    });
    expect(readings[readings.length - 1]).toEqual({
      stem: 'Қазақстаннан', kase: 'nom', plural: false, attributive: false, suffix: '', wellFormed: true,
    });
  });

  it('offers every well-formed reading of an ambiguous form, longest suffix first', () => {
    const readings = analyse('Одағында').map(({ stem, kase, suffix }) => [stem, kase, suffix]);
    expect(readings.slice(0, 2)).toEqual([['Одағы', 'loc', 'нда'], ['Одағын', 'loc', 'да']]);
    const plural = analyse('елдерге').map(({ stem, kase, plural: isPlural }) => [stem, kase, isPlural]);
    expect(plural.slice(0, 2)).toEqual([['ел', 'dat', true], ['елдер', 'dat', false]]);
  });

  it('reads the attributive locative', () => {
    expect(analyse('Азиядағы')[0]).toMatchObject({ stem: 'Азия', kase: 'loc', attributive: true, suffix: 'дағы' });
    expect(analyse('Ташкенттегі')[0]).toMatchObject({ stem: 'Ташкент', kase: 'loc', attributive: true });
  });

  it('still tells the case of a wrongly formed ending, marked not well-formed', () => {
    expect(analyse('Қазақстаннің')[0]).toMatchObject({ stem: 'Қазақстан', kase: 'gen', wellFormed: false });
    expect(analyse('Алматына')[0]).toMatchObject({ stem: 'Алматы', kase: 'dat', wellFormed: false });
  });

  it('reads hyphenated acronym suffixes, detached ones too', () => {
    for (const written of ['ШЫҰ-ның', 'ШЫҰ– ның', 'ШЫҰ – ның', 'ШЫҰ -ның']) {
      expect(analyse(written)[0]).toMatchObject({ stem: 'ШЫҰ', kase: 'gen', suffix: 'ның', wellFormed: true });
    }
    expect(analyse('АҚШ -тың')[0]).toMatchObject({ stem: 'АҚШ', kase: 'gen', wellFormed: true });
    expect(analyse('АҚШ-ның')[0]).toMatchObject({ stem: 'АҚШ', kase: 'gen', wellFormed: false });
    expect(analyse('ЕО-ң')[0]).toMatchObject({ stem: 'ЕО', kase: 'gen', suffix: 'ң', wellFormed: false });
  });

  it('finds no case in a word without a case ending', () => {
    expect(analyse('Қазақстандық')).toHaveLength(1);
    expect(analyse('Ташкент')).toEqual([
      { stem: 'Ташкент', kase: 'nom', plural: false, attributive: false, suffix: '', wellFormed: true },
    ]);
  });
});

describe('normaliseSuffixSpacing', () => {
  it('joins the detached suffixes of the text into the hyphenated form', () => {
    expect(normaliseSuffixSpacing('ҰҚШҰ және ШЫҰ– ның ортақ саммиттері')).toBe('ҰҚШҰ және ШЫҰ-ның ортақ саммиттері');
    expect(normaliseSuffixSpacing('ҰҚШҰ- ның, АҚШ -тың, ЕурАзЭҚ - тың, ЕурАзЭҚ –мен, ШЫҰ- мен, ЕО- ң'))
      .toBe('ҰҚШҰ-ның, АҚШ-тың, ЕурАзЭҚ-тың, ЕурАзЭҚ-мен, ШЫҰ-мен, ЕО-ң');
    expect(normaliseSuffixSpacing('ШЫҰ–ның')).toBe('ШЫҰ-ның');
  });

  it('leaves a dash that introduces words alone', () => {
    const definition = 'ЕҚЫҰ – ол Орталық Азия мемлекеттерімен';
    expect(normaliseSuffixSpacing(definition)).toBe(definition);
    expect(normaliseSuffixSpacing('ШЫҰ – мен ойлаймын')).toBe('ШЫҰ – мен ойлаймын');
    expect(normaliseSuffixSpacing('ЕурАзЭО-жалпы аймақтың')).toBe('ЕурАзЭО-жалпы аймақтың');
    expect(normaliseSuffixSpacing('Қазақстан - ның')).toBe('Қазақстан - ның');
  });
});
