import { closestMatch, didYouMean, editDistance } from '../../src/validate/did-you-mean';

describe('did you mean', () => {
  it('suggests the key one letter away', () => {
    expect(didYouMean('scren', ['screen', 'masteryScore'])).toBe(' (did you mean "screen"?)');
  });
  it('ignores case when comparing', () => {
    expect(closestMatch('maxwords', ['minWords', 'maxWords'])).toBe('maxWords');
  });
  it('counts swapped neighbours as one edit', () => {
    expect(editDistance('tilte', 'title')).toBe(1);
  });
  it('suggests nothing for an unrelated word', () => {
    expect(didYouMean('colour', ['id', 'title', 'lessons'])).toBe('');
  });
  it('suggests nothing when there is nothing to choose from', () => {
    expect(closestMatch('ch1', [])).toBeUndefined();
  });
});
