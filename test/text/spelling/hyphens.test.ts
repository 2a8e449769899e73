import { hyphenModel, tidyHyphens } from '../../../src/text/spelling/hyphens';
import type { Language } from '../../../src/model/course';

const tidy = (text: string, language: Language, rest: readonly string[] = []) => tidyHyphens(text, hyphenModel([text, ...rest], language));

describe('hyphens typed with a space beside them', () => {
  it.each([
    ['kk', '2019 жылғы Қасым- Жомарт Тоқаевтың сапары', '2019 жылғы Қасым-Жомарт Тоқаевтың сапары'],
    ['kk', 'COVID- 19 пандемиясы 1501- 1727 жылдары', 'COVID-19 пандемиясы 1501-1727 жылдары'],
    ['kk', 'Кейінгі ШЫҰ- ның дамуы мен ЕурАзЭҚ - тың және ШЫҰ –на', 'Кейінгі ШЫҰ-ның дамуы мен ЕурАзЭҚ-тың және ШЫҰ-на'],
    ['en', 'a well- known route', 'a well-known route'],
  ] as const)('%s: a hanging hyphen or a set-off ending is joined: «%s»', (language, text, joined) => {
    expect(tidy(text, language)).toBe(joined);
  });

  it('joins a dash spaced any way between two words the text writes elsewhere as one hyphenated word', () => {
    expect(tidy('Қазақстан –Өзбекстан қарым –қатынасы дамыды.', 'kk', ['Екі елдің қарым-қатынас деңгейі'])).toBe('Қазақстан –Өзбекстан қарым-қатынасы дамыды.');
    expect(tidy('сауда ара – қатынастағы өсім', 'kk', ['ара-қатынас'])).toBe('сауда ара-қатынастағы өсім');
  });

  it.each([
    ['kk', 'Мемлекет –халықаралық қатынастардың негізгі акторы.'],
    ['kk', 'ЕҚЫҰ – ол Орталық Азия мемлекеттері үшін маңызды ұйым.'],
    ['en', 'Both pre- and post-war borders were drawn in 1924.'],
    ['ru', 'Строились двух- и трёхэтажные дома.'],
    ['ru', 'Ташкент – столица Узбекистана.'],
  ] as const)('%s: leaves a dash between phrases and a hyphen hung on purpose: «%s»', (language, text) => {
    expect(tidy(text, language)).toBe(text);
  });
});
