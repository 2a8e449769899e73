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
  const collapsed = text.replace(/\s+/g, ' ').trim();
  const characters = Array.from(collapsed);
  if (characters.length <= MAX_TITLE_LENGTH) return collapsed;
  const head = characters.slice(0, MAX_TITLE_LENGTH - 1).join('');
  const lastSpace = head.lastIndexOf(' ');
  const cut = lastSpace > MAX_TITLE_LENGTH / 2 ? head.slice(0, lastSpace) : head;
  return `${cut.trimEnd()}…`;
}
