import * as path from 'node:path';
import type { Course } from '../../../src/model/course';
import type { ChoiceItem } from '../../../src/model/quiz';
import { CLOZE_BLANK } from '../../../src/quiz/bank/lint-item';
import { clozeRule } from '../../../src/quiz/rules/cloze/rule';
import { generateBanks } from '../../../src/quiz/generate';
import { statedText } from '../../../src/quiz/rules/shared/statement';
import { splitSentences } from '../../../src/quiz/text/sentences';
import { quizRules } from '../../../src/quiz/rules/registry';
import type { CourseText } from '../../../src/quiz/text';
import type { KeyType } from '../../../src/quiz/distractors/types';
import { COURSE_DIR, loadFixture, sentenceWith } from './helpers';
import { draftFrom } from '../../../src/quiz/rules/shared/drafts';

let course: Course;
let text: CourseText;
beforeAll(async () => { ({ course, text } = await loadFixture(COURSE_DIR)); }, 60_000);

function itemsOf(type: KeyType): ChoiceItem[] {
  const rule = clozeRule(type);
  return course.lessons.flatMap((lesson) => rule.generate({ course, lesson, text }).items) as ChoiceItem[];
}

const answerOf = (item: ChoiceItem) => item.options.find((option) => option.id === item.answer)!.text;

/** Whether `restored` is the one or two course sentences right before `source` (same paragraph), then `source`. */
function sentencesBefore(source: string, restored: string): boolean {
  const said = (index: number) => statedText(text.sentences[index]!.sentence, 'kk');
  return text.sentences.some((sentence, index) => said(index) === source && [1, 2].some((back) => {
    const before = text.sentences.slice(index - back, index);
    const sameParagraph = index - back >= 0 && before.every((other) => other.line === sentence.line && other.lesson === sentence.lesson);
    return sameParagraph && [...before.map((other) => said(other.index)), source].join(' ') === restored;
  }));
}

describe('the cloze rules on the real course', () => {
  it('are registered under their ids, then true-false-swap; figures (amount, percent), people, organisations and places are not', () => {
    expect(quizRules().map((rule) => rule.id).slice(0, 3)).toEqual([
      'cloze-year', 'cloze-date', 'true-false-swap',
    ]);
  });

  const shapes: readonly [KeyType, RegExp, number][] = [
    ['year', /^\d{4}$/u, 20],
    ['date', /^\d{1,2} \p{Ll}+$/u, 1],
    ['amount', /^\d[\d ,.]*$/u, 3],
    ['percent', /^\d+(?:,\d+)?%?$/u, 3],
    ['organisation', /^\p{Lu}[\p{L}]*(?:-\p{Ll}+)?$/u, 4],
    ['person', /^(?:\p{Lu}\p{Ll}?\.\s?)*\p{Lu}\p{Ll}+/u, 5],
    ['place', /^\p{Lu}/u, 20],
  ];

  it.each(shapes)('cloze-%s: one blank, the key restores the source, four distinct options of the key\'s shape', (type, shape, atLeast) => {
    const items = itemsOf(type);
    expect(items.length).toBeGreaterThanOrEqual(atLeast);
    for (const item of items) {
      expect(item.rule).toBe(`cloze-${type}`);
      expect(item.id).toMatch(new RegExp(`^${item.source.lesson}-[a-z]+-[0-9a-f]{8}$`, 'u'));
      expect(item.id.length).toBeLessThanOrEqual(64);
      expect(item.stem.split(CLOZE_BLANK)).toHaveLength(2);
      // a stem that points back is shown after the one or two sentences before it in the text
      const restored = item.stem.replace(CLOZE_BLANK, answerOf(item));
      // what the sentence states: a mere linking opener (Ал, Сондықтан) is not part of it
      const source = statedText(splitSentences(item.source.text, 'kk')[0]!, 'kk');
      expect(restored.endsWith(source)).toBe(true);
      if (restored !== source) expect(sentencesBefore(source, restored)).toBe(true);
      expect(item.options).toHaveLength(4);
      expect(new Set(item.options.map((option) => option.text.toLowerCase())).size).toBe(4);
      for (const option of item.options) expect(option.text).toMatch(shape);
      expect(item.feedback).toContain(`«${source}»`);
    }
  });

  it('orders year options ascending and names in a seeded order (the key not always first)', () => {
    for (const item of itemsOf('year')) {
      const years = item.options.map((option) => Number(option.text));
      expect(years).toEqual([...years].sort((a, b) => a - b));
    }
    const positions = new Set(itemsOf('place').map((item) => item.answer));
    expect(positions.size).toBeGreaterThanOrEqual(3);
  });

  it('shows a pointing sentence after the one before it, and only then', () => {
    const withContext = itemsOf('year').filter((item) => !item.stem.startsWith(item.source.text.slice(0, 10)));
    expect(withContext.length).toBeGreaterThan(0);
    expect(withContext.some((item) => /^(?:Бұл|Осы)/u.test(item.source.text))).toBe(true);
  });

  it('makes at most one cloze per sentence besides a year or date one; the bank keeps one item per sentence', () => {
    // a year cloze leaves its sentence to the other rules too: selection keeps one of them, so a
    // year that the bank's year share leaves out does not take its sentence's other item with it
    // people and organisations (their rules not registered) take no sentence from the place rule
    const others = (['amount', 'percent', 'place'] as const).flatMap(itemsOf);
    const sentences = others.map((item) => `${item.source.lesson}:${item.source.text}`);
    expect(new Set(sentences).size).toBe(sentences.length);
    const years = itemsOf('year').map((item) => `${item.source.lesson}:${item.source.text}`);
    expect(years.filter((sentence) => sentences.includes(sentence)).length).toBeGreaterThan(0);
    for (const lesson of generateBanks(course)) {
      const shown = lesson.items.filter((item) => item.kind === 'choice' || item.kind === 'true-false').map((item) => `${item.source.line}:${item.source.text}`);
      expect(new Set(shown).size).toBe(shown.length);
    }
  });

  it('shows a sentence opening with "Ал," only after the sentence it contrasts with, and no name inside a list', () => {
    const stems = itemsOf('place').map((item) => item.stem);
    // s3-3: "Ал, Өзбекстанда министрлердің орташа жасы 51,3 жасты құрайды." alone reads "And in ____ …" (and what before?)
    expect(stems).not.toContain(`Ал, ${CLOZE_BLANK} министрлердің орташа жасы 51,3 жасты құрайды.`);
    for (const stem of stems.filter((shown) => shown.includes(`Ал, ${CLOZE_BLANK}`))) expect(stem.indexOf(`Ал, ${CLOZE_BLANK}`)).toBeGreaterThan(0);
    const dropped = clozeRule('place').generate({ course, lesson: course.lessons.find((lesson) => lesson.id === 's3-3')!, text }).dropped;
    // dropped for its list of names, or (its context sentence opening with "Аймақтың …", which region?) for pointing back
    expect(['key-key-in-enumeration', 'stem-pointing-word']).toContain(dropped.find((candidate) => candidate.sentence.startsWith('Қырғызстан, Тәжікстан, Өзбекстан'))?.reason);
  });

  it('drops what it will not stand behind, with reasons the report can count', () => {
    const rule = clozeRule('place');
    const dropped = course.lessons.flatMap((lesson) => rule.generate({ course, lesson, text }).dropped);
    const reasons = new Set(dropped.map((candidate) => candidate.reason));
    expect([...reasons]).toEqual(expect.arrayContaining(['key-key-in-enumeration', 'stem-anaphoric', 'stem-pointing-word']));
    for (const candidate of dropped) expect(candidate.rule).toBe('cloze-place');
  });
});

