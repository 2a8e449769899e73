import type { Lesson } from '../../../src/model/course';
import { lessonParagraphs, lessonProse } from '../../../src/quiz/text/paragraphs';

const body = [
  'Бірінші абзац [1].',            // body line 1
  '',
  '## Тақырып',                    // 3
  '',
  'Құжаттарға қол қойылды:',       // 5
  '',
  '- декларация;',                 // 7
  '- келісім \\[ескерту];',        // 8
  '',
  '::: table Кесте 1 – Топтар',    // 10
  '| Топ | Қазақстан |',
  '| --- | --- |',
  '| 1 | 33% |',
  ':::',
  '',
  '::: figure Сурет 1 – Баға',     // 16
  ':::',
  '',
  'Соңғы абзац',                   // 19
  'екі жолда.',
  '',
  '1. бірінші',                    // 22
  '2. екінші',
].join('\n');

const lesson: Lesson = {
  id: 's1-1', title: 'Сабақ', order: 1, body, file: 'chapters/s1-1.md', bodyLine: 11,
  place: { file: '/course/chapters/s1-1.md', line: 1, column: 1 },
};

describe('lessonParagraphs', () => {
  it('returns prose and list items with their line in the lesson file, skipping headings, tables and figures', () => {
    expect(lessonParagraphs(lesson).map(({ kind, text, line }) => [kind, text, line])).toEqual([
      ['paragraph', 'Бірінші абзац [1].', 11],
      ['list-intro', 'Құжаттарға қол қойылды:', 15],
      ['list-item', 'декларация;', 17],
      ['list-item', 'келісім [ескерту];', 18],
      ['paragraph', 'Соңғы абзац\nекі жолда.', 29],
      ['list-item', 'бірінші', 32],
      ['list-item', 'екінші', 33],
    ]);
  });

  it('returns each colon-introduced list with its intro and items; a list without a colon intro is not one', () => {
    const { lists } = lessonProse(lesson);
    expect(lists).toHaveLength(1);
    expect(lists[0].intro.text).toBe('Құжаттарға қол қойылды:');
    expect(lists[0].items.map((item) => item.text)).toEqual(['декларация;', 'келісім [ескерту];']);
    expect(lists[0].ordered).toBe(false);
    expect(lists[0].items.every((item) => item.list === 0)).toBe(true);
  });
});
