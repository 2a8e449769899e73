import * as path from 'node:path';
import type { ChoiceItem } from '../../../../src/model/quiz';
import { generateBanks } from '../../../../src/quiz/generate';
import { actorPairs } from '../../../../src/quiz/rules/matching/actors';
import { clozeTermRule, endingOf } from '../../../../src/quiz/rules/term';
import { nounLike, termIndex } from '../../../../src/quiz/rules/term/terms';
import { loadFixture } from '../helpers';

const FIXTURES = path.join(__dirname, '../../../fixtures/quiz-salience');
const COURSE = path.join(__dirname, '../../../../course');

describe('key terms', () => {
  it.each([
    ['kk', 'интеграция', true], ['kk', 'айтамыз', false], ['kk', 'қаңтарда', false], ['kk', 'бағытталды', false],
    ['ru', 'интеграция', true], ['ru', 'подписали', false], ['ru', 'региональный', false],
    ['en', 'irrigation', true], ['en', 'quickly', false], ['en', 'diverted', false], ['en', 'january', false],
  ] as const)('%s: «%s» reads as a noun: %s', (language, word, expected) => {
    expect(nounLike(word, language)).toBe(expected);
  });

  it('compare Kazakh endings through vowel harmony and suffix consonants, Russian by two letters, English by number', () => {
    expect(endingOf('ядролық', 'kk')).toBe(endingOf('экологиялық', 'kk'));
    expect(endingOf('құқықтық', 'kk')).toBe(endingOf('гуманитарлық', 'kk'));
    expect(endingOf('терминінің', 'kk')).toBe(endingOf('концепциясының', 'kk'));
    expect(endingOf('әдістер', 'kk')).not.toBe(endingOf('әдістерді', 'kk'));
    expect(endingOf('интеграции', 'ru')).not.toBe(endingOf('интеграция', 'ru'));
    expect([endingOf('dams', 'en'), endingOf('treaty', 'en'), endingOf('process', 'en')]).toEqual(['s', '', '']);
  });

  it('are frequent in their lesson and rare in the rest of the course', async () => {
    const { text } = await loadFixture(COURSE);
    const index = termIndex(text);
    expect(index.byLesson.get('s1-1')).toContain('реали'); // реализм: the theories of s1-1
    expect(index.byLesson.get('s1-1')).not.toContain('мемле'); // мемлекет: every lesson's word
  });

  it('blanks a term among other terms of the lesson or chapter, every option a form the text writes, in the key\'s ending', async () => {
    const { course, text } = await loadFixture(COURSE);
    const generated = generateBanks(course, { rules: [clozeTermRule()] });
    const items = generated.flatMap((lesson) => lesson.items) as ChoiceItem[];
    expect(items.length).toBeGreaterThan(5);
    const words = new Set(text.sentences.flatMap((sentence) => sentence.sentence.clean.match(/\p{L}+/gu) ?? []));
    for (const item of items) {
      expect(item.stem.split('____')).toHaveLength(2);
      const key = item.options.find((option) => option.id === item.answer)!.text;
      for (const option of item.options) {
        expect(words.has(option.text)).toBe(true);
        expect(endingOf(option.text, 'kk')).toBe(endingOf(key, 'kk'));
      }
    }
  });
});

describe('actor ↔ action pairs', () => {
  it('pair each actor that opens a sentence with what it did, and no list of actors', async () => {
    const { text } = await loadFixture(path.join(FIXTURES, 'en'));
    const pairs = actorPairs(text.sentences, 'en').map((pair) => [pair.left, pair.right]);
    expect(pairs).toEqual(expect.arrayContaining([
      ['Uzbekistan', 'Opposed the Rogun dam for two decades in every regional forum'],
      ['Kyrgyzstan', 'Proposed a water and energy consortium to the other states of the region'],
    ]));
    expect(pairs.some(([left]) => left === 'Kazakhstan')).toBe(false); // "Kazakhstan and Uzbekistan depend …": two actors
  });
});
