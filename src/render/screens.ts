import type { Screen } from '../model/rendered';
import type { Block, HeadingBlock } from './blocks';
import type { RenderEnv } from './env';
import { markdown } from './markdown';
import type { ScreenPlan } from './split';

/** Renders a planned screen's body to HTML (the page template adds the section and its title). */
export function renderScreen(plan: ScreenPlan, env: RenderEnv): Screen {
  let previousLevel = 2; // the screen's own title is the h2
  const parts = plan.body.map((block) => {
    if (block.kind !== 'heading') return renderBlock(block, env);
    previousLevel = headingLevel(block, previousLevel);
    return renderHeading(block, previousLevel, env);
  });
  return { index: plan.index, title: plan.title, words: plan.words, html: parts.join('') };
}

/**
 * The page has the lesson title as h1 and each screen's title as h2, so a Markdown `##` becomes
 * h3 and `###` h4; a level is never more than one below the heading before it on the screen
 * (a screen titled by a `##` heading may be followed by `###`, which then becomes h3).
 */
function headingLevel(block: HeadingBlock, previousLevel: number): number {
  const shifted = Math.min(6, Math.max(3, block.level + 1));
  return Math.min(shifted, previousLevel + 1);
}

function renderHeading(block: HeadingBlock, level: number, env: RenderEnv): string {
  const inline = block.tokens.find((token) => token.type === 'inline');
  const content = markdown.renderer.renderInline(inline?.children ?? [], markdown.options, env);
  const id = markdown.utils.escapeHtml(block.id);
  return `<h${level} id="${id}">${content}</h${level}>\n`;
}

function renderBlock(block: Exclude<Block, HeadingBlock>, env: RenderEnv): string {
  const html = markdown.renderer.render([...block.tokens], markdown.options, env);
  if (block.kind !== 'overview') return html;
  const label = markdown.utils.escapeHtml(env.strings.chapterOverview ?? '');
  return `<aside class="cp-overview" aria-label="${label}">\n${html}</aside>\n`;
}
