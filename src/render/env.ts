import type MarkdownIt from 'markdown-it';
import type { UiStrings } from './locales';

/**
 * What one lesson's rendering shares between markdown-it rules (markdown-it's `env`):
 * the UI strings for generated labels and the heading ids already given out, so that ids stay
 * unique across the body and the chapter overview of one page, and the lesson's images.
 */
export interface RenderEnv extends MarkdownIt.Env {
  readonly strings: UiStrings;
  readonly headingIds: Set<string>;
  /** The lesson's shippable images: the URL from the page for each `src` the text writes. */
  readonly images: ReadonlyMap<string, string>;
}

export function newRenderEnv(strings: UiStrings, images: ReadonlyMap<string, string> = new Map()): RenderEnv {
  return { strings, headingIds: new Set(), images };
}

/** markdown-it types `env` as `any`; this narrows it back, failing loudly if a caller forgot it. */
export function asRenderEnv(env: unknown): RenderEnv {
  const candidate = env as Partial<RenderEnv> | undefined;
  if (!candidate || !candidate.strings || !(candidate.headingIds instanceof Set)) {
    throw new Error('markdown rendered without a RenderEnv (use newRenderEnv)');
  }
  return candidate as RenderEnv;
}
