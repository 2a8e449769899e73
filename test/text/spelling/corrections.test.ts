import * as path from 'node:path';
import { loadCourse } from '../../../src/load';
import { indexCourseText } from '../../../src/quiz/text';
import { beginnings, correctText, correctionsFrom, slipCorrections, spellingCorrections, typingSlip } from '../../../src/text/spelling/corrections';
import { dictionaryPath } from '../../../src/text/spelling/hunspell';

const often = (word: string, times: number) => Array.from({ length: times }, () => `Бұл ${word} туралы.`);

describe('typingSlip: only slips of the keyboard, inside the word', () => {
  it('takes two letters swapped, a letter doubled, a vowel too many or left out', () => {
    expect(typingSlip('қатысыушы', 'қатысушы')).toBe(true);
    expect(typingSlip('ынтымақатстық', 'ынтымақтастық')).toBe(true);
    expect(typingSlip('факкторлар', 'факторлар')).toBe(true);
    expect(typingSlip('қауіпсііздік', 'қауіпсіздік')).toBe(true);
    expect(typingSlip('мемлкеттер', 'мемлекеттер')).toBe(true);
  });

  it('refuses what is another form or another word: a consonant more or less', () => {
    // active and passive participles, "did not bring" and "brings"
    expect(typingSlip('жариялаған', 'жарияланған')).toBe(false);
    expect(typingSlip('әкелмеді', 'әкеледі')).toBe(false);
    // two different letters in the same place
    expect(typingSlip('кетуі', 'келуі')).toBe(false);
  });

  it('refuses a difference at the first letter or in the last two, where endings differ (a doubled letter counts from its first copy)', () => {
    expect(typingSlip('шешіммін', 'шешімін')).toBe(true);
    expect(typingSlip('акторлар', 'факторлар')).toBe(false);
    expect(typingSlip('мемлекеттерде', 'мемлекеттерге')).toBe(false);
    expect(typingSlip('мемлекетті', 'мемлекеттіі')).toBe(false);
  });
});

describe('correctionsFrom: what the text and the dictionary agree on', () => {
  const counts = new Map<string, number>([
    ['мемлекеттер', 60], ['мемлкеттер', 1], ['тұрақсыздық', 2], ['тұрақсыз', 2], ['тұррақсыздығы', 1],
    ['құрлығы', 1], ['құрлық', 4], ['қалған', 23], ['қалаған', 1], ['қала', 9],
    ['құрлықтық', 1], ['құрылым', 15], ['құрылымы', 10],
  ]);
  const starts = beginnings(counts);
  const dictionary = new Set(['мемлекеттер', 'тұрақсыздығы', 'тұрақсыз', 'құрылғы', 'құрлық', 'қалған', 'қала', 'құрылықтық']);
  const known = (word: string) => dictionary.has(word);
  const proposed = (...words: string[]) => new Map(words.map((word) => [word, slipCorrections(word, 'kk')]));

  it('puts right a slip whose correction the text writes three times at least, and three times as often', () => {
    expect([...correctionsFrom(proposed('мемлкеттер'), known, counts, starts).fixes]).toEqual([['мемлкеттер', 'мемлекеттер']]);
  });

  it('takes a doubled letter\'s correction on the text\'s beginnings alone ("тұрақс…" ×4 against "тұррақс…" ×1)', () => {
    expect([...correctionsFrom(proposed('тұррақсыздығы'), known, counts, starts).fixes]).toEqual([['тұррақсыздығы', 'тұрақсыздығы']]);
  });

  it('leaves a slip that reads as a word of its own up to where it parts ("құрлық…", "қала…")', () => {
    expect(correctionsFrom(proposed('құрлығы', 'қалаған', 'құрлықтық'), known, counts, starts).fixes.size).toBe(0);
  });

  it('puts a swap right only when the dictionary knows the word too; a vowel left out, on the text alone', () => {
    const withSwap = new Map([...counts, ['ынтымақтастық', 5], ['ынтымақатстық', 1]]);
    const swapStarts = beginnings(withSwap);
    expect(correctionsFrom(proposed('ынтымақатстық'), known, withSwap, swapStarts).fixes.size).toBe(0);
    expect([...correctionsFrom(proposed('ынтымақатстық'), (word) => word === 'ынтымақтастық' || known(word), withSwap, swapStarts).fixes]).toEqual([['ынтымақатстық', 'ынтымақтастық']]);
    expect([...correctionsFrom(proposed('мемлкеттер'), (word) => word !== 'мемлекеттер' && known(word), counts, starts).fixes]).toEqual([['мемлкеттер', 'мемлекеттер']]);
  });

  it('changes whole words only, as written in lower case', () => {
    const corrections = correctionsFrom(proposed('мемлкеттер'), known, counts, starts);
    expect(correctText('Бес мемлкеттер мен мемлкеттерге.', corrections)).toBe('Бес мемлекеттер мен мемлкеттерге.');
  });
});

describe('spellingCorrections with the language\'s Hunspell dictionary', () => {
  const installed = dictionaryPath('kk') !== undefined && dictionaryPath('ru') !== undefined && dictionaryPath('en') !== undefined;
  // CI installs hunspell-kk/ru/en (.ci/run); a developer without them sees the test skipped, never passed
  const withDictionaries = installed || process.env.CI === 'true' ? it : it.skip;

  withDictionaries('puts right Kazakh, Russian and English slips the dictionary confirms, and no name', () => {
    const kk = spellingCorrections([...often('экономикалық', 5), 'Бұл экономкалық мәселе.', ...often('ынтымақтастық', 4), 'Ынтымақатстық та ынтымақатстық.'], 'kk');
    expect([...kk.fixes]).toEqual([['экономкалық', 'экономикалық']]);
    const ru = spellingCorrections([...Array(4).fill('Это государства.'), 'Два госсударства.'], 'ru');
    expect([...ru.fixes]).toEqual([['госсударства', 'государства']]);
    const en = spellingCorrections([...Array(4).fill('The government said.'), 'The govermnent said.'], 'en');
    expect([...en.fixes]).toEqual([['govermnent', 'government']]);
  });

  withDictionaries('the course\'s sentences read with its slips put right, its lesson files as written', async () => {
    const loaded = await loadCourse(path.join(__dirname, '../../../course'));
    if (!loaded.course) throw new Error('the course did not load');
    const lesson = loaded.course.lessons.find((found) => found.id === 's2-2')!;
    expect(lesson.body).toContain('экономкалық');
    const text = indexCourseText(loaded.course);
    const sentences = text.sentences.filter((sentence) => sentence.lesson === 's2-2').map((sentence) => sentence.sentence.clean).join(' ');
    expect(sentences).not.toContain('экономкалық');
    expect(sentences).toContain('экономикалық');
    // names keep the course's own spelling, slips or not (distractors are written as the course writes them)
    expect(text.sentences.some((sentence) => sentence.sentence.clean.includes('Қырғыстан'))).toBe(true);
  });

  withDictionaries('corrects nothing without a dictionary', () => {
    const saved = process.env.HUNSPELL_DIR;
    process.env.HUNSPELL_DIR = '/nonexistent-dictionaries';
    try {
      expect(spellingCorrections([...often('экономикалық', 5), 'Бұл экономкалық мәселе.'], 'kk').fixes.size).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.HUNSPELL_DIR;
      else process.env.HUNSPELL_DIR = saved;
    }
  });
});
