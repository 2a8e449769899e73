import { categoryPath } from '../../src/export/categories';

describe('Moodle category paths', () => {
  it('puts the names under $course$, doubling slashes inside a name', () => {
    expect(categoryPath(['Курс / 1', '1 Тарау', '1.1 Сабақ'])).toBe('$course$/Курс // 1/1 Тарау/1.1 Сабақ');
  });

  it('keeps a name that starts or ends with a slash apart from the separators', () => {
    expect(categoryPath(['/a/'])).toBe('$course$/ //a// ');
  });

  it('escapes what Moodle would strip as a tag, and joins lines', () => {
    expect(categoryPath(['Су <және>\n белгілер'])).toBe('$course$/Су &lt;және&gt; белгілер');
  });

  it('shortens names longer than Moodle keeps (255 characters)', () => {
    const [, segment] = categoryPath(['Ж'.repeat(300)]).split('$course$/');
    expect([...segment!]).toHaveLength(255);
    expect(segment!.endsWith('…')).toBe(true);
  });
});
