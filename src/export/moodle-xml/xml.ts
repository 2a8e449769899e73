/** Small XML writing helpers: escaped text, CDATA sections, indented elements. */

/** Characters XML 1.0 forbids outright; a bank could hold them only through YAML escapes. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * A CDATA section holding `text` verbatim. HTML-escaped text has no `]]>`, but the section is
 * split around any that turns up, so no input can end it early.
 */
export function cdata(text: string): string {
  const safe = text.replace(FORBIDDEN, '').split(']]>').join(']]]]><![CDATA[>');
  return `<![CDATA[${safe}]]>`;
}

/** `<name attrs>content</name>` on one line. */
export function element(name: string, content: string, attributes: Record<string, string> = {}): string {
  const attrs = Object.entries(attributes).map(([key, value]) => ` ${key}="${escapeXml(value)}"`).join('');
  return `<${name}${attrs}>${content}</${name}>`;
}

/** Lines indented by `depth` steps of two spaces. */
export function indent(lines: readonly string[], depth: number): string[] {
  const pad = '  '.repeat(depth);
  return lines.map((line) => `${pad}${line}`);
}
