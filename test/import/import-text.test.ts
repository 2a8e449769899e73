import { importText } from '../../src/import';
import { MAX_INPUT_BYTES } from '../../src/import/check-input';

function fileContent(result: ReturnType<typeof importText>, filePath: string): string {
  return String(result.files.find((file) => file.path === filePath)?.content);
}

describe('importText', () => {
  it('takes the course id and title from the file name, and the language from the letters', () => {
    const result = importText('ВВЕДЕНИЕ\n\nТекст.\n', { sourceName: 'dir/My_Thesis-2021.ru.txt' });
    const course = fileContent(result, 'course.yaml');
    expect(course).toContain('id: my-thesis-2021\n');
    expect(course).toContain('language: ru\n');
    expect(course).toContain('title:\n  ru: My Thesis 2021\n');
  });

  it('refuses a text over 20 MB before reading it', () => {
    const huge = 'a'.repeat(MAX_INPUT_BYTES + 1);
    const result = importText(huge, { sourceName: 'huge.txt' });
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['import/too-large']);
  });

  it('counts what it did', () => {
    const text = 'КІРІСПЕ\n\nБірінші.Екінші сөйлем.\n· тізім;\n· тізім.\n\nСурет 1 – Сурет\n';
    expect(importText(text, { sourceName: 'a.txt' }).stats).toMatchObject({
      lessons: [{ id: 'kirispe', title: 'КІРІСПЕ', words: 8 }],
      gluedSentencesRepaired: 1, figures: 1, tables: 0, bulletLists: 1, numberedLists: 0,
    });
  });

  it('reads a section title that opens with a year as a heading, and a numbered line with another number as text', () => {
    const text = '1 АСТАНА\n\nШолу.\n\n1.1 Ақмоланың тарихы\n\nМәтін.\n\n1.2 1994 жылғы шешім және 1997 жылғы көшу\n\nМәтін.\n\n1.3 5 мың адам көшті\n\nМәтін.\n';
    const result = importText(text, { sourceName: 'astana.kk.txt' });
    expect(result.stats!.lessons.map((lesson) => lesson.title)).toEqual(['Ақмоланың тарихы', '1994 жылғы шешім және 1997 жылғы көшу']);
  });

  it('gives repeated unnumbered headings distinct ids', () => {
    const result = importText('ҚОСЫМША\n\nА.\n\nҚОСЫМША\n\nБ.\n', { sourceName: 'a.txt' });
    expect(result.files.map((f) => f.path)).toEqual(['course.yaml', 'chapters/01-qosymsha.md', 'chapters/02-qosymsha-2.md']);
  });

  it('makes no lesson of a title line: a heading with no text under it is skipped with a warning', () => {
    const text = 'ОРТАЛЫҚ АЗИЯДАҒЫ СУ РЕСУРСТАРЫ\n\nКІРІСПЕ\n\nСу ресурстары аймақтың басты мәселесі.\n\nҚОРЫТЫНДЫ\n\nҚорытынды мәтіні.\n';
    const result = importText(text, { sourceName: 'water.kk.txt' });
    expect(result.files.map((f) => f.path)).toEqual(['course.yaml', 'chapters/01-kirispe.md', 'chapters/02-qorytyndy.md']);
    expect(result.diagnostics.map((d) => [d.code, d.place?.line, d.message])).toEqual([
      ['import/heading-without-text', 1, 'The heading «ОРТАЛЫҚ АЗИЯДАҒЫ СУ РЕСУРСТАРЫ» has no text under it: it is the course\'s title, not a lesson.'],
    ]);
    expect(fileContent(result, 'chapters/01-kirispe.md')).toContain('order: 1\n');
    // the title line at the top names the course when no title is given
    expect(fileContent(result, 'course.yaml')).toContain('  kk: ОРТАЛЫҚ АЗИЯДАҒЫ СУ РЕСУРСТАРЫ\n');
  });

  it('keeps a given title, and a heading without text further down is only skipped', () => {
    const text = 'ОРТАЛЫҚ АЗИЯДАҒЫ СУ РЕСУРСТАРЫ\n\nКІРІСПЕ\n\nСу ресурстары аймақтың басты мәселесі.\n\nҚОСЫМША\n\nҚОРЫТЫНДЫ\n\nҚорытынды мәтіні.\n';
    const given = importText(text, { sourceName: 'water.kk.txt', title: { kk: 'Су' } });
    expect(fileContent(given, 'course.yaml')).toContain('  kk: Су\n');
    expect(given.diagnostics.map((d) => d.message)[0]).toContain('so it was not made a lesson');
    const untitled = importText(text.replace('ОРТАЛЫҚ АЗИЯДАҒЫ СУ РЕСУРСТАРЫ\n\n', ''), { sourceName: 'water.kk.txt' });
    expect(fileContent(untitled, 'course.yaml')).toContain('  kk: Water\n');
    expect(untitled.diagnostics.map((d) => [d.place?.line, d.message])).toEqual([
      [5, 'The heading «ҚОСЫМША» has no text under it, so it was not made a lesson.'],
    ]);
  });

  it('is deterministic', () => {
    const text = 'КІРІСПЕ\n\nМәтін.\n\n1 ТАРАУ\n\nЛид.\n\n1.1 Бөлім\nМәтін.\n';
    expect(importText(text, { sourceName: 'a.txt' })).toEqual(importText(text, { sourceName: 'a.txt' }));
  });
});

describe('importText: chapters announced by a word, a title line in mixed case', () => {
  it.each([
    ['kk', '1-тарау. Киноның қалыптасуы', '2-тарау. Жаңа толқын'],
    ['ru', 'Глава 1. Землетрясение', 'Глава 2. Восстановление'],
    ['en', 'Chapter 1: The epic', 'Chapter 2: The performers'],
  ] as const)('%s: «%s» opens a chapter', (_language, first, second) => {
    const text = `${first}\n\nШолу.\n\n1.1 Бірінші\n\nМәтін.\n\n${second}\n\nШолу.\n\n2.1 Екінші\n\nМәтін.\n`;
    const result = importText(text, { sourceName: 'a.txt' });
    expect(fileContent(result, 'course.yaml')).toMatch(/chapters:\n  - id: ch1\n/u);
    expect(result.stats!.lessons.map((lesson) => lesson.title)).toEqual(['Бірінші', 'Екінші']);
  });

  it('makes the first line the course title, not a lesson, when a heading stands right under it', () => {
    const text = 'Қазақ киносының тарихы: «Қазақфильм» студиясынан бүгінге дейін\n\nКІРІСПЕ\n\nКино тарихы ұзақ.\n\nҚОРЫТЫНДЫ\n\nҚорытынды мәтіні.\n';
    const result = importText(text, { sourceName: 'cinema.kk.txt' });
    expect(result.files.map((f) => f.path)).toEqual(['course.yaml', 'chapters/01-kirispe.md', 'chapters/02-qorytyndy.md']);
    expect(fileContent(result, 'course.yaml')).toContain('  kk: "Қазақ киносының тарихы: «Қазақфильм» студиясынан бүгінге дейін"\n');
  });

  it('keeps a first line that is a sentence, or has text under it, as text', () => {
    const text = 'Кино тарихы ұзақ және бай.\n\nКІРІСПЕ\n\nКино тарихы ұзақ.\n';
    const result = importText(text, { sourceName: 'cinema.kk.txt' });
    expect(result.files.map((f) => f.path)).toEqual(['course.yaml', 'chapters/01-preface.md', 'chapters/02-kirispe.md']);
  });
});
