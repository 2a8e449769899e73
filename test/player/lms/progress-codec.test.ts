import { decodeVisited, encodeVisited } from '../../../src/player/lms/progress-codec';

describe('progress codec', () => {
  it.each([
    [1, []],
    [1, [0]],
    [7, [0, 2, 6]],
    [12, [5, 6, 11]],
    [37, Array.from({ length: 37 }, (_, i) => i)],
  ])('round-trips %i screens with %j seen', (screenCount, visited) => {
    expect(decodeVisited(encodeVisited(visited, screenCount))).toEqual({ screenCount, visited });
  });

  it('round-trips a scattered set over 500 screens and stays short', () => {
    const visited = Array.from({ length: 500 }, (_, i) => i).filter((i) => i % 3 === 0 || i % 7 === 1);
    const text = encodeVisited(visited, 500);
    expect(decodeVisited(text)).toEqual({ screenCount: 500, visited });
    expect(text.length).toBeLessThanOrEqual(100);
  });

  it('writes all 500 screens seen in under 100 characters', () => {
    const all = Array.from({ length: 500 }, (_, i) => i);
    expect(encodeVisited(all, 500).length).toBeLessThan(100);
  });

  it('drops indexes outside the lesson when encoding', () => {
    expect(decodeVisited(encodeVisited([-1, 2, 2, 9, 1.5], 4))).toEqual({ screenCount: 4, visited: [2] });
  });

  it('uses only characters no LMS escapes', () => {
    expect(encodeVisited([0, 1, 5, 63, 64], 80)).toMatch(/^[A-Za-z0-9._-]+$/);
  });

  it.each([
    ['empty', ''],
    ['not a string', 42],
    ['old JSON', '{"visited":[1,2]}'],
    ['future version', '3.5.P'],
    ['bad count', '1.-5.P'],
    ['huge count', '1.zzzz.A'],
    ['too few bit characters', '1.d.P'],
    ['too many bit characters', '1.5.PA'],
    ['bad bit character', '1.5.*'],
    ['bit beyond the count', '1.2.H'],
    ['extra parts', '1.5.P.x'],
  ])('treats %s as no saved progress', (_name, text) => {
    expect(decodeVisited(text)).toBeNull();
  });
});
