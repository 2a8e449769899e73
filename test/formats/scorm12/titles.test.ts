import { manifestTitle, MAX_TITLE_LENGTH } from '../../../src/formats/scorm12/titles';

describe('manifestTitle', () => {
  it('collapses whitespace and keeps a short title whole, the same on every call', () => {
    expect(manifestTitle('  Қазақстан\n мен   Өзбекстан ')).toBe('Қазақстан мен Өзбекстан');
    expect(manifestTitle('  Қазақстан\n мен   Өзбекстан ')).toBe('Қазақстан мен Өзбекстан');
  });

  it('cuts a long title at a word boundary with an ellipsis, counting code points as XSD does', () => {
    const long = Array.from({ length: 60 }, (_, i) => `сөз${i}`).join(' ');
    const title = manifestTitle(long);
    expect(Array.from(title).length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title.endsWith('…')).toBe(true);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    expect(long.charAt(title.length - 1)).toBe(' ');
    // 150 astral characters are 300 UTF-16 units but 150 code points: not cut.
    const astral = '𝔸'.repeat(150);
    expect(manifestTitle(astral)).toBe(astral);
  });
});
