import { decodeProgressState, decodeVisited, encodeProgressState } from '../../../src/player/lms/progress-codec';
import type { QuizProgress } from '../../../src/player/lms/adapter';

const quiz: QuizProgress = { pool: 'k3x9', attempt: 2, seed: 4294967295, answers: [[1], null, [0, 2, 3], [2, 0, 1], [0, 63, 1]], submitted: true, best: 66.67 };

describe('progress codec with quiz state', () => {
  it('round-trips the quiz state with the screens seen', () => {
    const text = encodeProgressState([0, 1, 3], 5, quiz);
    expect(decodeProgressState(text)).toEqual({ screenCount: 5, visited: [0, 1, 3], quiz });
    expect(text).toMatch(/^[A-Za-z0-9._,-]+$/);
    expect(text.length).toBeLessThan(60);
  });

  it('round-trips an open attempt without a best score', () => {
    const open = { ...quiz, submitted: false, best: null, answers: [null, null] };
    expect(decodeProgressState(encodeProgressState([], 3, open))?.quiz).toEqual(open);
  });

  it('still reads version 1 (no quiz)', () => {
    expect(decodeProgressState('1.5.P')).toEqual({ screenCount: 5, visited: [0, 1, 2, 3], quiz: null });
  });

  it.each([
    ['a bad seed', 'k3x9.2.zzzzzzzz.s.1ij.B'],
    ['a bad flag', 'k3x9.2.1.x.1ij.B'],
    ['attempt 0', 'k3x9.0.1.s.1ij.B'],
    ['a best over 100%', 'k3x9.1.1.s.8zz.B'],
    ['a bad answer character', 'k3x9.1.1.s..B*'],
  ])('keeps the screens but drops a quiz part with %s', (_name, quizPart) => {
    expect(decodeProgressState(`2.5.P.${quizPart}`)).toEqual({ screenCount: 5, visited: [0, 1, 2, 3], quiz: null });
  });

  it('treats a wrong number of parts as nothing saved', () => {
    expect(decodeVisited('2.5.P.k3x9.1')).toBeNull();
  });
});
