import type { Markdown, Token, RenderRule } from '../markdown-types';
import container from 'markdown-it-container';
import { asRenderEnv } from '../env';
import { imageUrl } from './safe-links';

/** The caption after `::: table` or `::: figure` (may be empty). */
function captionOf(info: string, name: string): string {
  return info.trim().slice(name.length).trim();
}

/**
 * `::: table <caption>` and `::: figure <caption>` (docs/course-format.md), and a scrolling,
 * labelled wrapper for every table so that wide tables stay readable at 360 px.
 */
export function containersPlugin(md: Markdown): void {
  const named = (name: string) => (params: string) => new RegExp(`^${name}(\\s|$)`).test(params.trim());
  container(md, 'table', { validate: named('table'), render: renderTableContainer(md) });
  container(md, 'figure', { validate: named('figure'), render: renderFigureContainer(md) });
  md.core.ruler.after('inline', 'container_captions', (state) => {
    linkCaptions(state.tokens);
    placeFigureImages(md, state.tokens, state.env);
  });
  md.renderer.rules.table_open = (tokens, idx, options, env, self) => {
    const meta = tableMeta(tokens[idx]);
    const caption = meta.caption ? `<caption>${md.renderInline(meta.caption, env)}</caption>\n` : '';
    const wrap = meta.inContainer ? '' : openTableWrap(md, asRenderEnv(env).strings.tableLabel ?? '');
    return `${wrap}${self.renderToken(tokens, idx, options)}${caption}`;
  };
  md.renderer.rules.table_close = (tokens, idx, options, _env, self) =>
    self.renderToken(tokens, idx, options) + (tableMeta(tokens[idx]).inContainer ? '' : '</div>\n');
}

type TableMeta = {
  readonly caption?: string;
  readonly inContainer: boolean;
};

function tableMeta(token: Token): TableMeta {
  return (token.meta as unknown as TableMeta | null) ?? { inContainer: false };
}

function openTableWrap(md: Markdown, label: string): string {
  return `<div class="cp-table-wrap" role="region" tabindex="0" aria-label="${md.utils.escapeHtml(label)}">\n`;
}

/** What the core rule below leaves on container and table tokens for their renderers. */
type ContainerMeta = {
  readonly caption: string;
  /** Whether a table inside took the caption; otherwise the container prints it itself. */
  tableClaimed: boolean;
  /** Whether a figure holds an image the package carries (else it shows as a placeholder). */
  hasImage?: boolean;
};

/**
 * A paragraph inside a figure that holds an image the package carries loses its `<p>`, so the
 * figure is the image and its caption; and the figure is no longer a placeholder.
 */
function placeFigureImages(md: Markdown, tokens: Token[], env: unknown): void {
  const figures: Token[] = [];
  tokens.forEach((token, i) => {
    if (token.type === 'container_figure_open') figures.push(token);
    else if (token.type === 'container_figure_close') figures.pop();
    const figure = figures[figures.length - 1];
    if (!figure || token.type !== 'paragraph_open') return;
    const inline = tokens[i + 1];
    const shown = (inline?.children ?? []).some((child) => child.type === 'image' && imageUrl(md, asRenderEnv(env), String(child.attrGet('src') ?? '')) !== undefined);
    if (!shown) return;
    containerMeta(figure).hasImage = true;
    token.hidden = true;
    if (tokens[i + 2]?.type === 'paragraph_close') tokens[i + 2]!.hidden = true;
  });
}

const containerMeta = (token: Token) => token.meta as unknown as ContainerMeta;

/**
 * Hands each table container's caption to the first table inside it (as its `<caption>`),
 * and each container's caption to its closing token (a figure prints `<figcaption>` last).
 */
function linkCaptions(tokens: Token[]): void {
  const containers: Token[] = [];
  const tables: Token[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'container_table_open':
      case 'container_figure_open': {
        const meta: ContainerMeta = { caption: captionOf(token.info, token.type.split('_')[1]), tableClaimed: false };
        token.meta = meta;
        containers.push(token);
        break;
      }
      case 'container_table_close':
      case 'container_figure_close':
        token.meta = containers.pop()?.meta ?? null;
        break;
      case 'table_open': {
        const container = containers[containers.length - 1];
        const meta = container?.type === 'container_table_open' ? containerMeta(container) : undefined;
        const claims = meta !== undefined && !meta.tableClaimed;
        if (claims) meta.tableClaimed = true;
        const tableMeta: TableMeta = { caption: claims ? meta.caption : undefined, inContainer: claims };
        token.meta = tableMeta;
        tables.push(token);
        break;
      }
      case 'table_close':
        token.meta = tables.pop()?.meta ?? null;
        break;
    }
  }
}

function renderTableContainer(md: Markdown): RenderRule {
  return (tokens, idx, _options, env) => {
    const token = tokens[idx];
    if (token.nesting === -1) return '</div>\n';
    const meta = containerMeta(token);
    const label = meta.caption || (asRenderEnv(env).strings.tableLabel ?? '');
    const orphanCaption = meta.caption && !meta.tableClaimed ? `<p>${md.renderInline(meta.caption, env)}</p>\n` : '';
    return openTableWrap(md, label) + orphanCaption;
  };
}

function renderFigureContainer(md: Markdown): RenderRule {
  return (tokens, idx, _options, env) => {
    const token = tokens[idx];
    if (token.nesting === 1) {
      if (containerMeta(token).hasImage) return '<figure class="cp-figure">\n';
      const missing = md.utils.escapeHtml(asRenderEnv(env).strings.figureMissing ?? '');
      return `<figure class="cp-figure cp-figure--missing">\n<p class="cp-figure__missing">${missing}</p>\n`;
    }
    const caption = containerMeta(token).caption;
    return `${caption ? `<figcaption>${md.renderInline(caption, env)}</figcaption>\n` : ''}</figure>\n`;
  };
}