describe('which places a cloze asks', () => {
  it('blanks a country or a water, never a city, a region or a facility (blind reviews: 30% and 35% accepted against 18%, 0% and 12%)', () => {
    const items = itemsOf('place');
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) {
      const sentence = text.sentences.find((found) => found.lesson === item.source.lesson && found.sentence.clean === item.source.text)!;
      const key = sentence.entities.find((mention) => mention.surface === answerOf(item) || mention.surface.startsWith(mention.stem) && answerOf(item).startsWith(mention.stem));
      expect({ key: answerOf(item), type: key?.type }).toEqual({ key: answerOf(item), type: expect.stringMatching(/^(?:country|water)$/u) });
    }
    // a city the rule could blank is left to the other rules, with the reason the report counts
    const dropped = course.lessons.flatMap((lesson) => clozeRule('place').generate({ course, lesson, text }).dropped);
    expect(dropped.filter((found) => found.reason === 'key-place-not-asked').length).toBeGreaterThan(0);
  });
});

describe('cited scholars', () => {
  let text: CourseText;
  beforeAll(async () => { ({ text } = await loadFixture(COURSE_DIR)); }, 60_000);

  it('blanks a scholar whose theory the sentence names, never one only cited as saying something', () => {
    const theory = draftFrom(sentenceWith(text, 'базаны Х. Маккиндердің Хартленд теориясы'), 'person', text, 3);
    expect(theory.kind === 'dropped' ? theory.reason : 'draft').not.toBe('key-cited-scholar');
    const cited = draftFrom(sentenceWith(text, 'француз эксперті М. Джалили толықтырады'), 'person', text, 3);
    expect(cited).toEqual({ kind: 'dropped', reason: 'key-cited-scholar' });
  });
});

describe('a place cloze whose text names only two other places of the kind', () => {
  it('is not asked: two distractors drawn from so thin a pool were rarely both plausible (blind review: 4 of 30 three-option clozes accepted)', async () => {
    const { text } = await loadFixture(path.join(__dirname, '../../fixtures/quiz-three-options'));
    const result = draftFrom(sentenceWith(text, 'киностудиясы 1941 жылы Алматыда'), 'place', text, 3, true);
    expect(result).toEqual({ kind: 'dropped', reason: 'too-few-distractors' });
  });
});
