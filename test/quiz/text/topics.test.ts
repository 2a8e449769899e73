/**
 * The course's topic, found without a glossary: a world region named in nearly every lesson is
 * the frame the course is set in, never blanked nor offered as a wrong option.
 */
import * as path from 'node:path';
import { indexCourseText } from '../../../src/quiz/text';
import { keysOf } from '../../../src/quiz/rules/cloze/keys';
import { statementOf } from '../../../src/quiz/rules/shared/statement';
import { fixtureCourse } from '../helpers';

const DIR = path.join(__dirname, '../../fixtures/quiz-topics/en');

describe('a world region named in nearly every lesson', () => {
  it('is the course\'s topic; one named in a single lesson is not', async () => {
    const course = await fixtureCourse(DIR);
    const text = indexCourseText(course);
    expect(text.catalogue.byId.get('central-asia')?.topic).toBe(true);
    expect(text.catalogue.byId.get('europe')?.topic).not.toBe(true);
  });

  it('is never a key: a sentence naming it and a country keeps only the country to ask', async () => {
    const course = await fixtureCourse(DIR);
    const text = indexCourseText(course);
    const sentence = text.sentences.find((found) => found.sentence.clean.startsWith('The largest walnut forests'))!;
    const keys = keysOf(statementOf(sentence, 'en', text.catalogue), 'place', 'en').keys.map((key) => key.identity);
    expect(keys).toContain('kyrgyzstan');
    expect(keys).not.toContain('central-asia');
  });
});

describe('a country whose people the course title names', () => {
  it('is the course\'s topic ("Kyrgyz mountain forests"); a title naming no people makes none', async () => {
    const course = await fixtureCourse(DIR);
    const titled = indexCourseText({ ...course, title: { en: 'Kyrgyz mountain forests' } });
    expect(titled.catalogue.byId.get('kyrgyzstan')?.topic).toBe(true);
    expect(titled.catalogue.byId.get('kazakhstan')?.topic).not.toBe(true);
    expect(indexCourseText(course).catalogue.byId.get('kyrgyzstan')?.topic).not.toBe(true);
  });
});
