/**
 * A stem that points back is shown after what it points to: the sentence before, or the two
 * before when the one right before points back too. On a small Kazakh course: the item the
 * two-sentence context makes, and the stems and keys that must still be refused.
 */
import * as path from 'node:path';
import type { Course } from '../../../src/model/course';
import type { ChoiceItem, QuizItem } from '../../../src/model/quiz';
import { CLOZE_BLANK } from '../../../src/quiz/bank/lint-item';
import { checkOptions, checkRestoresSource, checkStemHygiene } from '../../../src/quiz/checks';
import { generateBanks, type GeneratedLesson } from '../../../src/quiz/generate';
import { draftFrom } from '../../../src/quiz/rules/shared/drafts';
import { statementOf } from '../../../src/quiz/rules/shared/statement';
import type { CourseText } from '../../../src/quiz/text';
import { draftOf, loadFixture, sentenceWith } from './helpers';

const FIXTURE = path.join(__dirname, '../../fixtures/quiz-context');

let course: Course;
let text: CourseText;
let lesson: GeneratedLesson;

beforeAll(async () => {
  ({ course, text } = await loadFixture(FIXTURE));
  // the rules' own output: selection would drop year items beyond a third of this small lesson
  [lesson] = generateBanks(course, { select: false });
});

const itemFrom = (fragment: string): QuizItem | undefined => lesson.items.find((item) => item.source.text.includes(fragment));
const dropReasons = (fragment: string, rule: string) => lesson.dropped.filter((found) => found.rule === rule && found.sentence.includes(fragment)).map((found) => found.reason);

describe('a stem shown after the two sentences before it', () => {
  const stem = 'Оған мысал ретінде 2021 жылы';

  it('asks the year of the ministers\' meeting after the two sentences that say what "Оған" is', () => {
    const item = itemFrom(stem) as ChoiceItem;
    expect(item.kind).toBe('choice');
    expect(item.stem).toBe(`Аймақ елдерінде басқарушы ұрпақтың ауысуы бірнеше салаға әсер етті. Ол тек экономика емес. Оған мысал ретінде ${CLOZE_BLANK} жылы аймақ елдерінің білім министрлерінің ортақ кездесуі өтті.`);
    expect(item.options.find((option) => option.id === item.answer)?.text).toBe('2021');
    expect(item.options).toHaveLength(4);
  });

  it('keeps the context as the two sentences, each checked: the key restores the three', () => {
    const result = draftFrom(sentenceWith(text, stem), 'year', text, 3, true);
    expect(result.kind).toBe('draft');
    if (result.kind !== 'draft') return;
    expect(result.draft.context?.map((before) => before.text)).toEqual(['Аймақ елдерінде басқарушы ұрпақтың ауысуы бірнеше салаға әсер етті.', 'Ол тек экономика емес.']);
    expect(checkRestoresSource(result.draft)).toEqual([]);
    expect(checkStemHygiene(result.draft)).toEqual([]);
  });

  it('refuses a chain whose sentences do not each open by pointing back', () => {
    // "Ресей 2015 жылы осы үдерістерге…": "осы" deep inside may point anywhere, not to the sentence before
    expect(dropReasons('Ресей 2015 жылы', 'cloze-year')).toEqual(['stem-pointing-word']);
    const forced = draftOf(text, 'Ресей 2015 жылы', 'year', '2015');
    const context = [sentenceWith(text, 'Қазақстан мен Өзбекстан 1998'), sentenceWith(text, 'Бұл шарт екі')].map((found) => statementOf(found, 'kk'));
    const problems = checkStemHygiene({ ...forced, context, stem: `${context.map((before) => before.text).join(' ')} ${forced.stem}` });
    expect(problems.map((found) => found.message)).toContain('the context is unfit: sentence 3 of 3 does not open by pointing back');
  });

  it('refuses a chain that would need a third sentence before (the first one points back too)', () => {
    expect(dropReasons('Осыдан кейін 2006 жылы', 'cloze-year')).toEqual(['stem-anaphoric']);
    expect(itemFrom('Осыдан кейін 2006 жылы')?.kind).not.toBe('choice');
  });

  it('refuses an item whose context names the key: the answer would be read off the context', () => {
    expect(dropReasons('Оның қорытындысы бойынша 2018', 'cloze-year')).toEqual(['options-give-away']);
    const forced = draftOf(text, 'Оның қорытындысы бойынша 2018', 'year', '2018');
    const context = [sentenceWith(text, 'Ташкент қаласында 2018'), sentenceWith(text, 'Бұл кеңес аймақ')].map((found) => statementOf(found, 'kk'));
    const problems = checkOptions({ ...forced, context });
    expect(problems.map((found) => found.message)).toContain('the stem already states the key (year:2018) elsewhere');
  });
});

describe('keys refused by the words beside them', () => {
  it('refuses one year before "жылдар аралығында" (the other end of the range is lost)', () => {
    expect(dropReasons('2020 жылдар аралығында', 'cloze-year')).toEqual(['key-open-range']);
  });

  it('refuses a year whose жыл- word is misspelt beside the blank ("2017 дылы")', () => {
    expect(dropReasons('2017 дылы', 'cloze-year')).toEqual(['key-no-year-word']);
  });

  it('refuses a place before "континенті": its catalogue group mixes continents and regions', () => {
    expect(dropReasons('Еуразия континентінің', 'cloze-place')).toEqual(['key-kind-word-after']);
  });
});
