import { isComplete, restoreProgress, visitScreen } from '../../src/player/progress';

describe('lesson progress', () => {
  it('starts on the first screen, counted as seen', () => {
    expect(restoreProgress(null, 5)).toEqual({ location: 0, visited: [0], quiz: null });
  });

  it('fits saved progress to a lesson re-cut into fewer screens', () => {
    expect(restoreProgress({ location: 9, visited: [1, 4, 8, 9], quiz: null }, 5)).toEqual({ location: 4, visited: [1, 4], quiz: null });
  });

  it('drops nonsense from a sloppy LMS', () => {
    expect(restoreProgress({ location: -3, visited: [2, 2, -1, 1.5], quiz: null }, 5)).toEqual({ location: 0, visited: [0, 2], quiz: null });
  });

  it('records each screen once, in order', () => {
    let progress = restoreProgress(null, 4);
    for (const screen of [2, 1, 2, 3]) progress = visitScreen(progress, screen);
    expect(progress).toEqual({ location: 3, visited: [0, 1, 2, 3], quiz: null });
    expect(isComplete(progress, 4)).toBe(true);
    expect(isComplete(visitScreen(restoreProgress(null, 4), 3), 4)).toBe(false);
  });
});
