import * as path from 'node:path';
import type { ChoiceItem } from '../../../src/model/quiz';
import { generateBanks } from '../../../src/quiz/generate';
import { CLOZE_RULES } from '../../../src/quiz/rules/cloze/rule';
import { trueFalseRule } from '../../../src/quiz/rules/true-false';
import { loadFixture, RULE_FIXTURES } from './helpers';

/** The single-choice and true/false rules (lists and ordering are tested with their own rules). */
const MY_RULES = [...CLOZE_RULES, trueFalseRule];

describe.each(['ru', 'en'] as const)('a %s text', (language) => {
  it('gives numbers as numbers and names as names (entity clozes: test/quiz/rules/entity-languages.test.ts), no date clozes', async () => {
    const { course } = await loadFixture(path.join(RULE_FIXTURES, language));
    const [lesson] = generateBanks(course, { rules: MY_RULES });
    const rules = new Set(lesson!.items.map((item) => item.rule));
    expect(rules.has('cloze-date')).toBe(false);
    expect(rules.has('cloze-year')).toBe(true);
    expect(rules.has('cloze-percent') || rules.has('cloze-amount')).toBe(true); // the rules still work when asked for (not registered)
    const choices = lesson!.items.filter((item): item is ChoiceItem => item.kind === 'choice' && !/^cloze-(?:place|person|organisation)$/u.test(item.rule));
    expect(choices.length).toBeGreaterThanOrEqual(2);
    // true/false swaps no figures since the blind review of 2026-12-04 (round 4): fewer items from this short text
    expect(lesson!.items.length).toBeGreaterThanOrEqual(3);
    for (const item of choices) {
      for (const option of item.options) expect(option.text).toMatch(/^\d[\d ,.]*%?$/u);
      expect(item.feedback).toContain(language === 'en' ? 'The text says: "' : 'В тексте: «');
    }
  });

  it('asks the year of a dated event, keeping the day and month as they are', async () => {
    const { course } = await loadFixture(path.join(RULE_FIXTURES, language));
    const stems = generateBanks(course, { rules: MY_RULES })[0]!.items.map((item) => item.stem);
    // a cloze blank, or a swapped year in a true/false statement
    expect(stems).toContainEqual(expect.stringMatching(language === 'en' ? /March 15, (?:____|20\d\d),/u : /15 марта (?:____|20\d\d) года/u));
  });
});
