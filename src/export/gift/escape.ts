/**
 * GIFT escaping. In GIFT text, `~ = # { } :` are syntax and a backslash escapes them; `\\` is a
 * backslash and `\n` a line break. Escaping leaves every question on one line of text, so a
 * blank line (which ends a question) or a line starting with `//` (a comment) cannot occur.
 */
import { plainToHtml } from '../text';

export function escapeGift(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[~=#{}:]/g, (char) => `\\${char}`)
    .replace(/\r\n?/g, '\n')
    .replace(/\n/g, '\\n');
}

/**
 * A rich field: `[html]` and the escaped HTML. The explicit format keeps a text that starts
 * with `[plain]` or `%50%` from being read as a format or a grade, and HTML turns `->` into
 * `-&gt;`, so a matching question's left side cannot contain the `->` that ends it.
 */
export function giftRichText(plain: string): string {
  return `[html]${escapeGift(plainToHtml(plain))}`;
}

/**
 * A plain field (a matching question's right side, which Moodle stores as plain text):
 * escaped, line breaks as spaces because Moodle shows these in a one-line menu.
 */
export function giftPlainText(plain: string): string {
  return escapeGift(plain.replace(/\s*[\r\n]+\s*/g, ' '));
}

/**
 * A `$CATEGORY:` path is read verbatim up to the line end, after Moodle has turned `\x`
 * escapes into placeholders it never turns back here; only `\\` comes back as `\`.
 */
export function giftCategoryText(path: string): string {
  return path.replace(/\\/g, '\\\\');
}

/**
 * An `[id:…]` or `[tag:…]` token of the comment before a question: ends at the first `]`
 * and may hold no `<`, `>` or control characters.
 */
export function giftCommentToken(value: string): string {
  return value.replace(/[\]<>\u0000-\u001F\u007F]/g, '_');
}
