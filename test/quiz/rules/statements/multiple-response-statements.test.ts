import type { Course } from '../../../../src/model/course';
import type { MultipleResponseItem } from '../../../../src/model/quiz';
import { checkTrueElsewhere } from '../../../../src/quiz/checks';
import { CLOZE_BLANK } from '../../../../src/quiz/bank/lint-item';
import type { Draft } from '../../../../src/quiz/checks';
import { SWAPPABLE } from '../../../../src/quiz/rules/cloze/rule';
import type { QuizRuleContext } from '../../../../src/quiz/rules/registry';
import { quizRules } from '../../../../src/quiz/rules/registry';
import { draftFrom } from '../../../../src/quiz/rules/shared/drafts';
import { statedText } from '../../../../src/quiz/rules/shared/statement';
import { STATEMENT_PHRASES } from '../../../../src/quiz/rules/statements/phrases';
import { falseStatementOf, takenSentences, sourceKey } from '../../../../src/quiz/rules/statements/candidates';
import { multipleResponseStatementsRule, MULTIPLE_RESPONSE_STATEMENTS } from '../../../../src/quiz/rules/statements';
import { median } from '../../../../src/quiz/rules/statements/lengths';
import type { CourseSentence, CourseText } from '../../../../src/quiz/text';
import { catalogueOf } from '../../../../src/quiz/text/entities/catalogue';
import { COURSE_DIR, loadFixture, sentenceWith } from '../helpers';

let course: Course;
let text: CourseText;
beforeAll(async () => { ({ course, text } = await loadFixture(COURSE_DIR)); }, 60_000);

const rule = multipleResponseStatementsRule();
const contextOf = (lesson: string, over: CourseText = text): QuizRuleContext => ({ course, lesson: course.lessons.find((found) => found.id === lesson)!, text: over });
const itemsOf = (lesson: string) => rule.generate(contextOf(lesson)).items as MultipleResponseItem[];
const shown = (sentence: CourseSentence) => statedText(sentence.sentence, 'kk');

/** The lesson sentence a false option restates, with the checked draft whose one swap gives it. */
function swapOf(option: string, lesson: string): { sentence: CourseSentence; draft: Draft } | undefined {
  for (const sentence of text.sentences.filter((found) => found.lesson === lesson)) {
    for (const type of SWAPPABLE) {
      const result = draftFrom(sentence, type, text, 1);
      if (result.kind === 'draft' && result.draft.stem.replace(CLOZE_BLANK, result.draft.distractors[0]!.text) === option) return { sentence, draft: result.draft };
    }
  }
  return undefined;
}

