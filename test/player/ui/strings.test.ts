import { createStrings, fillTemplate } from '../../../src/player/ui/strings';

describe('UI strings', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(fillTemplate('{visited} / {total} {x}', { visited: 3, total: 7 })).toBe('3 / 7 {x}');
  });

  it('uses the page strings and falls back to English for missing keys', () => {
    const text = createStrings({ positionFormat: '{current}-бет / {total}' });
    expect(text('positionFormat', { current: 2, total: 7 })).toBe('2-бет / 7');
    expect(text('progressFormat', { visited: 1, total: 7 })).toBe('1 of 7 screens read');
  });
});
