import type MarkdownIt from 'markdown-it';

// markdown-it 15 ships its own types; its CommonJS entry exposes them through the namespace.
export type Markdown = MarkdownIt.MarkdownIt;
export type Token = MarkdownIt.Token;
export type RenderRule = MarkdownIt.RendererRule;
