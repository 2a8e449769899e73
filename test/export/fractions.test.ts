import { isMoodlePercent, MAX_RIGHT_OPTIONS, MOODLE_PERCENTS, rightShares, wrongShare } from '../../src/export/fractions';
import { moodleAccepts } from './helpers';

describe('grades of multiple-response options', () => {
  it('lists exactly the grades Moodle accepts', () => {
    expect(MOODLE_PERCENTS.every((p) => moodleAccepts(Number(p)))).toBe(true);
    expect(MOODLE_PERCENTS).toHaveLength(21);
  });

  it('shares 100 equally among right options when Moodle\'s list allows it', () => {
    expect(rightShares(1)).toEqual(['100']);
    expect(rightShares(2)).toEqual(['50', '50']);
    expect(rightShares(3)).toEqual(['33.33333', '33.33333', '33.33333']);
    expect(rightShares(7)).toEqual(Array(7).fill('14.28571'));
  });

  it('otherwise uses the closest pair of listed grades, larger first, that adds up to 100', () => {
    expect(rightShares(11)).toEqual([...Array(9).fill('10'), '5', '5']);
    expect(rightShares(20)).toEqual(Array(20).fill('5'));
    expect(rightShares(MAX_RIGHT_OPTIONS + 1)).toBeUndefined();
  });

  it.each(Array.from({ length: MAX_RIGHT_OPTIONS }, (_, i) => i + 1))('gives %i right options grades Moodle accepts, adding up to 100 %%', (count) => {
    const shares = rightShares(count)!;
    expect(shares).toHaveLength(count);
    expect(shares.every(isMoodlePercent)).toBe(true);
    const sum = shares.reduce((total, share) => total + Number(share), 0);
    expect(Math.round(sum * 100) / 100).toBe(100);
  });

  it('takes off at least 100 % over all wrong options, so ticking everything scores 0', () => {
    expect(wrongShare(1)).toBe('-100');
    expect(wrongShare(3)).toBe('-33.33333');
    expect(wrongShare(7)).toBe('-14.28571');
    expect(wrongShare(11)).toBe('-10');
    expect(wrongShare(30)).toBe('-5');
    for (let count = 1; count <= 30; count += 1) {
      const share = wrongShare(count);
      expect(isMoodlePercent(share)).toBe(true);
      expect(-Number(share) * count).toBeGreaterThanOrEqual(100 - 0.001);
    }
  });
});
