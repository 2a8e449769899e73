import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import type { Markdown } from './markdown-types';
import { citationsPlugin } from './plugins/citations';
import { containersPlugin } from './plugins/containers';
import { headingIdsPlugin } from './plugins/heading-ids';
import { safeLinksPlugin } from './plugins/safe-links';

/**
 * The one markdown-it set-up for lesson text (docs/course-format.md): CommonMark with pipe
 * tables; raw HTML shown as text; no automatic links or typographic replacements (the source's
 * own punctuation is kept as written); footnotes (`[^1]` and `[^1]: text`, as the .docx import
 * writes them) are listed at the end of the lesson. Rendering needs a RenderEnv (./env.ts) as `env`.
 */
export const markdown: Markdown = new MarkdownIt('default', {
  html: false,
  linkify: false,
  typographer: false,
})
  .use(safeLinksPlugin)
  .use(citationsPlugin)
  .use(containersPlugin)
  .use(headingIdsPlugin)
  .use(footnote);

/**
 * markdown-it-footnote lists the footnotes of `env` after every parse, also after the inline
 * parse of a caption: a caption would end with the lesson's notes. Inline parses hide them.
 */
const hiddenNotes = new WeakMap<object, unknown>();
markdown.core.ruler.before('footnote_tail', 'footnote_inline_hide', (state) => {
  if (!state.inlineMode || !state.env?.footnotes) return false;
  hiddenNotes.set(state.env, state.env.footnotes);
  state.env.footnotes = undefined;
  return false;
});
markdown.core.ruler.after('footnote_tail', 'footnote_inline_restore', (state) => {
  if (!state.inlineMode || !hiddenNotes.has(state.env)) return false;
  state.env.footnotes = hiddenNotes.get(state.env);
  hiddenNotes.delete(state.env);
  return false;
});
