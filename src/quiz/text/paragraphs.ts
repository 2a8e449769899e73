/**
 * The prose of a lesson: paragraphs and list items with their line in the lesson file, and the
 * lists introduced by a paragraph ending with ':'. Headings, tables, figure and table containers
 * (captions included) and code are not prose: a quiz stem must not come from them.
 */
import type MarkdownIt from 'markdown-it';
import type { Lesson } from '../../model/course';
import { lessonParser, unescapeMarkdown } from './markdown';
import type { IntroducedList, LessonProse, Paragraph } from './types';

type Token = MarkdownIt.Token;

/** Block tokens whose contents are never prose. */
const SKIPPED_OPENERS: ReadonlySet<string> = new Set([
  'container_table_open', 'container_figure_open', 'table_open', 'heading_open',
]);

interface Walk {
  readonly tokens: readonly Token[];
  readonly firstLine: number;
  readonly paragraphs: Paragraph[];
  readonly lists: IntroducedList[];
}

/** The lesson body's prose paragraphs and list items, in text order. */
export function lessonParagraphs(lesson: Lesson): Paragraph[] {
  return lessonProse(lesson).paragraphs.slice();
}

/** Paragraphs and list items plus the colon-introduced lists. */
export function lessonProse(lesson: Lesson): LessonProse {
  const tokens = lessonParser.parse(lesson.body, {});
  const walk: Walk = { tokens, firstLine: lesson.bodyLine, paragraphs: [], lists: [] };
  let index = 0;
  while (index < tokens.length) index = visit(walk, index, 0);
  return { paragraphs: walk.paragraphs, lists: walk.lists };
}

/** Handles the block at `index`; returns the index after it. `itemDepth` > 0 inside list items. */
function visit(walk: Walk, index: number, itemDepth: number): number {
  const token = walk.tokens[index];
  if (SKIPPED_OPENERS.has(token.type)) return closingIndex(walk.tokens, index) + 1;
  if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') return visitList(walk, index, undefined);
  if (token.type !== 'paragraph_open') return index + 1;
  const paragraph = paragraphAt(walk, index, itemDepth > 0 ? 'list-item' : 'paragraph');
  const after = closingIndex(walk.tokens, index) + 1;
  const next = walk.tokens[after];
  const introducesList = itemDepth === 0 && next !== undefined && isListOpen(next) && paragraph.text.trimEnd().endsWith(':');
  if (!introducesList) {
    walk.paragraphs.push(paragraph);
    return after;
  }
  const intro: Paragraph = { ...paragraph, kind: 'list-intro', list: walk.lists.length };
  walk.paragraphs.push(intro);
  return visitList(walk, after, intro);
}

/** Walks a list: each item's first paragraph is a list item; nested blocks are visited too. */
function visitList(walk: Walk, open: number, intro: Paragraph | undefined): number {
  const close = closingIndex(walk.tokens, open);
  const listIndex = intro?.list;
  const items: Paragraph[] = [];
  let index = open + 1;
  while (index < close) {
    const token = walk.tokens[index];
    if (token.type === 'paragraph_open' && walk.tokens[index - 1]?.type === 'list_item_open' && token.level === walk.tokens[open].level + 2) {
      const item = { ...paragraphAt(walk, index, 'list-item'), ...(listIndex === undefined ? {} : { list: listIndex }) };
      walk.paragraphs.push(item);
      items.push(item);
      index = closingIndex(walk.tokens, index) + 1;
    } else {
      index = visit(walk, index, 1);
    }
  }
  if (intro !== undefined) walk.lists.push({ intro, items, ordered: walk.tokens[open].type === 'ordered_list_open' });
  return close + 1;
}

function paragraphAt(walk: Walk, open: number, kind: Paragraph['kind']): Paragraph {
  const inline = walk.tokens[open + 1];
  const line = walk.firstLine + (walk.tokens[open].map?.[0] ?? 0);
  return { kind, text: unescapeMarkdown(inline.content), line };
}

function isListOpen(token: Token): boolean {
  return token.type === 'bullet_list_open' || token.type === 'ordered_list_open';
}

/** Index of the token closing the block opened at `open` (same level, nesting -1). */
function closingIndex(tokens: readonly Token[], open: number): number {
  const opener = tokens[open];
  if (opener.nesting !== 1) return open;
  for (let index = open + 1; index < tokens.length; index += 1) {
    if (tokens[index].level === opener.level && tokens[index].nesting === -1) return index;
  }
  return tokens.length - 1;
}
