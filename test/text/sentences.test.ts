import { repairGluedBoundaries } from '../../src/text/sentences';

describe('repairGluedBoundaries', () => {
  it('gives a glued sentence boundary its space and counts it', () => {
    expect(repairGluedBoundaries('сипаттамасы.Диссертациялық зерттеу')).toEqual({
      text: 'сипаттамасы. Диссертациялық зерттеу', sentences: 1, commas: 0,
    });
    expect(repairGluedBoundaries('Why?Because!Then.«Quote»').text).toBe('Why? Because! Then. «Quote»');
  });

  it('leaves initials, acronyms and Latin two-letter initials alone', () => {
    for (const text of ['Қ.К. Тоқаев', 'Ш.М.Мирзиеев', 'Sh.M. Mirziyoyev', 'ҚР.Президенті', 'Ф.Толипов']) {
      expect(repairGluedBoundaries(text)).toEqual({ text, sentences: 0, commas: 0 });
    }
  });

  it('leaves abbreviations, decimals and addresses alone', () => {
    for (const text of ['2021 ж.Тамыз', 'т.б.Кездесу', 'проф.Иванов', 'etc.Then', '3.5 per cent', 'www.example.Com', 'mail@host.Org']) {
      expect(repairGluedBoundaries(text).sentences).toBe(0);
    }
  });

  it('spaces commas, semicolons and colons glued to a word but not decimal commas', () => {
    expect(repairGluedBoundaries('бірінші,екінші;үшінші:төртінші және 3,5')).toEqual({
      text: 'бірінші, екінші; үшінші: төртінші және 3,5', sentences: 0, commas: 3,
    });
    expect(repairGluedBoundaries('[66],С. Николаев').text).toBe('[66], С. Николаев');
    expect(repairGluedBoundaries('see http://example.com/a,b').commas).toBe(0);
  });
});
