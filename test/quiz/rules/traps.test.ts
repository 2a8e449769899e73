/**
 * The traps of /work/shared/docs/quiz-generation.md, on the real course text: the generator must
 * not make the bad item, and the check that stops it must say why when the item is forced.
 */
import type { Course } from '../../../src/model/course';
import type { ChoiceItem, QuizItem, TrueFalseItem } from '../../../src/model/quiz';
import { checkAgreement, checkDistractorIsKey, checkStemHygiene, checkTrueElsewhere, sentenceProblems } from '../../../src/quiz/checks';
import type { EntityKey } from '../../../src/quiz/distractors/types';
import { quizRules } from '../../../src/quiz/rules/registry';
import { keysOf } from '../../../src/quiz/rules/cloze/keys';
import { draftFrom } from '../../../src/quiz/rules/shared/drafts';
import { stemOf } from '../../../src/quiz/rules/shared/items';
import { statementOf } from '../../../src/quiz/rules/shared/statement';
import { entityById, findEntities, type CourseText } from '../../../src/quiz/text';
import { COURSE_DIR, draftOf, loadFixture, sentenceWith, yearDistractor } from './helpers';

let course: Course;
let text: CourseText;
let items: QuizItem[];

beforeAll(async () => {
  ({ course, text } = await loadFixture(COURSE_DIR));
  // what the rules make, before selection ranks and trims the bank: a trap is the rule's to avoid
  items = course.lessons.flatMap((lesson) => quizRules().flatMap((rule) => [...rule.generate({ course, lesson, text }).items]));
}, 60_000);

const fromSentence = (fragment: string) => items.filter((item) => item.source.text.includes(fragment));
const choices = (list: QuizItem[]) => list.filter((item): item is ChoiceItem => item.kind === 'choice');
const falseStatements = (list: QuizItem[]) => list.filter((item): item is TrueFalseItem => item.kind === 'true-false' && !item.answer);

describe('the 1992/1993 "Central Asia" term', () => {
  const formal = 'Орталық Азия термині формалды түрде 1993 жылы';

  it('does not offer 1992 where 1993 is the key: the text says the term came into use in 1992', () => {
    const made = choices(fromSentence(formal));
    expect(made.map((item) => item.rule)).toContain('cloze-year');
    for (const item of made) expect(item.options.map((option) => option.text)).not.toContain('1992');
    for (const item of falseStatements(fromSentence(formal))) expect(item.stem).not.toContain('1992');
  });

  it('names the sentence that makes 1992 true when the distractor is forced', () => {
    const draft = draftOf(text, formal, 'year', '1993');
    const [problem] = checkTrueElsewhere(draft, yearDistractor(1992), text);
    expect(problem?.check).toBe('distractor-true-elsewhere');
    expect(problem?.message).toContain('s1-1');
    expect(problem?.message).toContain('қолданысқа енген');
    expect(checkTrueElsewhere(draft, yearDistractor(1990), text)).toEqual([]);
  });
});

describe('the 1994 and 1995 agreements of the same three countries', () => {
  const treaty = '1994 жылы Қазақстан Республикасы, Қырғызстан Республикасы және Өзбекстан Республикасы';

  it('never offers 1995 for the 1994 treaty, in a cloze or a swapped statement', () => {
    const made = fromSentence(treaty);
    expect(made.length).toBeGreaterThan(0);
    for (const item of choices(made)) expect(item.options.map((option) => option.text)).not.toContain('1995');
    for (const item of falseStatements(made)) expect(item.stem).not.toMatch(/^1995/u);
  });

  it('explains the refusal of 1995 by the 1995 meeting of the three presidents', () => {
    const draft = draftOf(text, treaty, 'year', '1994');
    const [problem] = checkTrueElsewhere(draft, yearDistractor(1995), text);
    expect(problem?.message).toMatch(/s3-3 line \d+/u);
  });
});

describe('the September summit that ШЫҰ and ҰҚШҰ held together', () => {
  const strategy = 'Қыркүйекте ҰҚШҰ-ның 2025 жылға';

  it('makes nothing of the September strategy sentence: "Қыркүйекте" names no year (which September?)', () => {
    const result = draftFrom(sentenceWith(text, strategy), 'organisation', text, 3);
    expect(result).toEqual({ kind: 'dropped', reason: 'stem-pointing-noun' });
  });

  it('says ШЫҰ may be true: both held their summit on 17 September 2021', () => {
    const draft = draftOf(text, strategy, 'organisation', 'ҰҚШҰ-ның');
    const sco = entityById('sco')!;
    const [problem] = checkTrueElsewhere(draft, { text: 'ШЫҰ-ның', identity: 'sco', entity: sco, name: 'ШЫҰ' }, text);
    expect(problem?.message).toContain('kirispe');
    expect(problem?.message).toContain('the key itself');
  });

  it('makes no cloze on either acronym of the summit sentence itself, and says why when forced', () => {
    const summit = 'ҰҚШҰ және ШЫҰ-ның ортақ саммиттері';
    expect(choices(fromSentence(summit)).filter((item) => item.rule === 'cloze-organisation')).toEqual([]);
    const statement = statementOf(sentenceWith(text, summit), 'kk');
    expect(keysOf(statement, 'organisation', 'kk').refused).toContain('key-in-enumeration');
    const mention = statement.entities.find((found) => found.entityId === 'csto')!;
    const key: EntityKey = { type: 'organisation', start: mention.start, end: mention.end, text: mention.surface, identity: 'csto', mention, entity: entityById('csto')!, name: mention.stem };
    const draft = { language: 'kk' as const, statement, key, stem: stemOf(statement.text, key.start, key.end), distractors: [] };
    const sco = { text: 'ШЫҰ', identity: 'sco', entity: entityById('sco')!, name: 'ШЫҰ' };
    expect(checkDistractorIsKey(draft, sco)[0]?.message).toContain('already named in the stem');
    expect(checkTrueElsewhere(draft, sco, text)[0]?.check).toBe('distractor-true-elsewhere');
  });
});

