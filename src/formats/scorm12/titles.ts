import type { Chapter, Lesson } from '../../model/course';

/** imscp titleType: at most 200 characters. */
export const MAX_TITLE_LENGTH = 200;

export function chapterTitle(chapter: Chapter): string {
  return manifestTitle(numbered(chapter.number, chapter.title));
}

export function lessonTitle(lesson: Lesson): string {
  return manifestTitle(numbered(lesson.number, lesson.title));
}

function numbered(number: string | undefined, title: string): string {
  return number ? `${number} ${title}` : title;
}

/**
 * Whitespace collapsed (titles imported from a text may span lines) and cut at a word
 * boundary with an ellipsis when longer than the schema allows. Counts code points, as XSD does.
 */
export function manifestTitle(text: string): string {
  // Every package of a build asks again for the same titles (and the course's description, for each xAPI page).
  let title = titles.get(text);
  if (title === undefined) {
    if (titles.size >= MAX_REMEMBERED) titles.clear();
    title = shortened(text);
    titles.set(text, title);
  }
  return title;
}

const titles = new Map<string, string>();
/** Titles are short and a course has a few per lesson; the bound only keeps a long-running process (the studio) from growing. */
const MAX_REMEMBERED = 10_000;

function shortened(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  // Code points never outnumber UTF-16 units: short text needs no count.
  if (collapsed.length <= MAX_TITLE_LENGTH) return collapsed;
  const characters = Array.from(collapsed);
  if (characters.length <= MAX_TITLE_LENGTH) return collapsed;
  const head = characters.slice(0, MAX_TITLE_LENGTH - 1).join('');
  const lastSpace = head.lastIndexOf(' ');
  const cut = lastSpace > MAX_TITLE_LENGTH / 2 ? head.slice(0, lastSpace) : head;
  return `${cut.trimEnd()}…`;
}
