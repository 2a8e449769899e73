/**
 * Whitespace clean-up for text extracted from word processors: tabs, non-breaking spaces and
 * long runs of spaces (left by justified layouts) become one ordinary space.
 */

/** Every run of whitespace (tabs, NBSP, zero-width spaces included) becomes one space; trims both ends. */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/[\u200B\uFEFF]/g, '')
    .replace(/[\s\u00A0\u2007\u202F]+/g, ' ')
    .trim();
}

/** True when the line holds no visible character. */
export function isBlank(text: string): boolean {
  return collapseWhitespace(text) === '';
}
