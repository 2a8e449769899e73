/**
 * Finds the headings that cut the text into chapters and lessons:
 * numbered chapters (`1 TITLE`, `1\tTITLE`, `1-тарау. Title`, `Глава 1. Title`, `Chapter 1: Title`),
 * numbered sections (`1.1 Title`, `1.3. Title`), upper-case unnumbered headings (`КІРІСПЕ`,
 * `INTRODUCTION`) and a title line at the top of the text.
 * Each line is first judged on its own (shape, length, punctuation), then the candidates are
 * kept only where their numbers fit the sequence (chapter n+1 after n, section n.m inside
 * chapter n), which tells a heading from a numbered list item or a numbered table cell.
 */
import type { SourceLine } from './source-lines';
import type { TableRegion } from './tables';

export type Heading =
  | { readonly kind: 'chapter'; readonly number: string; readonly title: string; readonly line: number; readonly last: number }
  | { readonly kind: 'section'; readonly number: string; readonly chapter: string; readonly title: string; readonly line: number; readonly last: number }
  | { readonly kind: 'unnumbered'; readonly title: string; readonly line: number; readonly last: number };

type Candidate =
  | { readonly kind: 'chapter'; readonly major: number; readonly title: string; readonly upper: boolean; readonly line: number }
  | { readonly kind: 'section'; readonly major: number; readonly minor: number; readonly title: string; readonly line: number }
  | { readonly kind: 'unnumbered'; readonly title: string; readonly line: number };

const MAX_TITLE_LENGTH = 250;
const MAX_TITLE_WORDS = 30;
/** A mixed-case chapter title is short: longer numbered lines are list items. */
const MAX_MIXED_CHAPTER_WORDS = 15;
const MAX_UNNUMBERED_WORDS = 12;
const MIN_UNNUMBERED_LETTERS = 4;
const MAX_CONTINUATION_WORDS = 12;

const SECTION = /^(\d{1,2})\.(\d{1,2})\.?\s+(.+)$/u;
const CHAPTER = /^(\d{1,2})\.?\s+(.+)$/u;
/**
 * A chapter its word announces: "1-тарау. …", "2 ТАРАУ …", "Глава 1. …", "Chapter 3: …". The
 * word says it is a chapter, so no section need follow to tell it from a numbered list item.
 */
const WORD_CHAPTER = [
  // "1 ТАРАУ АТАУЫ" without hyphen or stop is an upper-case chapter whose title holds the word
  /^(\d{1,2})(?:\s*[-‑–]\s*(?:тарау|ТАРАУ|Тарау|бөлім|БӨЛІМ|Бөлім)[.:]?|\s+(?:тарау|ТАРАУ|Тарау|бөлім|БӨЛІМ|Бөлім)[.:])\s+(.+)$/u,
  /^(?:Глава|ГЛАВА|Раздел|РАЗДЕЛ|Chapter|CHAPTER|Part|PART)\s+(\d{1,2})[.:]?\s+(.+)$/u,
];
/** A title line at the top of a text (no heading of its own shape): at most this many words. */
const MAX_DOCUMENT_TITLE_WORDS = 20;
/** Table-of-contents lines end with a page number after dot leaders. */
const CONTENTS_ENTRY = /(\.{3,}|…)\s*\d+$/u;

function words(text: string): number {
  return text.split(' ').length;
}

/** True when the letters of the text are (almost) all capitals. */
export function isUpperCase(text: string, minLetters = 3): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = letters.filter((c) => c !== c.toLowerCase() && c === c.toUpperCase()).length;
  const cased = letters.filter((c) => c.toLowerCase() !== c.toUpperCase()).length;
  return letters.length >= minLetters && cased > 0 && upper / cased >= 0.9;
}

