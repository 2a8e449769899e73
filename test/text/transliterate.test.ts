import { slugify, transliterate } from '../../src/text/transliterate';

describe('transliterate and slugify', () => {
  it('spells Kazakh and Russian headings in ASCII', () => {
    expect(slugify('КІРІСПЕ')).toBe('kirispe');
    expect(slugify('ҚОРЫТЫНДЫ')).toBe('qorytyndy');
    expect(slugify('ВВЕДЕНИЕ')).toBe('vvedenie');
    expect(slugify('ЗАКЛЮЧЕНИЕ')).toBe('zaklyuchenie');
    expect(transliterate('Өзбекстан Ұлы Жібек жолы')).toBe('ozbekstan uly zhibek zholy');
  });

  it('keeps only letters, digits and dashes, cut at a word boundary', () => {
    expect(slugify('Résumé: «Итоги» 2021!')).toBe('resume-itogi-2021');
    const long = slugify('ПАЙДАЛАНЫЛҒАН ӘДЕБИЕТТЕР ТІЗІМІ ЖӘНЕ ҚОСЫМШАЛАР МЕН КЕСТЕЛЕР', 30);
    expect(long).toMatch(/^[a-z0-9-]+$/);
    expect(long.length).toBeLessThanOrEqual(30);
    expect(long.endsWith('-')).toBe(false);
    expect(slugify('«»')).toBe('');
  });
});
