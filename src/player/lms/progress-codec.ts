/**
 * Compact, versioned text form of the set of screens seen, for `cmi.suspend_data`
 * (4,096 characters in SCORM 1.2) and for localStorage.
 *
 * Form: `1.<screen count in base 36>.<bits>` where each character of `<bits>` carries six
 * screens (bit k of character i = screen 6i + k). 500 screens take 84 characters of bits.
 * Anything that does not parse is treated as no saved progress: the learner starts fresh
 * rather than the player failing on data written by another version or another package.
 */

const FORMAT_VERSION = '1';
const BITS_PER_CHAR = 6;
/** URL- and XML-safe digits; no characters an LMS might escape or trim. */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Far above any real lesson; bounds the work done on hostile input. */
const MAX_SCREENS = 12000;

export interface DecodedVisits {
  /** Screen count of the lesson when the data was written. */
  readonly screenCount: number;
  /** Indexes of the screens seen, ascending. */
  readonly visited: readonly number[];
}

export function encodeVisited(visited: readonly number[], screenCount: number): string {
  const chars = new Array<number>(Math.ceil(screenCount / BITS_PER_CHAR)).fill(0);
  for (const index of visited) {
    if (Number.isInteger(index) && index >= 0 && index < screenCount) {
      chars[Math.floor(index / BITS_PER_CHAR)] |= 1 << index % BITS_PER_CHAR;
    }
  }
  const bits = chars.map((value) => DIGITS.charAt(value)).join('');
  return `${FORMAT_VERSION}.${screenCount.toString(36)}.${bits}`;
}

export function decodeVisited(text: unknown): DecodedVisits | null {
  if (typeof text !== 'string') return null;
  const parts = text.split('.');
  if (parts.length !== 3 || parts[0] !== FORMAT_VERSION) return null;
  const screenCount = parseBase36(parts[1]);
  if (screenCount === null || screenCount > MAX_SCREENS) return null;
  const bits = parts[2];
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

function parseBase36(text: string): number | null {
  if (!/^[0-9a-z]{1,4}$/.test(text)) return null;
  return parseInt(text, 36);
}
