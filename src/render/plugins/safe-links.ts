import type { Markdown, Token } from '../markdown-types';
import { asRenderEnv } from '../env';

const ALLOWED_LINK = /^(https?:\/\/|mailto:)/i;

/**
 * Links may only leave the package for the web or mail: a relative link has nothing to point at
 * in an offline package, and every other scheme (javascript:, data:, file:) is a way to run or
 * smuggle something. A disallowed link keeps its text and loses the link.
 * An image is shown when the package carries its file (RenderEnv.images, from src/load/images.ts);
 * any other image (missing, remote, outside the course: validate warns) shows its alt text.
 */
export function safeLinksPlugin(md: Markdown): void {
  // Let every destination through the parser so that disallowed links and images can still be
  // recognised and reduced to their text below (markdown-it would otherwise print their source).
  md.validateLink = () => true;
  md.core.ruler.after('inline', 'safe_links', (state) => {
    for (const token of state.tokens) {
      if (token.type === 'inline' && token.children) {
        token.children = dropUnsafeLinks(token.children);
        markShownImages(md, token.children, state.env);
      }
    }
  });
  md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
    tokens[idx].attrSet('target', '_blank'); // leaving the SCO's frame would end the LMS session
    tokens[idx].attrSet('rel', 'noopener noreferrer');
    return self.renderToken(tokens, idx, options);
  };
  // renderInlineAsText gives raw text (markdown-it escapes it later as an attribute): escape it here.
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const alt = md.utils.escapeHtml(self.renderInlineAsText(tokens[idx].children ?? [], options, env));
    const url = imageUrl(md, asRenderEnv(env), String(tokens[idx].attrGet('src') ?? ''));
    if (url === undefined) return alt;
    // max-width in player.css keeps it within the screen; lazy: a lesson's later screens wait.
    return `<img class="cp-image" src="${md.utils.escapeHtml(url)}" alt="${alt}" loading="lazy" decoding="async">`;
  };
}

function dropUnsafeLinks(children: Token[]): Token[] {
  const kept: Token[] = [];
  let dropping = 0; // open disallowed links (links do not nest, but be safe)
  for (const child of children) {
    if (child.type === 'link_open' && !ALLOWED_LINK.test(String(child.attrGet('href') ?? '').trim())) {
      dropping++;
      continue;
    }
    if (child.type === 'link_close' && dropping > 0) {
      dropping--;
      continue;
    }
    kept.push(child);
  }
  return kept;
}

/** The page URL of an image the package carries; markdown-it hands `src` over normalized. */
export function imageUrl(md: Markdown, env: { readonly images: ReadonlyMap<string, string> }, src: string): string | undefined {
  for (const [written, url] of env.images) if (written === src || md.normalizeLink(written) === src) return url;
  return undefined;
}

/** Images the package carries are marked, so that they count toward the screen's length (../blocks.ts). */
function markShownImages(md: Markdown, children: readonly Token[], env: unknown): void {
  for (const child of children) {
    if (child.type === 'image' && imageUrl(md, asRenderEnv(env), String(child.attrGet('src') ?? '')) !== undefined) {
      child.meta = { ...(child.meta ?? {}), shown: true };
    }
  }
}
