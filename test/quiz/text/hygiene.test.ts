import { splitSentences } from '../../../src/quiz/text/sentences';
import { stemHygiene } from '../../../src/quiz/text/hygiene';

const problems = (text: string) => stemHygiene(splitSentences(text, 'kk')[0]);

describe('stemHygiene', () => {
  it('passes a clean declarative sentence of usable length', () => {
    expect(problems('Қазақстан мен Өзбекстан арасындағы дипломатиялық қатынастар 1992 жылы басталды [4].')).toEqual([]);
  });

  it('flags a leftover bracket, unbalanced quotes and brackets', () => {
    expect(problems('Орталық Азия үшін маңызды серіктес болып қала береді [.')).toEqual(expect.arrayContaining(['leftover-bracket', 'unbalanced-brackets']));
    expect(problems('«Консолидация ұғымын зерттеп қарастыру қажеттілігі күрделі жайттарға негізделеді.')).toContain('unbalanced-quotes');
    expect(problems('Ол (аймақтық ұйым ретінде әлі күнге дейін жұмыс істеп келеді.')).toContain('unbalanced-brackets');
  });

  it('flags words glued by text extraction but not mixed-case acronyms', () => {
    expect(problems('Жағдайлардың барлығыОрталық Азия мемлекеттері үшін жаңа мақсат болып табылды.')).toContain('glued-word');
    expect(problems('ЕурАзЭҚ аймақтың елдерінің халықаралық ұйымы ретінде жұмыс істеді.')).not.toContain('glued-word');
  });

  it('flags sentences too short, too long, starting lower-case, anaphoric, or table cells', () => {
    expect(problems('Сауалнама сұрақтан тұрды.')).toContain('too-short');
    expect(problems(`Аймақ ${'және ел '.repeat(25)}дамыды.`)).toContain('too-long');
    expect(problems('стратегиялық серіктестік пен мызғымас тату көршілікті нығайту декларациясы;')).toContain('lower-case-start');
    expect(problems('Бұл аймақтың екі мемлекеті Орталық Азиядағы аса ірі елдері болып табылады.')).toContain('anaphoric');
    expect(problems('Қазақстан 33% 28% 14 19 17 11 | 5')).toContain('table-cell');
  });
});
