import type { Markdown } from '../markdown-types';

/**
 * Citation marks as the source prints them: `[12]`, `[14-20]`, `[12, 45 б.]`, `[12; 14]`.
 * A number first, then an optional range, then optional `,`/`;`-separated locators.
 */
export const CITATION = /^\[(\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*[,;]\s*[^[\]\n]{1,60})?)\]/;

/** Turns citation marks into `cite_ref` tokens, rendered as `<sup class="cp-ref">`. */
export function citationsPlugin(md: Markdown): void {
  md.inline.ruler.before('link', 'cite_ref', (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
    const match = CITATION.exec(state.src.slice(state.pos, state.pos + 80));
    if (!match) return false;
    // `[12](https://…)` is a link whose text happens to be a number, not a citation.
    if (state.src.charAt(state.pos + match[0].length) === '(') return false;
    if (!silent) state.push('cite_ref', 'sup', 0).content = match[1];
    state.pos += match[0].length;
    return true;
  });
  md.renderer.rules.cite_ref = (tokens, idx) =>
    `<sup class="cp-ref">[${md.utils.escapeHtml(tokens[idx].content)}]</sup>`;
}
