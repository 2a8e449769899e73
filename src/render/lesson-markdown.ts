/**
 * A lesson body parsed as `markdown.parse(body, env)` parses it, token for token, with its plain
 * paragraphs taken apart without markdown-it (issue 18: markdown-it was the largest part of
 * rendering a 600-lesson course, and nine tenths of a dissertation's text is such paragraphs).
 *
 * A plain paragraph is a run of lines between blank lines (or the body's ends) in which nothing
 * can mean Markdown: no line starts with a space or with anything that opens a block (`#`, `>`,
 * a list marker, `:::`, a table's `|`, a setext underline...) or ends with a space, and the text
 * holds no character an inline rule acts on (`\`, backticks, `*`, `_`, `~`, `<`, `&`, `|`,
 * `^`, `![`, brackets) but citation marks as the citations plugin reads them. Its tokens are
 * built here as markdown-it builds them: `paragraph_open`, `inline` (its text, softbreaks and
 * `cite_ref`s), `paragraph_close`. Everything else — each run of other blocks with the blank
 * lines after it, a container with all it holds — goes to markdown-it with the same `env`, in
 * order, its line numbers moved to the body's. A body with anything whose meaning reaches across
 * blocks (footnotes, link references, fences, nested or long-marked containers, tabs, `\r`, NUL)
 * goes to markdown-it whole. test/render/lesson-markdown.test.ts compares both on every lesson
 * of the course and on the edge cases.
 */
import { markdown } from './markdown';
import type { Token } from './markdown-types';
import { newRenderEnv, type RenderEnv } from './env';
import { CITATION } from './plugins/citations';

/**
 * What reaches across blocks: a body whose other blocks hold any of it is parsed whole. A fence
 * holds blank lines and text that would look plain; footnotes and link references are listed or
 * looked up across the whole body; a container marked otherwise than `::: name` … `:::` at the
 * start of a line might hold what looks plain; `\r` is a line break to markdown-it.
 */
const ACROSS_BLOCKS = /```|~~~|\[\^|\]:|::::|[^\n]:::|\r/;
/** A line that would start, interrupt or underline a block (its first character is not a space: checked apart). */
const BLOCK_START = /^(?:[#>*+=_~`|:<-]|\d{1,9}[.)](?: |$))/;
const CONTAINER_LINE = /^:::(.*)$/;

/** A run of lines of the body: a plain paragraph's tokens, or other blocks for markdown-it. */
type Part = { readonly plain: Token[] } | { readonly from: number; readonly to: number };

export function parseLessonBody(body: string, env: RenderEnv): Token[] {
  const lines = body.split('\n');
  const parts = partsOf(body, lines);
  if (parts === null) return markdown.parse(body, env);
  // Where each line starts in `body`.
  const starts: number[] = new Array(lines.length + 1);
  starts[0] = 0;
  for (let i = 0; i < lines.length; i++) starts[i + 1] = starts[i] + lines[i].length + 1;
  const tokens: Token[] = [];
  for (const part of parts) {
    if ('plain' in part) {
      for (const token of part.plain) tokens.push(token);
      continue;
    }
    // Other blocks run up to the next plain paragraph, blank lines included, as they do in the whole body.
    const text = part.to < lines.length ? body.slice(starts[part.from], starts[part.to]) : body.slice(starts[part.from]);
    for (const token of parsedAt(text, part.from, env)) tokens.push(token);
  }
  return tokens;
}

/** The body's parts, in order (runs of other blocks merged), or null when it must be parsed whole. */
function partsOf(body: string, lines: readonly string[]): Part[] | null {
  const parts: Part[] = [];
  let other = -1; // the first line of the run of other blocks under way, or -1
  let containers = 0; // containers open in that run
  let line = 0;
  while (line < lines.length) {
    if (isBlank(lines[line])) {
      line++;
      continue;
    }
    let end = line + 1;
    while (end < lines.length && !isBlank(lines[end])) end++;
    const paragraph = containers === 0 ? plainParagraph(lines, line, end) : null;
    if (paragraph === null) {
      if (lines.slice(line, end).some((text) => ACROSS_BLOCKS.test(text))) return null;
      if (other < 0) other = line;
      containers = openContainers(lines, line, end, containers);
    } else {
      if (other >= 0) parts.push({ from: other, to: line });
      other = -1;
      parts.push({ plain: paragraph });
    }
    line = end;
  }
  if (other >= 0) parts.push({ from: other, to: lines.length });
  return parts;
}

/** Blank as markdown-it sees it: spaces only (a no-break space is text). */
function isBlank(line: string): boolean {
  return line === '' || (line.charCodeAt(0) === 0x20 && BLANK.test(line));
}

const BLANK = /^ +$/;

