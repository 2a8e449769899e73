import * as path from 'node:path';
import type { ChoiceItem } from '../../../src/model/quiz';
import { generateBanks } from '../../../src/quiz/generate';
import { CLOZE_RULES } from '../../../src/quiz/rules/cloze/rule';
import { trueFalseRule } from '../../../src/quiz/rules/true-false';
import { loadFixture, RULE_FIXTURES } from './helpers';

/** The single-choice and true/false rules (lists and ordering are tested with their own rules). */
const MY_RULES = [...CLOZE_RULES, trueFalseRule];

describe.each(['ru', 'en'] as const)('a %s text', (language) => {
  it('gives only language-neutral kinds: years, amounts, percentages, no case-dependent items', async () => {
    const { course } = await loadFixture(path.join(RULE_FIXTURES, language));
    const [lesson] = generateBanks(course, { rules: MY_RULES });
    const rules = new Set(lesson!.items.map((item) => item.rule));
    expect([...rules].every((rule) => ['cloze-year', 'cloze-amount', 'cloze-percent', 'true-false-swap'].includes(rule))).toBe(true);
    expect(rules).toEqual(new Set(['cloze-year', 'cloze-percent', ...(language === 'en' ? ['cloze-amount'] : [])]));
    const choices = lesson!.items.filter((item): item is ChoiceItem => item.kind === 'choice');
    expect(choices.length).toBeGreaterThanOrEqual(4);
    for (const item of choices) {
      for (const option of item.options) expect(option.text).toMatch(/^\d[\d ,.]*%?$/u);
      expect(item.feedback).toContain(language === 'en' ? 'The text says: "' : 'В тексте: «');
    }
  });

  it('blanks the year of a dated event and keeps the day and month in the stem', async () => {
    const { course } = await loadFixture(path.join(RULE_FIXTURES, language));
    const stems = generateBanks(course, { rules: MY_RULES })[0]!.items.map((item) => item.stem);
    expect(stems).toContainEqual(expect.stringMatching(language === 'en' ? /March 15, ____/u : /15 марта ____ года/u));
  });
});
