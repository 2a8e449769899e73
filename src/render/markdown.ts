import MarkdownIt from 'markdown-it';
import type { Markdown } from './markdown-types';
import { citationsPlugin } from './plugins/citations';
import { containersPlugin } from './plugins/containers';
import { headingIdsPlugin } from './plugins/heading-ids';
import { safeLinksPlugin } from './plugins/safe-links';

/**
 * The one markdown-it set-up for lesson text (docs/course-format.md): CommonMark with pipe
 * tables; raw HTML shown as text; no automatic links or typographic replacements (the source's
 * own punctuation is kept as written). Rendering needs a RenderEnv (./env.ts) as `env`.
 */
export const markdown: Markdown = new MarkdownIt('default', {
  html: false,
  linkify: false,
  typographer: false,
})
  .use(safeLinksPlugin)
  .use(citationsPlugin)
  .use(containersPlugin)
  .use(headingIdsPlugin);
