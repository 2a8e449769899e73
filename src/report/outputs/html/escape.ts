/** Escaping for HTML text and attribute values (double-quoted), also inside inline SVG. */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

/** A fragment id from parts that are ids already (letters, digits, `-`, `_`); anything else becomes `_`. */
export function anchorId(...parts: readonly string[]): string {
  return parts.map((part) => part.replace(/[^A-Za-z0-9_-]/g, '_')).join('--');
}
