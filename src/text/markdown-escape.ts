/**
 * Escapes plain text so that a Markdown renderer (CommonMark + tables + `:::` containers) shows
 * it exactly as written. Citation marks such as `[12]` stay readable: a bracket is only escaped
 * where Markdown would read it as a link or a link definition.
 */

// Characters that start inline Markdown anywhere in a line.
const INLINE_SPECIAL = /[\\`*_<~]/g;
// `[…]` directly followed by `(`, `[` or `:` would be a link, a reference or a definition.
const LINK_OPENER = /\[(?=[^\]]*\][([:])/g;
// `&name;` and `&#123;` are character references in Markdown.
const ENTITY = /&(?=#?\w+;)/g;

/** Escapes characters that Markdown would read as emphasis, code, HTML, links or entities. */
export function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&').replace(LINK_OPENER, '\\[').replace(ENTITY, '\\&');
}

/**
 * Escapes what would make a line start a block: heading, quote, list item, thematic break,
 * table row, fenced code or `:::` container. Expects text already passed through escapeInline.
 */
export function escapeBlockStart(text: string): string {
  const ordered = /^(\d{1,9})([.)])(?=\s|$)/.exec(text);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${text.slice(ordered[0].length)}`;
  if (/^[#>+\-=|:]/.test(text)) return `\\${text}`;
  return text;
}

/** A whole paragraph (one line of text) made safe for Markdown. */
export function escapeParagraph(text: string): string {
  return escapeBlockStart(escapeInline(text));
}

/** A table cell: inline escaping plus the column separator. */
export function escapeTableCell(text: string): string {
  return escapeInline(text).replace(/\|/g, '\\|');
}
