import { detectLanguage } from '../../src/text/language';

describe('detectLanguage', () => {
  it('tells Kazakh, Russian and English apart', () => {
    expect(detectLanguage('Орталық Азиядағы қауіпсіздік мәселелері')).toBe('kk');
    expect(detectLanguage('Проблемы безопасности в Центральной Азии')).toBe('ru');
    expect(detectLanguage('Security issues in Central Asia')).toBe('en');
    expect(detectLanguage('12 345')).toBe('en');
  });

  it('is not swayed by a few Latin words in a Cyrillic text', () => {
    expect(detectLanguage('Сауалнама Google form, Whatsapp арқылы жүргізілді және нәтижелері талданды')).toBe('kk');
  });
});