/** Shape every heading title shares: starts like a title, ends unlike a clause of a sentence. */
function titleShaped(title: string): boolean {
  if (title.length > MAX_TITLE_LENGTH || words(title) > MAX_TITLE_WORDS) return false;
  // a title may open with a year ("1.2 1994 жылғы шешім және 1997 жылғы көшу"), not with another number
  if (!/^(?:[\p{Lu}«"“(]|\d{4}(?:[–-]\d{2,4})?\s+\p{L})/u.test(title) || /[,;:]$/u.test(title) || CONTENTS_ENTRY.test(title)) return false;
  // A full stop is allowed at the end of a short title, but not between two sentences.
  if (/\.$/.test(title) && (words(title) > MAX_MIXED_CHAPTER_WORDS || /\p{Ll}\.\s+\p{Lu}/u.test(title))) return false;
  return true;
}

function candidateOf(line: SourceLine, previousBlank: boolean): Candidate | undefined {
  const text = line.text;
  const index = line.number - 1;
  const section = SECTION.exec(text);
  if (section) {
    const title = section[3]!;
    return titleShaped(title) ? { kind: 'section', major: Number(section[1]), minor: Number(section[2]), title, line: index } : undefined;
  }
  for (const pattern of WORD_CHAPTER) {
    const marked = pattern.exec(text);
    if (marked && titleShaped(marked[2]!)) return { kind: 'chapter', major: Number(marked[1]), title: marked[2]!, upper: true, line: index };
  }
  const chapter = CHAPTER.exec(text);
  if (chapter) {
    const title = chapter[2]!;
    if (!titleShaped(title)) return undefined;
    const upper = isUpperCase(title);
    if (!upper && (words(title) > MAX_MIXED_CHAPTER_WORDS || /[.!?]$/.test(title))) return undefined;
    return { kind: 'chapter', major: Number(chapter[1]), title, upper, line: index };
  }
  const unnumbered = previousBlank && isUpperCase(text, MIN_UNNUMBERED_LETTERS)
    && words(text) <= MAX_UNNUMBERED_WORDS && /^\p{L}/u.test(text) && !/[.,;:]$/.test(text)
    && /\p{L}{4}/u.test(text);
  return unnumbered ? { kind: 'unnumbered', title: text, line: index } : undefined;
}

function candidates(lines: readonly SourceLine[], tables: readonly TableRegion[]): Candidate[] {
  const inTable = (i: number) => tables.some((t) => i >= t.first && i <= t.last);
  const found: Candidate[] = [];
  const first = lines.findIndex((line) => line.text !== '');
  lines.forEach((line, i) => {
    if (!line.text || line.block || inTable(i)) return;
    const candidate = candidateOf(line, i === 0 || lines[i - 1]!.text === '') ?? (i === first ? documentTitle(lines, i, inTable) : undefined);
    if (candidate) found.push(candidate);
  });
  return found;
}

/**
 * The text's first line when it is a title in mixed case ("Қазақ киносының тарихы: «Қазақфильм»
 * студиясынан …"): title-shaped, short, with a blank line and a heading right under it, so no
 * text of its own. Read as an unnumbered heading, it names the course and makes no lesson.
 */
function documentTitle(lines: readonly SourceLine[], index: number, inTable: (i: number) => boolean): Candidate | undefined {
  const text = lines[index]!.text;
  if (!titleShaped(text) || words(text) > MAX_DOCUMENT_TITLE_WORDS || /[.!?]$/u.test(text) || lines[index + 1]?.text !== '') return undefined;
  const next = lines.findIndex((line, i) => i > index && line.text !== '');
  if (next < 0 || lines[next]!.block || inTable(next)) return undefined;
  return candidateOf(lines[next]!, true) ? { kind: 'unnumbered', title: text, line: index } : undefined;
}

/** Keeps the candidates whose numbers fit the sequence of chapters and sections. */
function inSequence(found: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  let chapter: number | undefined;
  let lastChapter = 0;
  let lastMinor = 0;
  let lastSection: [number, number] | undefined;
  found.forEach((candidate, k) => {
    switch (candidate.kind) {
      case 'chapter': {
        const next = found.slice(k + 1).find((c) => c.kind !== 'unnumbered');
        const opensSections = next?.kind === 'section' && next.major === candidate.major && next.minor === 1;
        const fitsNumber = candidate.major === lastChapter + 1;
        if (!fitsNumber || !(candidate.upper || opensSections)) return;
        chapter = lastChapter = candidate.major;
        lastMinor = 0;
        break;
      }
      case 'section': {
        if (chapter !== undefined) {
          if (candidate.major !== chapter || candidate.minor <= lastMinor) return;
        } else if (lastSection && (candidate.major < lastSection[0]
          || (candidate.major === lastSection[0] && candidate.minor <= lastSection[1]))) return;
        lastMinor = candidate.minor;
        lastSection = [candidate.major, candidate.minor];
        break;
      }
      case 'unnumbered':
        chapter = undefined;
        lastMinor = 0;
        break;
    }
    kept.push(candidate);
  });
  return kept;
}

/** A short line right under a heading that carries on its title (the title wrapped). */
function continuationOf(lines: readonly SourceLine[], heading: Candidate): string | undefined {
  const next = lines[heading.line + 1];
  if (!next?.text || words(next.text) > MAX_CONTINUATION_WORDS || /[.;:!?]$/.test(next.text)) return undefined;
  if (/^\d/.test(next.text)) return undefined;
  const bothUpper = isUpperCase(heading.title) && isUpperCase(next.text);
  return /^\p{Ll}/u.test(next.text) || bothUpper ? next.text : undefined;
}

function toHeading(lines: readonly SourceLine[], candidate: Candidate): Heading {
  const more = continuationOf(lines, candidate);
  const title = more ? `${candidate.title} ${more}` : candidate.title;
  const span = { title, line: candidate.line, last: candidate.line + (more ? 1 : 0) };
  switch (candidate.kind) {
    case 'chapter': return { kind: 'chapter', number: String(candidate.major), ...span };
    case 'section': return { kind: 'section', number: `${candidate.major}.${candidate.minor}`, chapter: String(candidate.major), ...span };
    case 'unnumbered': return { kind: 'unnumbered', ...span };
  }
}

/** The headings of the text, in order. Line indices are 0-based. */
export function findHeadings(lines: readonly SourceLine[], tables: readonly TableRegion[]): readonly Heading[] {
  return inSequence(candidates(lines, tables)).map((candidate) => toHeading(lines, candidate));
}
