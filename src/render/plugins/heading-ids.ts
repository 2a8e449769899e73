import type { Markdown } from '../markdown-types';
import { asRenderEnv } from '../env';

/**
 * Gives every heading an id made from its text (`h-<slug>`), so that an id changes only when
 * its heading does. The `h-` prefix keeps them apart from the page's own `cp-` ids.
 */
export function headingIdsPlugin(md: Markdown): void {
  md.core.ruler.after('inline', 'heading_ids', (state) => {
    const used = asRenderEnv(state.env).headingIds;
    state.tokens.forEach((token, i) => {
      if (token.type !== 'heading_open') return;
      const inline = state.tokens[i + 1];
      const text = inline?.children ? md.renderer.renderInlineAsText(inline.children, md.options, state.env) : '';
      token.attrSet('id', uniqueId(slugify(text), used));
    });
  });
  // Headings inside lists, quotes or the overview: one level below the screen's own (h2).
  const shifted = (tag: string) => `h${Math.min(6, Math.max(3, Number(tag.slice(1)) + 1))}`;
  md.renderer.rules.heading_open = (tokens, idx, _options, _env, self) =>
    `<${shifted(tokens[idx].tag)}${self.renderAttrs(tokens[idx])}>`;
  md.renderer.rules.heading_close = (tokens, idx) => `</${shifted(tokens[idx].tag)}>\n`;
}

export function slugify(text: string): string {
  const slug = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `h-${[...slug].slice(0, 60).join('').replace(/-+$/, '') || 'section'}`;
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
