import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InternalError } from '../diagnostics/errors';
import type { Language } from '../model/course';
import { packageRoot } from '../self/package-root';

export type UiStrings = Readonly<Record<string, string>>;

/** The UI strings the player reads from `PlayerConfig.strings` (docs/page-contract.md). */
export const PLAYER_STRING_KEYS = [
  'positionFormat',
  'progressFormat',
  'completed',
  'standaloneNotice',
  'lmsErrorNotice',
  'lmsTerminatedNotice',
  'reviewNotice',
] as const;

/** The player's quiz strings (src/player/quiz): only pages with a quiz carry them. */
export const QUIZ_STRING_KEYS = [
  'quizStart',
  'quizLocked',
  'quizAttempt',
  'quizAttemptUnlimited',
  'quizQuestion',
  'quizTrue',
  'quizFalse',
  'quizChooseAll',
  'quizOrderHint',
  'quizMoveUp',
  'quizMoveDown',
  'quizMoved',
  'quizMatchHint',
  'quizChoose',
  'quizSubmit',
  'quizUnanswered',
  'quizResultTitle',
  'quizScore',
  'quizPassed',
  'quizFailed',
  'quizBest',
  'quizAttemptsLeft',
  'quizNoAttemptsLeft',
  'quizTryAgain',
  'quizCorrect',
  'quizIncorrect',
  'quizPartial',
  'quizYourAnswer',
  'quizRightAnswer',
  'quizSourceLink',
  'quizAnnounce',
] as const;

const cache = new Map<Language, UiStrings>();

/** The folder of the locale files (src/locales, also when running from dist/). */
export function localesDir(): string {
  return join(packageRoot(), 'src', 'locales');
}

/** The UI strings of one language, read once and then shared (frozen). */
export function loadLocale(language: Language): UiStrings {
  const cached = cache.get(language);
  if (cached) return cached;
  const strings = Object.freeze(readStrings(join(localesDir(), `${language}.json`)));
  cache.set(language, strings);
  return strings;
}

function readStrings(file: string): Record<string, string> {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InternalError(`${file} must hold one JSON object of strings`);
  }
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string') throw new InternalError(`${file}: "${key}" is not a string`);
  }
  return data as Record<string, string>;
}

/** Fills `{name}` placeholders; an unknown placeholder is left as it is so the mistake shows. */
export function formatString(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The subset of strings the player needs at run time, in a stable key order. */
export function playerStrings(strings: UiStrings, withQuiz = false): UiStrings {
  const picked: Record<string, string> = {};
  const keys: readonly string[] = withQuiz ? [...PLAYER_STRING_KEYS, ...QUIZ_STRING_KEYS] : PLAYER_STRING_KEYS;
  for (const key of keys) picked[key] = requireString(strings, key);
  return picked;
}

export function requireString(strings: UiStrings, key: string): string {
  const value = strings[key];
  if (value === undefined) throw new InternalError(`Locale string "${key}" is missing`);
  return value;
}