/** markdown-it's tokens of a run of blocks that starts on line `first` of the body. */
function parsedAt(text: string, first: number, env: RenderEnv): Token[] {
  const tokens = markdown.parse(text, env);
  for (const token of tokens) if (token.map) token.map = [token.map[0] + first, token.map[1] + first];
  return tokens;
}

/** Containers open after lines `from`–`to` (`::: name` opens one, `:::` alone closes one). */
function openContainers(lines: readonly string[], from: number, to: number, open: number): number {
  let depth = open;
  for (let i = from; i < to; i++) {
    const marker = CONTAINER_LINE.exec(lines[i]);
    if (marker === null) continue;
    if (marker[1].trim() !== '') depth++;
    else if (depth > 0) depth--;
  }
  return depth;
}

/** The tokens of lines `from`–`to` as a plain paragraph, or null when they are not one. */
function plainParagraph(lines: readonly string[], from: number, to: number): Token[] | null {
  for (let i = from; i < to; i++) if (!plainLine(lines[i])) return null;
  const content = from + 1 === to ? lines[from] : lines.slice(from, to).join('\n');
  // `[label]: destination` at the start would be a link reference definition, not a paragraph.
  if (content.charAt(0) === '[' && content.includes(']:')) return null;
  const children = inlineTokens(content);
  if (children === null) return null;
  const open = newToken('paragraph_open', 'p', 1);
  open.map = [from, to];
  open.block = true;
  const inline = newToken('inline', '', 0);
  inline.content = content;
  inline.map = [from, to];
  inline.level = 1;
  inline.block = true;
  inline.children = children;
  const close = newToken('paragraph_close', 'p', -1);
  close.block = true;
  return [open, inline, close];
}

/** A line a plain paragraph may hold: no space (of any kind) at either end, nothing that starts a block. */
function plainLine(line: string): boolean {
  return !SPACE.test(line.charAt(0)) && !SPACE.test(line.charAt(line.length - 1)) && !BLOCK_START.test(line);
}

const SPACE = /\s/;
/** Where plain text may stop being plain: a line break, a citation mark, or what an inline rule acts on. */
const INLINE_STOP = /[\n[\]!\\`*_~<&|^\t\r\0]/g;

/** The inline tokens of plain text: text, softbreaks and citation marks; null if anything else is there. */
function inlineTokens(content: string): Token[] | null {
  const children: Token[] = [];
  let textFrom = 0;
  const pushText = (to: number): void => {
    if (to > textFrom) children.push(textToken(content.slice(textFrom, to)));
  };
  INLINE_STOP.lastIndex = 0;
  for (let stop = INLINE_STOP.exec(content); stop !== null; stop = INLINE_STOP.exec(content)) {
    const at = stop.index;
    switch (stop[0]) {
      case '\n':
        pushText(at);
        children.push(newToken('softbreak', 'br', 0));
        textFrom = at + 1;
        break;
      case '[': {
        // As the citations plugin reads a mark: the same pattern on the same 80 characters.
        const match = CITATION.exec(content.slice(at, at + 80));
        if (match === null || content.charAt(at + match[0].length) === '(') return null;
        pushText(at);
        const cite = newToken('cite_ref', 'sup', 0);
        cite.content = match[1];
        children.push(cite);
        textFrom = at + match[0].length;
        INLINE_STOP.lastIndex = textFrom;
        break;
      }
      case '!':
        if (content.charAt(at + 1) === '[') return null;
        break;
      default:
        return null;
    }
  }
  pushText(content.length);
  return children;
}

function textToken(content: string): Token {
  const text = newToken('text', '', 0);
  text.content = content;
  return text;
}

type TokenConstructor = new (type: string, tag: string, nesting: number) => Token;

/**
 * markdown-it's Token without its constructor's cost (a helper call per field, ~13 per token):
 * the same own fields in the same order, and Token's prototype, so a token made here is one
 * markdown-it would make (the tests compare them as JSON, which follows that order).
 */
const PlainToken = function PlainToken(this: Record<string, unknown>, type: string, tag: string, nesting: number) {
  this.map = null;
  this.level = 0;
  this.children = null;
  this.content = '';
  this.markup = '';
  this.info = '';
  this.block = false;
  this.hidden = false;
  this.type = type;
  this.tag = tag;
  this.attrs = null;
  this.nesting = nesting;
  this.meta = null;
} as unknown as TokenConstructor;

let tokenPrototypeSet = false;

function newToken(type: string, tag: string, nesting: number): Token {
  if (!tokenPrototypeSet) {
    // markdown-it's CommonJS entry does not export Token: the class of a token it makes.
    (PlainToken as unknown as { prototype: object }).prototype = Object.getPrototypeOf(markdown.parse('x', newRenderEnv({}))[0]) as object;
    tokenPrototypeSet = true;
  }
  return new PlainToken(type, tag, nesting);
}