describe('multiple-response-statements', () => {
  it('is off by default (a blind review accepted none of its items) and, asked for, gives items in most lessons, at most three each', () => {
    expect(quizRules().map((found) => found.id)).not.toContain(MULTIPLE_RESPONSE_STATEMENTS);
    const counts = course.lessons.map((lesson) => itemsOf(lesson.id).length);
    // sentences with a word the text misspells elsewhere are no options since selection, and the
    // glossary's variants find more of them (and person clozes take some sentences): 5 lessons of 11
    expect(counts.filter((count) => count > 0).length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...counts)).toBeLessThanOrEqual(3);
  });

  it('marks as right exactly the options the lesson states word for word; each wrong one swaps one checked fact', () => {
    for (const lesson of course.lessons) {
      const stated = new Set(text.sentences.filter((found) => found.lesson === lesson.id).map(shown));
      // each item of a lesson has its own wording of the question (issue 13 item 9: report names differ)
      expect(itemsOf(lesson.id).map((item) => item.stem)).toEqual([STATEMENT_PHRASES.kk.stem, ...STATEMENT_PHRASES.kk.moreStems].slice(0, itemsOf(lesson.id).length));
      for (const item of itemsOf(lesson.id)) {
        expect(item.options.length).toBeGreaterThanOrEqual(4);
        expect(item.options.length).toBeLessThanOrEqual(5);
        expect(new Set(item.options.map((option) => option.text)).size).toBe(item.options.length);
        expect(item.options.filter((option) => stated.has(option.text)).map((option) => option.id)).toEqual(item.answers);
        expect(item.answers.length).toBeGreaterThanOrEqual(2);
        expect(item.answers.length).toBeLessThanOrEqual(3);
        const lengths = item.options.map((option) => [...option.text].length);
        expect(Math.max(...lengths)).toBeLessThanOrEqual(2 * median(lengths));
        for (const option of item.options.filter((found) => !item.answers.includes(found.id))) {
          const swap = swapOf(option.text, lesson.id);
          expect(swap).toBeDefined();
          const { draft } = swap!;
          // one fact swapped: the option is the source sentence with the key replaced, nothing else
          expect(draft.stem.replace(CLOZE_BLANK, draft.key.text)).toBe(shown(swap!.sentence));
          expect(checkTrueElsewhere(draft, draft.distractors[0]!, text)).toEqual([]);
          expect(item.feedback).toContain(`«${draft.distractors[0]!.text}» емес, «${draft.key.text}»`);
        }
        const first = item.options.find((option) => option.id === item.answers[0]);
        expect(item.feedback).toContain(`«${first!.text}»`);
      }
    }
  });

  it('takes its true options from sentences no other item uses, and never contradicts a true/false item', () => {
    for (const lesson of ['s1-3', 's2-1', 's3-1']) {
      const taken = takenSentences(contextOf(lesson));
      for (const item of itemsOf(lesson)) {
        for (const option of item.options) {
          const sentence = text.sentences.find((found) => found.lesson === lesson && shown(found) === option.text) ?? swapOf(option.text, lesson)!.sentence;
          const key = sourceKey(sentence.line, sentence.sentence.clean);
          if (item.answers.includes(option.id)) expect(taken.any.has(key)).toBe(false);
          else if (taken.byTrueFalse.has(key)) expect(taken.byTrueFalse.get(key)).toBe(option.text);
        }
      }
    }
  });

  it('uses each sentence once in a lesson, and gives the same items on every run', () => {
    const first = itemsOf('s2-3');
    const texts = first.flatMap((item) => item.options.map((option) => option.text));
    expect(new Set(texts).size).toBe(texts.length);
    expect(rule.generate(contextOf('s2-3')).items).toEqual(first);
  });

  it('drops a swap that check 4 rejects (every distractor true elsewhere in the course), and never offers it', () => {
    // only the names the course mentions may be distractors: the gazetteer's others would pass check 4
    const own = { ...text, catalogue: catalogueOf(text.catalogue.entities.filter((entity) => text.byEntity.has(entity.id))) };
    // (a sentence a true/false statement already takes is not read by this rule: asked directly)
    const visit = sentenceWith(own, 'Қасым-Жомарт Тоқаев 2021 жылы 18 қаңтарда');
    expect(falseStatementOf(visit, ['year', 'organisation', 'person'], contextOf('s2-1', own))).toBe('too-few-distractors:distractor-true-elsewhere');
    const output = rule.generate(contextOf('s2-1', own));
    const refused = [visit.sentence.clean, ...output.dropped.filter((found) => found.reason === 'too-few-distractors:distractor-true-elsewhere').map((found) => found.sentence)];
    const options = (output.items as MultipleResponseItem[]).flatMap((item) => item.options.map((option) => option.text));
    for (const drop of refused) expect(options.some((option) => swapOf(option, 's2-1')?.sentence.sentence.clean === drop)).toBe(false);
    // the 1993 term is never offered with 1992, which the text also states
    const all = course.lessons.flatMap((lesson) => itemsOf(lesson.id).flatMap((item) => item.options.map((option) => option.text)));
    expect(all.some((option) => option.includes('формалды түрде 1992'))).toBe(false);
  });

  it('gives nothing, and says why, when the lesson has too few sentences to make the options', () => {
    // s3-3 keeps only its first six sentences: the rest are moved to a lesson of no one
    const kept = new Set(text.sentences.filter((found) => found.lesson === 's3-3').slice(0, 6).map((found) => found.index));
    const sentences = text.sentences.map((found) => (found.lesson === 's3-3' && !kept.has(found.index) ? { ...found, lesson: 'elsewhere' } : found));
    const output = rule.generate(contextOf('s3-3', { ...text, sentences }));
    expect(output.items).toEqual([]);
    expect(output.dropped.map((found) => found.reason)).toEqual(expect.arrayContaining([expect.stringMatching(/^too-few-(?:false|true)-statements$/u)]));
  });
});
