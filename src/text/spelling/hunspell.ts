/**
 * Which words a language's Hunspell dictionary does not know, from Debian's `hunspell` with its
 * `hunspell-kk`, `hunspell-ru` and `hunspell-en-us` dictionaries where they are installed. The
 * dictionary alone is no typo detector (hunspell-kk knows ~80% of a Kazakh text's words: many
 * correct endings are missing from it), so the spelling model (src/quiz/salience/spelling.ts)
 * asks it only to confirm: a word it does not know, one letter away from a word it does know
 * and the text writes far more often, is a misspelling.
 *
 * `hunspell -l` reads the words and lists the unknown ones: one process per course, ~0.1 s for
 * 9,000 words. Without the program or the dictionary the answer is `undefined`, and the model
 * works from the text alone (callers say so where it matters).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../../model/course';

/** The dictionary Debian installs for each language (`hunspell-kk`, `hunspell-ru`, `hunspell-en-us`). */
const DICTIONARIES: Readonly<Record<Language, string>> = { kk: 'kk_KZ', ru: 'ru_RU', en: 'en_US' };

/** The Debian package of each dictionary, for messages. */
export const DICTIONARY_PACKAGES: Readonly<Record<Language, string>> = { kk: 'hunspell-kk', ru: 'hunspell-ru', en: 'hunspell-en-us' };

/** Where Debian's dictionaries live; HUNSPELL_DIR overrides it (and names a folder without them to switch the check off). */
function dictionaryDir(): string {
  return process.env.HUNSPELL_DIR ?? '/usr/share/hunspell';
}

/** The dictionary file's base path, when installed. */
export function dictionaryPath(language: Language): string | undefined {
  const base = path.join(dictionaryDir(), DICTIONARIES[language]);
  return existsSync(`${base}.dic`) && existsSync(`${base}.aff`) ? base : undefined;
}

/** The words of `words` the dictionary does not know, as written; undefined when no dictionary or program is there. */
export function unknownWords(words: readonly string[], language: Language): ReadonlySet<string> | undefined {
  const dictionary = dictionaryPath(language);
  if (!dictionary) return undefined;
  try {
    const listed = execFileSync('hunspell', ['-d', dictionary, '-l', '-i', 'utf-8'], {
      input: words.join('\n'),
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['pipe', 'pipe', 'ignore'],
    }).toString('utf8');
    return new Set(listed.split('\n').filter((line) => line.length > 0));
  } catch {
    return undefined; // no `hunspell` program: the text alone decides
  }
}
