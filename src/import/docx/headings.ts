/**
 * Headings marked with Word's heading styles. The highest level used opens chapters (when
 * headings one level below follow it) or lessons of their own; the next level opens the
 * lessons of a chapter; deeper levels are sub-headings inside a lesson. A number written
 * before the title ("1 …", "1.2 …") is the heading's number; without one, chapters and
 * their sections are numbered in order, as Word's automatic heading numbers are.
 */
import type { Heading } from '../headings';
import type { Unit } from './units';

const SECTION_NUMBER = /^(\d{1,2})\.(\d{1,2})\.?\s+(.+)$/u;
const CHAPTER_NUMBER = /^(\d{1,2})\.?\s+(.+)$/u;

interface Styled {
  readonly index: number;
  readonly level: number;
  readonly text: string;
}

export interface StyledHeadings {
  readonly headings: readonly Heading[];
  /** Line indices of headings below the lesson level: sub-headings inside a lesson. */
  readonly subheadings: ReadonlySet<number>;
}

export function styledHeadings(units: readonly Unit[]): StyledHeadings {
  const styled: Styled[] = units.flatMap((unit, index) =>
    unit.kind === 'text' && unit.headingLevel !== undefined && unit.plain ? [{ index, level: unit.headingLevel, text: unit.plain }] : []);
  if (styled.length === 0) return { headings: [], subheadings: new Set() };
  const top = Math.min(...styled.map((heading) => heading.level));
  const headings: Heading[] = [];
  const subheadings = new Set<number>();
  let chapter: string | undefined;
  let chapters = 0;
  let sections = 0;
  styled.forEach((heading, k) => {
    const span = { line: heading.index, last: heading.index };
    if (heading.level > top + 1) {
      subheadings.add(heading.index);
      return;
    }
    if (heading.level === top) {
      const next = styled.slice(k + 1).find((other) => other.level <= top + 1);
      const opensSections = next !== undefined && next.level === top + 1;
      const numbered = CHAPTER_NUMBER.exec(heading.text);
      sections = 0;
      if (!opensSections && !numbered) {
        chapter = undefined;
        headings.push({ kind: 'unnumbered', title: heading.text, ...span });
        return;
      }
      chapters = numbered ? Number(numbered[1]) : chapters + 1;
      chapter = String(chapters);
      headings.push({ kind: 'chapter', number: chapter, title: numbered ? numbered[2]! : heading.text, ...span });
      return;
    }
    const numbered = SECTION_NUMBER.exec(heading.text);
    if (numbered) {
      sections = Number(numbered[2]);
      headings.push({ kind: 'section', number: `${numbered[1]}.${numbered[2]}`, chapter: numbered[1]!, title: numbered[3]!, ...span });
    } else if (chapter !== undefined) {
      sections += 1;
      headings.push({ kind: 'section', number: `${chapter}.${sections}`, chapter, title: heading.text, ...span });
    } else {
      headings.push({ kind: 'unnumbered', title: heading.text, ...span });
    }
  });
  return { headings, subheadings };
}
