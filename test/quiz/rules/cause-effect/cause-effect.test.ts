import * as path from 'node:path';
import type { ChoiceItem } from '../../../../src/model/quiz';
import { generateBanks } from '../../../../src/quiz/generate';
import { causalParts, causeEffectRule } from '../../../../src/quiz/rules/cause-effect';
import { quizRules } from '../../../../src/quiz/rules/registry';
import { loadFixture } from '../helpers';

const FIXTURES = path.join(__dirname, '../../../fixtures/quiz-salience');

describe('cause-effect', () => {
  it.each([
    ['kk', 'cause', 'су қоймалары өзендердің жазғы ағынын азайтады'],
    ['kk', 'effect', 'суды газға айырбастаудың ескі тәртібі ештеңемен алмастырылмады'],
    ['ru', 'cause', 'водохранилища уменьшили бы летний сток рек'],
    ['ru', 'effect', 'распределение воды остаётся для них вопросом безопасности'],
    ['en', 'cause', 'the reservoirs would reduce the summer flow of the rivers'],
    ['en', 'effect', 'water sharing remains a question of security for them'],
  ] as const)('%s: finds the %s the text marks: «%s»', async (language, role, asked) => {
    const { text } = await loadFixture(path.join(FIXTURES, language));
    expect(causalParts(text).map((part) => [part.role, part.asked])).toContainEqual([role, asked]);
  });

  it('asks the marked part among other parts of the same role, the answer as the text says it', async () => {
    const { course, text } = await loadFixture(path.join(FIXTURES, 'en'));
    const [lesson] = generateBanks(course, { rules: [causeEffectRule()] });
    const items = lesson!.items as ChoiceItem[];
    const causes = new Set(causalParts(text).filter((part) => part.role === 'cause').map((part) => part.asked));
    const item = items.find((found) => found.stem.includes('opposed new dams'))!;
    expect(item.stem).toBe('According to the text, what is the cause? The downstream states opposed new dams, because ____.');
    expect(item.options.find((option) => option.id === item.answer)!.text).toBe('the reservoirs would reduce the summer flow of the rivers');
    expect(item.options).toHaveLength(4);
    for (const option of item.options) expect(causes.has(option.text)).toBe(true);
  });

  it('is off by default: blind reviews accepted 1 of its 20 items, so `quiz generate` does not run it', () => {
    expect(quizRules().map((rule) => rule.id)).not.toContain(causeEffectRule().id);
  });

  it('gives nothing when too few parts of the role stand in the course to be distractors', async () => {
    const { course } = await loadFixture(path.join(FIXTURES, 'ru'));
    const [lesson] = generateBanks(course, { rules: [causeEffectRule()] });
    expect(lesson!.items).toEqual([]);
    expect(lesson!.dropped.map((found) => found.reason)).toContain('too-few-distractors');
  });
});
