import { finalSoundOf, harmonyOf } from '../../../src/text/kk';

describe('harmonyOf', () => {
  it.each([
    ['Қазақстан', 'back'], ['Өзбекстан', 'back'], ['Түркия', 'back'], ['Жапония', 'back'], ['Алматы', 'back'],
    ['Ресей', 'front'], ['Ташкент', 'front'], ['Бішкек', 'front'], ['Душанбе', 'front'], ['Бейжің', 'front'],
    ['Путин', 'front'],
  ] as const)('takes the last vowel: %s is %s', (stem, harmony) => {
    expect(harmonyOf(stem)).toBe(harmony);
  });

  it('lets a final у be a glide, so the vowel before it decides (Мәскеу = Мәскеў)', () => {
    expect(harmonyOf('Мәскеу')).toBe('front');
    expect(harmonyOf('тау')).toBe('back');
    expect(harmonyOf('су')).toBe('back');
  });

  it('reads е after a vowel as the glide of a Kazakh name in -ев (Назарбай → Назарбаев)', () => {
    expect(harmonyOf('Назарбаев')).toBe('back');
    expect(harmonyOf('Тоқаев')).toBe('back');
    expect(harmonyOf('Сергеев')).toBe('front');
  });

  it('keeps Мирзиеев back, as the text mostly writes it (Мирзиёев)', () => {
    expect(harmonyOf('Мирзиеев')).toBe('back');
  });

  it('does not care about letter case', () => {
    expect(harmonyOf('ТАШКЕНТ')).toBe('front');
  });
});

describe('finalSoundOf', () => {
  it.each([
    ['Алматы', 'vowel'], ['Душанбе', 'vowel'], ['Түркия', 'vowel'],
    ['Қазақстан', 'nasal'], ['адам', 'nasal'], ['Бейжің', 'nasal'],
    ['Ресей', 'glide'], ['Мәскеу', 'glide'], ['жер', 'glide'], ['көл', 'lateral'],
    ['қыз', 'sibilant'], ['кірпіж', 'sibilant'],
    ['Ташкент', 'voiceless'], ['Бішкек', 'voiceless'], ['АҚШ', 'voiceless'],
  ] as const)('%s ends in a %s sound', (stem, sound) => {
    expect(finalSoundOf(stem)).toBe(sound);
  });

  it('treats final б в г д of loanwords as the voiceless sounds they are said as', () => {
    expect(finalSoundOf('Назарбаев')).toBe('voiceless');
    expect(finalSoundOf('Ашхабад')).toBe('voiceless');
    expect(finalSoundOf('Петербург')).toBe('voiceless');
  });

  it('ignores a final soft sign', () => {
    expect(finalSoundOf('Кремль')).toBe('lateral');
  });
});
