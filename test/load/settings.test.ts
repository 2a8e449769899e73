import { resolveSettings } from '../../src/load/settings';
import { DEFAULT_QUIZ_SETTINGS } from '../../src/model/course';

describe('resolveSettings', () => {
  it('gives the defaults when the course has no settings', () => {
    expect(resolveSettings(undefined)).toEqual({ screen: { minWords: 250, maxWords: 600 }, quiz: DEFAULT_QUIZ_SETTINGS });
  });
  it('keeps what the course sets and fills in the rest', () => {
    expect(resolveSettings({ screen: { maxWords: 900 }, masteryScore: 80 })).toEqual({
      screen: { minWords: 250, maxWords: 900 },
      masteryScore: 80,
      quiz: DEFAULT_QUIZ_SETTINGS,
    });
  });
});