describe('spelling variants of one country', () => {
  it('never offers Қырғыстан and Қырғызстан (one country) in one item', () => {
    for (const item of choices(items.filter((found) => found.rule === 'cloze-place'))) {
      const ids = item.options.map((option) => findEntities(option.text, 'kk')[0]?.entityId);
      expect(new Set(ids).size).toBe(item.options.length);
    }
  });

  it('refuses the other spelling as a distractor, by canonical id', () => {
    const draft = draftOf(text, 'Қазақстанға әкелінетін негізгі тауар', 'place', 'Қазақстанға');
    const variant = { text: 'Қырғыстанға', identity: 'kyrgyzstan', entity: entityById('kyrgyzstan')!, name: 'Қырғыстан' };
    expect(checkDistractorIsKey(draft, variant)).toEqual([]);
    const asKey = { ...draft, key: { ...draft.key, identity: 'kyrgyzstan', text: 'Қырғызстанға' } };
    expect(checkDistractorIsKey(asKey, variant)[0]?.message).toContain('is the key (kyrgyzstan)');
  });
});

describe('a spaced acronym suffix ("ШЫҰ-ның", "ҰҚШҰ-ның")', () => {
  it('is joined in the stem and the options, each option with its own allomorph', () => {
    const statement = statementOf(sentenceWith(text, 'Бішкек декларациясы ШЫҰ-ның'), 'kk');
    expect(statement.text).toContain('ШЫҰ-ның мүше');
    const result = draftFrom(sentenceWith(text, 'Кейінгі ШЫҰ-ның дамуы'), 'organisation', text, 3);
    if (result.kind !== 'draft') throw new Error(`no draft: ${JSON.stringify(result)}`);
    expect(result.draft.stem).toMatch(/^Кейінгі ____ дамуы/u);
    const options = [result.draft.key.text, ...result.draft.distractors.map((distractor) => distractor.text)];
    expect(options).toContain('ШЫҰ-ның');
    for (const option of options) expect(option).toMatch(/^\S+-(?:ның|тың|дың|нің|тің|дің)$/u);
  });

  it('refuses an option with the wrong allomorph (ЕО-ның: ЕО is read Одақ, ЕО-тың)', () => {
    const draft = draftOf(text, 'Бішкек декларациясы', 'organisation', 'ШЫҰ-ның');
    const eu = entityById('eu')!;
    expect(checkAgreement(draft, { text: 'ЕО-тың', identity: 'eu', entity: eu, name: 'ЕО' })).toEqual([]);
    expect(checkAgreement(draft, { text: 'ЕО-ның', identity: 'eu', entity: eu, name: 'ЕО' })[0]?.check).toBe('agreement');
    expect(checkAgreement(draft, { text: 'ЕО-қа', identity: 'eu', entity: eu, name: 'ЕО' })[0]?.message).toContain("not in the key's case");
  });
});

describe('a citation bracket left open ("… қала береді [. ")', () => {
  const open = 'серіктес болып қала береді [';

  it('gives no item from the sentence', () => {
    expect(fromSentence('серіктес болып қала береді')).toEqual([]);
  });

  it('is a hygiene problem of the sentence, and of any stem forced from it', () => {
    const sentence = sentenceWith(text, open);
    expect(sentenceProblems(sentence.sentence, 'kk')).toEqual(expect.arrayContaining(['leftover-bracket']));
    const statement = statementOf(sentence, 'kk');
    const stem = statement.text.replace('Орталық Азия', '____');
    const draft = { language: 'kk' as const, statement, key: { ...draftOf(text, 'Бішкек декларациясы', 'organisation').key }, stem, distractors: [] };
    expect(checkStemHygiene(draft).map((problem) => problem.message)).toEqual(expect.arrayContaining([
      'the source sentence is unfit as a stem: leftover-bracket', 'the stem has an unbalanced bracket or quote',
    ]));
  });
});
