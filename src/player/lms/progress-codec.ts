/**
 * Compact, versioned text form of what the player keeps between visits (screens seen, the quiz),
 * for `cmi.suspend_data` (4,096 characters in SCORM 1.2) and for localStorage. Pure and free of
 * DOM use: the build imports it to compute each lesson's worst-case size with the same encoder.
 *
 * Version 2: `2.<screen count>.<bits>` and, when there is quiz state,
 * `.<pool>.<attempt>.<seed>.<s|o>.<best>.<answers>` after it, where
 * - numbers are base 36; `<bits>`: each character carries six screens (bit k of character i =
 *   screen 6i + k), 500 screens take 84 characters;
 * - `<pool>` is the pool fingerprint, `s` = submitted / `o` = open, `<best>` the best score in
 *   hundredths of a percent (empty: none yet);
 * - `<answers>`: one entry per drawn question joined by `,`; an entry is one character per
 *   number (values 0–63 as DIGITS), empty when the question is not answered.
 * Version 1 (`1.<screen count>.<bits>`, before quizzes) is still read.
 * Anything that does not parse is treated as nothing saved (a broken quiz part alone loses only
 * the quiz): the learner starts fresh rather than the player failing on data written by another
 * version or another package.
 */
import type { QuizProgress } from './adapter';

const FORMAT_VERSION = '2';
const LEGACY_VERSION = '1';
const BITS_PER_CHAR = 6;
/** URL- and XML-safe digits; no characters an LMS might escape or trim. */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Far above any real lesson; bounds the work done on hostile input. */
const MAX_SCREENS = 12000;
/** Attempts are counted up to this (3 base-36 digits); "unlimited" stops counting here. */
export const MAX_ATTEMPT_NUMBER = 36 ** 3 - 1;
/** Largest number an answer entry can hold (one DIGITS character). */
export const MAX_ANSWER_VALUE = DIGITS.length - 1;
const MAX_QUESTIONS = 1000;
const MAX_SEED = 0xffffffff;

export interface DecodedVisits {
  /** Screen count of the lesson when the data was written. */
  readonly screenCount: number;
  /** Indexes of the screens seen, ascending. */
  readonly visited: readonly number[];
}

export interface DecodedState extends DecodedVisits {
  /** The quiz part, or null when there was none or it did not parse. */
  readonly quiz: QuizProgress | null;
}

export function encodeVisited(visited: readonly number[], screenCount: number): string {
  return `${FORMAT_VERSION}.${visitsPart(visited, screenCount)}`;
}

/** Screens seen and the quiz state, as one suspend_data string. */
export function encodeProgressState(visited: readonly number[], screenCount: number, quiz: QuizProgress | null): string {
  const head = encodeVisited(visited, screenCount);
  return quiz === null ? head : `${head}.${quizPart(quiz)}`;
}

export function decodeVisited(text: unknown): DecodedVisits | null {
  const state = decodeProgressState(text);
  return state === null ? null : { screenCount: state.screenCount, visited: state.visited };
}

export function decodeProgressState(text: unknown): DecodedState | null {
  if (typeof text !== 'string') return null;
  const parts = text.split('.');
  const version = parts[0];
  if (version === LEGACY_VERSION && parts.length !== 3) return null;
  if (version !== LEGACY_VERSION && version !== FORMAT_VERSION) return null;
  if (parts.length !== 3 && parts.length !== 9) return null;
  const visits = parseVisits(parts[1], parts[2]);
  if (visits === null) return null;
  return { ...visits, quiz: parts.length === 9 ? parseQuiz(parts.slice(3)) : null };
}

function visitsPart(visited: readonly number[], screenCount: number): string {
  const chars = new Array<number>(Math.ceil(screenCount / BITS_PER_CHAR)).fill(0);
  for (const index of visited) {
    if (Number.isInteger(index) && index >= 0 && index < screenCount) {
      chars[Math.floor(index / BITS_PER_CHAR)] |= 1 << index % BITS_PER_CHAR;
    }
  }
  const bits = chars.map((value) => DIGITS.charAt(value)).join('');
  return `${screenCount.toString(36)}.${bits}`;
}

function parseVisits(countText: string, bits: string): DecodedVisits | null {
  const screenCount = parseBase36(countText, 4);
  if (screenCount === null || screenCount > MAX_SCREENS) return null;
  if (bits.length !== Math.ceil(screenCount / BITS_PER_CHAR)) return null;
  const visited: number[] = [];
  for (let i = 0; i < bits.length; i += 1) {
    const value = DIGITS.indexOf(bits.charAt(i));
    if (value < 0) return null;
    for (let k = 0; k < BITS_PER_CHAR; k += 1) {
      const index = i * BITS_PER_CHAR + k;
      if (value & (1 << k)) {
        if (index >= screenCount) return null;
        visited.push(index);
      }
    }
  }
  return { screenCount, visited };
}

function quizPart(quiz: QuizProgress): string {
  const attempt = Math.min(Math.max(Math.floor(quiz.attempt), 1), MAX_ATTEMPT_NUMBER);
  const seed = Math.min(Math.max(Math.floor(quiz.seed), 0), MAX_SEED) >>> 0;
  const best = quiz.best === null ? '' : Math.round(clamp(quiz.best, 0, 100) * 100).toString(36);
  const answers = quiz.answers.map((answer) => (answer === null ? '' : answer.map(digit).join(''))).join(',');
  const pool = /^[0-9a-z]{1,8}$/.test(quiz.pool) ? quiz.pool : '0';
  return [pool, attempt.toString(36), seed.toString(36), quiz.submitted ? 's' : 'o', best, answers].join('.');
}

function parseQuiz(fields: readonly string[]): QuizProgress | null {
  const [pool, attemptText, seedText, flag, bestText, answersText] = fields;
  const attempt = parseBase36(attemptText, 3);
  const seed = parseBase36(seedText, 7);
  if (!/^[0-9a-z]{1,8}$/.test(pool) || attempt === null || attempt < 1 || seed === null || seed > MAX_SEED) return null;
  if (flag !== 's' && flag !== 'o') return null;
  const bestHundredths = bestText === '' ? null : parseBase36(bestText, 3);
  if (bestText !== '' && (bestHundredths === null || bestHundredths > 10000)) return null;
  const entries = answersText.split(',');
  if (entries.length > MAX_QUESTIONS) return null;
  const answers: (number[] | null)[] = [];
  for (const entry of entries) {
    if (entry === '') {
      answers.push(null);
      continue;
    }
    const values = Array.from(entry, (char) => DIGITS.indexOf(char));
    if (values.some((value) => value < 0)) return null;
    answers.push(values);
  }
  const best = bestHundredths === null ? null : bestHundredths / 100;
  return { pool, attempt, seed, answers, submitted: flag === 's', best };
}

function digit(value: number): string {
  return DIGITS.charAt(Number.isInteger(value) ? clamp(value, 0, MAX_ANSWER_VALUE) : MAX_ANSWER_VALUE);
}

function parseBase36(text: string, maxDigits: number): number | null {
  if (!new RegExp(`^[0-9a-z]{1,${maxDigits}}$`).test(text)) return null;
  return parseInt(text, 36);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
