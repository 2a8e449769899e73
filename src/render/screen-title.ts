/**
 * Titles for screens that do not start with a heading: the screen's opening words. Lessons
 * cut from a long text often have no headings at all, and "Lesson (3/9)" nine times over tells
 * a learner nothing in the table of contents; the first words of each screen do.
 */
import type { Block } from './blocks';
import { plainText } from './blocks';
import { newRenderEnv } from './env';
import { markdown } from './markdown';
import type { Token } from './markdown-types';

/** At most this many words of the opening sentence… */
export const TITLE_MAX_WORDS = 8;
/** …and this many characters (a guard against very long words such as addresses). */
export const TITLE_MAX_CHARS = 80;
const ELLIPSIS = '…';

/**
 * The title for a screen made of `body`: the first sentence of its first text block (a
 * paragraph, list, quote, or the caption of a table or figure), without citation marks, cut at
 * a word boundary. Null when the screen has no such text (say, a table without a caption).
 */
export function openingTitle(body: readonly Block[]): string | null {
  for (const block of body) {
    const text = openingText(block);
    if (text !== '') return capitalize(shortenToTitle(firstSentence(text)));
  }
  return null;
}

/** A list item may start in lower case ("жалпы …"); a title does not. */
function capitalize(title: string): string {
  const first = title.charAt(0);
  return first.toUpperCase() + title.slice(1);
}

/** The text a block opens with, or '' for blocks a title is not taken from. */
function openingText(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
    case 'list':
    case 'blockquote':
      return tidyOpening(firstInlineText(block.tokens));
    case 'table':
    case 'figure':
      return tidy(captionText(block.tokens));
    default:
      // Headings title their screen themselves; the overview is the chapter's, not the screen's;
      // code and rules have no words to name a screen by.
      return '';
  }
}

function firstInlineText(tokens: readonly Token[]): string {
  const inline = tokens.find((token) => token.type === 'inline');
  return inline ? plainText([inline]) : '';
}

/** The caption written after `::: table` or `::: figure`, as a reader sees it (markup and citation marks removed). */
function captionText(tokens: readonly Token[]): string {
  const open = tokens[0];
  if (open?.type !== 'container_table_open' && open?.type !== 'container_figure_open') return '';
  const caption = open.info.trim().replace(/^\S+/, '').trim();
  // A throwaway env: parsing one line of inline text gives out no heading ids.
  return caption === '' ? '' : plainText(markdown.parseInline(caption, newRenderEnv({})));
}

/**
 * `tidy` of just enough of the text's start to take a title from (issue 18: a paragraph can be a
 * whole chapter long). The text is cut after a whitespace, so the tidied part is the start of the
 * tidied whole; more than TITLE_MAX_WORDS + 2 words of it decide the title exactly as the whole
 * would (the last word may still gain punctuation from what follows, and the first sentence
 * either ends inside it or is cut at TITLE_MAX_WORDS words anyway).
 */
function tidyOpening(text: string): string {
  for (let length = 4 * TITLE_MAX_CHARS; length < text.length; length *= 2) {
    const space = text.slice(length).search(/\s/u);
    if (space < 0) break;
    const opening = tidy(text.slice(0, length + space));
    if (opening.split(' ').length > TITLE_MAX_WORDS + 2) return opening;
  }
  return tidy(text);
}

/** One line of text; no space left before punctuation where a citation mark was taken out. */
function tidy(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/ ([.,;:!?)»])/gu, '$1')
    .trim();
}

/**
 * The text up to the end of its first sentence: `.`, `?`, `!` or `…` followed by a space and a
 * capital, a digit or an opening quote. A dot after an initial (`А.`, `Г.Ч.`) or inside an
 * abbreviation (`т.б.`) does not end a sentence.
 */
export function firstSentence(text: string): string {
  const boundary = /([.?!…])\s+(?=[«"“„(]?[\p{Lu}\d])/gu;
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    const end = match.index + 1;
    if (match[1] !== '.' || !isInitialOrAbbreviation(text.slice(0, match.index))) return text.slice(0, end);
  }
  return text;
}

function isInitialOrAbbreviation(before: string): boolean {
  const word = before.slice(lastWordStart(before));
  const letters = word.replace(/[^\p{L}.]/gu, '');
  if (!/\p{L}/u.test(letters)) return false; // "(2016)." ends a sentence
  return letters.length <= 1 || letters.includes('.') || /^\p{Lu}+$/u.test(letters);
}

/**
 * Where the run of non-space characters ending `text` starts, found from the end (what
 * `/(\S*)$/u` matches: an end-anchored regex tries every position of the text, issue 18).
 * Every whitespace character is in the BMP, so a UTF-16 unit at a time tells.
 */
function lastWordStart(text: string): number {
  let start = text.length;
  while (start > 0 && !WHITESPACE.test(text.charAt(start - 1))) start--;
  return start;
}

const WHITESPACE = /\s/u;

/**
 * A sentence of at most TITLE_MAX_WORDS words and TITLE_MAX_CHARS characters stays whole (a
 * final dot, comma, colon or semicolon dropped, as in any title); a longer one is cut at a word
 * boundary and ends in `…`.
 */
export function shortenToTitle(sentence: string): string {
  const words = sentence.split(' ').filter((word) => word !== '');
  const whole = words.join(' ');
  if (words.length <= TITLE_MAX_WORDS && whole.length <= TITLE_MAX_CHARS) return whole.replace(/[.,;:]+$/u, '');
  const kept: string[] = [];
  for (const word of words.slice(0, TITLE_MAX_WORDS)) {
    if (kept.length > 0 && [...kept, word].join(' ').length > TITLE_MAX_CHARS - 1) break;
    kept.push(word);
  }
  const cut = kept.join(' ').replace(/[\s,;:.–—-]+$/u, '');
  return `${cut.slice(0, TITLE_MAX_CHARS - 1)}${ELLIPSIS}`;
}
