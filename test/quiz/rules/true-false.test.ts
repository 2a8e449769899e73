import type { Course } from '../../../src/model/course';
import type { TrueFalseItem } from '../../../src/model/quiz';
import { statedText } from '../../../src/quiz/rules/shared/statement';
import { splitSentences } from '../../../src/quiz/text/sentences';
import { trueFalseRule } from '../../../src/quiz/rules/true-false';
import { generateBanks } from '../../../src/quiz/generate';
import type { CourseText } from '../../../src/quiz/text';
import { COURSE_DIR, draftOf, loadFixture } from './helpers';
import { entityCandidates } from '../../../src/quiz/distractors/entities';
import type { EntityKey } from '../../../src/quiz/distractors/types';

let course: Course;
let text: CourseText;
beforeAll(async () => { ({ course, text } = await loadFixture(COURSE_DIR)); }, 60_000);

const itemsOf = (lesson: string) => trueFalseRule.generate({ course, lesson: course.lessons.find((found) => found.id === lesson)!, text }).items as TrueFalseItem[];

describe('true-false-swap', () => {
  it('balances true and false statements in every lesson (at most one more of either)', () => {
    for (const lesson of course.lessons) {
      const items = itemsOf(lesson.id);
      const trues = items.filter((item) => item.answer).length;
      expect(Math.abs(trues - (items.length - trues))).toBeLessThanOrEqual(1);
    }
  });

  it('states a true item as the source sentence, and a false one with exactly one fact swapped, after the sentence it points back to if any', () => {
    const items = course.lessons.flatMap((lesson) => itemsOf(lesson.id));
    expect(items.length).toBeGreaterThan(20);
    let withContext = 0;
    for (const item of items) {
      // what the sentence states: a mere linking opener (Ал, Сондықтан) is not part of it
      const source = statedText(splitSentences(item.source.text, 'kk')[0]!, 'kk');
      // a context sentence before the statement is one the lesson has, as it has it
      const shown = splitSentences(item.stem, 'kk');
      const stem = shown[shown.length - 1]!.text;
      // (as the rules read the lesson: slips put right, citations out; its opener may be left out)
      const prose = text.prose.get(item.source.lesson)!.paragraphs.map((paragraph) => paragraph.text).join(' ');
      const bare = (written: string) => written.replace(/\[\d+\]|[\s–—-]+/gu, '');
      for (const before of shown.slice(0, -1)) expect(bare(prose)).toContain(bare(before.text).slice(-40));
      if (shown.length > 1) withContext += 1;
      if (item.answer) expect(stem).toBe(source);
      else {
        expect(stem).not.toBe(source);
        // the swap replaced one span: what is before and after it is the source's
        let head = 0;
        while (stem[head] === source[head]) head += 1;
        let tail = 0;
        while (tail < stem.length - head && stem[stem.length - 1 - tail] === source[source.length - 1 - tail]) tail += 1;
        expect(source.slice(head, source.length - tail).split(/\s+/u).length).toBeLessThanOrEqual(4);
      }
      expect(item.feedback).toMatch(item.answer ? /^Дұрыс\. Мәтінде: «/u : /^Қате\. Мәтінде: «/u);
      expect(item.id).toMatch(/-tf-(?:true|false)-[0-9a-f]{8}$/u);
    }
    expect(withContext).toBeGreaterThan(0);
  });

  it('never swaps in 1992 for the formal 1993 term, nor keeps beside a cloze of the same sentence', () => {
    const items = itemsOf('s1-1');
    expect(items.some((item) => item.stem.includes('формалды түрде 1992'))).toBe(false);
    const bank = generateBanks(course).find((lesson) => lesson.lesson === 's1-1')!;
    expect(bank.items.filter((item) => item.source.text.includes('формалды түрде 1993')).length).toBeLessThanOrEqual(1);
  });
});

describe('true-false-swap swaps no figures, and only names the course writes', () => {
  it('makes no statement false by a percentage or an amount (reviewers: a figure is trivia)', () => {
    const keys = course.lessons.flatMap((lesson) => [...(trueFalseRule.generate({ course, lesson, text }).keys ?? new Map()).values()]);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => key.type === 'percent' || key.type === 'amount')).toEqual([]);
  });

  it('offers for an organisation only names the course writes (no acronym it never uses)', () => {
    const written = new Map<string, Set<string>>();
    for (const sentence of text.sentences) for (const mention of sentence.entities) if (mention.name) written.set(mention.entityId, new Set([...(written.get(mention.entityId) ?? []), mention.name]));
    const draft = draftOf(text, 'Орталық Азиялық аумақта ҰҚШҰ үш түрлі', 'organisation');
    const offered = entityCandidates(draft.key as EntityKey, text, 'kk').flat();
    expect(offered.length).toBeGreaterThan(0);
    for (const option of offered) expect(written.get(option.identity)?.has(option.name!)).toBe(true);
  });
});
