import type { Token } from './markdown-types';
import { InternalError } from '../diagnostics/errors';
import { countWords } from './words';

/** Kinds of top-level content a screen may be cut between (never inside one). */
export type ContentKind = 'paragraph' | 'list' | 'table' | 'figure' | 'blockquote' | 'code' | 'rule' | 'notes';

interface BlockBase {
  /** The block's markdown-it tokens, from its opening token to its closing one. */
  readonly tokens: readonly Token[];
  /** Words a reader reads in it (citation marks and punctuation excluded). */
  readonly words: number;
}

export interface HeadingBlock extends BlockBase {
  readonly kind: 'heading';
  /** The Markdown level: `##` is 2. */
  readonly level: number;
  /** Its stable id (`h-…`) and its text without markup. */
  readonly id: string;
  readonly text: string;
}

export interface ContentBlock extends BlockBase {
  readonly kind: ContentKind;
}

/** A chapter's lead text, placed first on the first screen of the chapter's first lesson. */
export interface OverviewBlock extends BlockBase {
  readonly kind: 'overview';
}

export type Block = HeadingBlock | ContentBlock | OverviewBlock;

/** Cuts a parsed lesson body into its top-level blocks, in order. */
export function toBlocks(tokens: readonly Token[]): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  while (start < tokens.length) {
    const end = blockEnd(tokens, start);
    blocks.push(toBlock(tokens.slice(start, end)));
    start = end;
  }
  return blocks;
}

/** The overview's tokens as one block (it is shown whole, in its own `aside`). */
export function toOverviewBlock(tokens: readonly Token[]): OverviewBlock {
  return { kind: 'overview', tokens, words: wordsIn(tokens) };
}

/** Index just past the block starting at `start` (its closing token at the same nesting level). */
function blockEnd(tokens: readonly Token[], start: number): number {
  if (tokens[start].nesting !== 1) return start + 1;
  let depth = 0;
  for (let i = start; i < tokens.length; i++) {
    depth += tokens[i].nesting;
    if (depth === 0) return i + 1;
  }
  throw new InternalError(`Unclosed ${tokens[start].type} in a parsed lesson`);
}

/**
 * On a phone an image (one the package carries; any other shows its alt text) takes about the room of this many words of text, so a screen with figures
 * holds less text (docs/course-format.md).
 */
export const IMAGE_WORDS = 100;

function imagesIn(tokens: readonly Token[]): number {
  let count = 0;
  for (const token of tokens) {
    if (token.type === 'image' && (token.meta as { shown?: boolean } | null)?.shown) count++;
    else if (token.children) count += imagesIn(token.children);
  }
  return count;
}

function toBlock(tokens: readonly Token[]): Block {
  const first = tokens[0];
  const words = wordsIn(tokens) + IMAGE_WORDS * imagesIn(tokens);
  if (first.type === 'heading_open') {
    const text = plainText(tokens).trim();
    return { kind: 'heading', level: Number(first.tag.slice(1)), id: String(first.attrGet('id') ?? ''), text, words, tokens };
  }
  return { kind: contentKind(first), tokens, words };
}

function contentKind(first: Token): ContentKind {
  switch (first.type) {
    case 'paragraph_open':
      return 'paragraph';
    case 'bullet_list_open':
    case 'ordered_list_open':
      return 'list';
    case 'table_open':
    case 'container_table_open':
      return 'table';
    case 'container_figure_open':
      return 'figure';
    case 'footnote_block_open':
      return 'notes';
    case 'blockquote_open':
      return 'blockquote';
    case 'fence':
    case 'code_block':
      return 'code';
    case 'hr':
      return 'rule';
    default:
      throw new InternalError(`Unexpected top-level token ${first.type} in a lesson`);
  }
}

/**
 * `countWords(plainText(tokens))` without joining the text (issue 18: a paragraph can be a
 * chapter long): the space plainText puts between tokens ends any word, so the counts add up.
 */
export function wordsIn(tokens: readonly Token[]): number {
  let words = 0;
  for (const token of tokens) {
    words += token.type === 'inline' || token.type === 'image' ? wordsIn(token.children ?? []) : countWords(tokenText(token));
  }
  return words;
}

/** The text a reader sees in some tokens: inline text, code, image alt text and captions. */
export function plainText(tokens: readonly Token[]): string {
  return tokens.map(tokenText).join(' ');
}

function tokenText(token: Token): string {
  switch (token.type) {
    case 'text':
    case 'code_inline':
    case 'fence':
    case 'code_block':
      return token.content;
    case 'softbreak':
    case 'hardbreak':
      return ' ';
    case 'inline':
    case 'image':
      return plainText(token.children ?? []);
    case 'container_table_open':
    case 'container_figure_open':
      return token.info.trim().replace(/^\S+/, ''); // the caption after the container's name
    default:
      return '';
  }
}
