import { drawAttempt } from '../../../src/player/quiz/draw';
import { seededRandom, shuffled } from '../../../src/player/quiz/random';
import { fixtureQuiz } from './fixture';

describe('drawing an attempt', () => {
  const quiz = fixtureQuiz({ questionsPerAttempt: 3 });

  it('gives the same questions in the same order, with the same shuffles, for the same seed', () => {
    expect(drawAttempt(quiz, 12345)).toEqual(drawAttempt(quiz, 12345));
  });

  it('draws other questions or another order for other seeds', () => {
    const draws = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => JSON.stringify(drawAttempt(quiz, seed).map((q) => [q.item.id, q.order]))));
    expect(draws.size).toBeGreaterThan(4);
  });

  it('draws questionsPerAttempt distinct items, all of the pool when it is smaller', () => {
    const three = drawAttempt(quiz, 99).map((q) => q.item.id);
    expect(new Set(three).size).toBe(3);
    expect(drawAttempt(fixtureQuiz({ questionsPerAttempt: 50 }), 99)).toHaveLength(5);
  });

  it('shows options, steps and right sides in a shuffled order that covers them all', () => {
    for (let seed = 0; seed < 30; seed += 1) {
      for (const question of drawAttempt(fixtureQuiz(), seed)) {
        const { item } = question;
        const size = item.kind === 'choice' || item.kind === 'multiple-response' ? item.options.length : item.kind === 'ordering' ? item.steps.length : item.kind === 'matching' ? item.pairs.length : 0;
        expect([...question.order].sort()).toEqual(Array.from({ length: size }, (_, i) => i));
        // Steps in the right order would give the answer away.
        if (item.kind === 'ordering') expect(question.order).not.toEqual([0, 1, 2]);
      }
    }
  });

  it('shuffles with a seeded generator: stable, and a permutation', () => {
    const list = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(shuffled(list, seededRandom(7))).toEqual(shuffled(list, seededRandom(7)));
    expect([...shuffled(list, seededRandom(7))].sort()).toEqual(list);
    expect(list).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});
