import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../../src/model/course';
import { formatString, loadLocale, localesDir, PLAYER_STRING_KEYS } from '../../src/render/locales';
import { packageRoot } from '../../src/self/package-root';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  const english = loadLocale('en');

  it('exist for exactly the course languages', () => {
    expect(readdirSync(localesDir()).sort()).toEqual(LANGUAGES.map((lang) => `${lang}.json`).sort());
  });

  it.each(LANGUAGES)('%s has every key of the others, each non-empty with the same placeholders', (language) => {
    const strings = loadLocale(language);
    expect(Object.keys(strings).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(strings)) {
      expect(text.trim()).not.toBe('');
      expect([key, placeholders(text)]).toEqual([key, placeholders(english[key])]);
    }
  });

  it('hold every string the player reads', () => {
    for (const key of PLAYER_STRING_KEYS) expect(english[key]).toBeDefined();
  });

  it('are translated, not copied from English', () => {
    for (const language of ['kk', 'ru'] as const) {
      expect(loadLocale(language).next).not.toBe(english.next);
      expect(loadLocale(language).noScript).not.toBe(english.noScript);
    }
    expect(loadLocale('kk').figureMissing).toMatch(/[әғқңөұүһі]/);
  });
});

describe('formatString', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatString('{visited} of {total} screens read', { visited: 2, total: 7 })).toBe('2 of 7 screens read');
    expect(formatString('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});

describe('packageRoot', () => {
  it('finds the package root from the compiled location dist/src/render as well as from src/render', () => {
    const root = packageRoot();
    expect(existsSync(join(root, 'package.json'))).toBe(true);
    expect(packageRoot(join(root, 'dist', 'src', 'render'))).toBe(root);
    expect(localesDir()).toBe(join(root, 'src', 'locales'));
  });
});
