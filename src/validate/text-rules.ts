/**
 * What the pages would change without a word, said at validate time: titles that are blank or
 * longer than a SCORM manifest keeps, links the page turns into plain text, and HTML comments
 * (raw HTML is off, so a comment is printed for students to read).
 */
import { diagnostic } from '../diagnostics/codes';
import type { Diagnostic, Place } from '../diagnostics/diagnostic';
import type { CourseDraft, LessonFileDraft } from '../load/draft';
import { placeOfValue, type PathSegment, type YamlSource } from '../load/yaml-source';

/** imscp's titleType holds at most 200 characters (src/formats/scorm12/titles.ts shortens longer ones). */
const MANIFEST_TITLE_LENGTH = 200;
/** What the lesson page keeps as a link (src/render/plugins/safe-links.ts). */
const KEPT_LINK = /^(https?:\/\/|mailto:)/i;
/** `[text](destination` (one level of parentheses inside, as CommonMark allows) not preceded by `!` (images are another matter), and `<scheme:…>` autolinks. */
const INLINE_LINK = /(?<!!)\[[^\]\n]*\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))+)/g;
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/g;
// `[^1]: …` is a footnote (markdown-it-footnote), not a link reference definition.
const REFERENCE = /^ {0,3}\[(?!\^)[^\]\n]+\]:\s*<?([^\s>]+)/;
const FENCE = /^ {0,3}(```|~~~)/;

export function checkTitles(draft: CourseDraft): Diagnostic[] {
  const found: Diagnostic[] = [];
  const { data, yaml } = draft.course;
  if (data && yaml) {
    for (const [language, title] of Object.entries(data.title)) {
      if (title !== undefined) found.push(...titleProblems(title, undefined, yaml, ['title', language], `title.${language}`));
    }
    (data.chapters ?? []).forEach((chapter, index) => {
      found.push(...titleProblems(chapter.title, chapter.number, yaml, ['chapters', index, 'title'], `chapter ${chapter.id}'s title`));
    });
  }
  for (const lesson of draft.lessons) {
    if (lesson.data && lesson.yaml) {
      found.push(...titleProblems(lesson.data.title, lesson.data.number, lesson.yaml, ['title'], `lesson ${lesson.data.id}'s title`));
    }
  }
  return found;
}

function titleProblems(title: string, number: string | undefined, yaml: YamlSource, at: readonly PathSegment[], label: string): Diagnostic[] {
  if (title.trim() === '') return [diagnostic('course/blank-title', `${label} holds only spaces`, placeOfValue(yaml, at))];
  const shown = Array.from((number ? `${number} ${title}` : title).replace(/\s+/g, ' ').trim()).length;
  if (shown <= MANIFEST_TITLE_LENGTH) return [];
  const message = `${label} is ${shown} characters long; SCORM packages show its first ${MANIFEST_TITLE_LENGTH - 1} and "…"`;
  return [diagnostic('course/long-title', message, placeOfValue(yaml, at))];
}

export function checkLessonText(draft: CourseDraft): Diagnostic[] {
  return draft.lessons.flatMap(lessonTextProblems);
}

function lessonTextProblems(lesson: LessonFileDraft): Diagnostic[] {
  if (!lesson.data || lesson.body === undefined || lesson.bodyLine === undefined) return [];
  const found: Diagnostic[] = [];
  let fenced = false;
  lesson.body.split('\n').forEach((text, index) => {
    if (FENCE.test(text)) fenced = !fenced;
    if (fenced) return;
    const place = (column: number): Place => ({ file: lesson.file, line: lesson.bodyLine! + index, column: column + 1 });
    for (const [destination, column] of linkDestinations(text)) {
      if (KEPT_LINK.test(destination)) continue;
      const message = `the link to "${destination}" becomes plain text in the lesson page: only http(s) and mailto links are kept`;
      found.push(diagnostic('lesson/unsafe-link', message, place(column)));
    }
    const comment = text.indexOf('<!--');
    if (comment >= 0) found.push(diagnostic('lesson/html-comment', 'this HTML comment is shown to students as text', place(comment)));
  });
  return found;
}

function linkDestinations(text: string): [string, number][] {
  const found: [string, number][] = [];
  for (const match of text.matchAll(INLINE_LINK)) found.push([match[1]!, match.index!]);
  for (const match of text.matchAll(AUTOLINK)) found.push([match[1]!, match.index!]);
  const reference = REFERENCE.exec(text);
  if (reference) found.push([reference[1]!, 0]);
  return found;
}
