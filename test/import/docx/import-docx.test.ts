/**
 * The .docx importer on documents made by the tests themselves (test/import/docx/make-docx.ts)
 * in Kazakh, Russian and English, on the course's own text saved as a .docx, and on the files
 * it must refuse.
 */
import * as fs from 'node:fs';
import { importDocx, importText } from '../../../src/import';
import type { ImportResult } from '../../../src/import';
import { CORPUS_FILE } from '../../harness/shared-dir';
import { makeDocx, oleFile, png, withImageType, type Part } from './make-docx';

function file(result: ImportResult, path: string): string {
  const found = result.files.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`no ${path} in ${result.files.map((f) => f.path).join(', ')}`);
  return String(found.content);
}

function body(result: ImportResult, path: string): string {
  return file(result, path).split('---\n')[2]!.trim();
}

interface Language {
  readonly code: 'kk' | 'ru' | 'en';
  readonly chapter: string;
  readonly sections: readonly [string, string];
  readonly figure: string;
  readonly table: string;
  readonly words: readonly string[];
}

const LANGUAGES: readonly Language[] = [
  { code: 'kk', chapter: 'ОРТАЛЫҚ АЗИЯ ЖӘНЕ ҚАУІПСІЗДІК', sections: ['Аймақтық ынтымақтастық', 'Су мәселесі'], figure: 'Сурет', table: 'Кесте',
    words: ['Қазақстан', 'Өзбекстан', 'Топтар', 'Елдер', 'Аймақ картасы', 'Су қоймалары', 'Ескертпе мәтіні.', 'маңызды', 'бірінші', 'екінші'] },
  { code: 'ru', chapter: 'ЦЕНТРАЛЬНАЯ АЗИЯ И БЕЗОПАСНОСТЬ', sections: ['Региональное сотрудничество', 'Водный вопрос'], figure: 'Рисунок', table: 'Таблица',
    words: ['Казахстан', 'Узбекистан', 'Группы', 'Страны', 'Карта региона', 'Водохранилища', 'Текст сноски.', 'важно', 'первый', 'второй'] },
  { code: 'en', chapter: 'CENTRAL ASIA AND SECURITY', sections: ['Regional cooperation', 'The water question'], figure: 'Figure', table: 'Table',
    words: ['Kazakhstan', 'Uzbekistan', 'Groups', 'Countries', 'Map of the region', 'Reservoirs', 'Text of the note.', 'important', 'first', 'second'] },
];

function parts(l: Language): Part[] {
  const [kz, uz, groups, countries, map, reservoirs, , important, first, second] = l.words;
  return [
    { title: `${l.chapter} (course)` },
    { heading: 1, text: `1 ${l.chapter}` },
    { text: `${kz} ${uz}. `, bold: important!, footnote: 1 },
    { heading: 2, text: `1.1 ${l.sections[0]}` },
    { text: `${kz}, ${uz}. `, italic: important! },
    { bullets: [first!, second!] },
    { numbered: [`${first} ${kz}`, `${second} ${uz}`] },
    { text: `${l.table} 1 – ${groups}` },
    { table: { first: groups!, merged: countries!, under: [kz!, uz!], rows: [['1', '33%', '28%'], ['2', '41%', '39%']] } },
    { image: png(64, 40, [10, 120, 200]), alt: map },
    { text: `${l.figure} 1 – ${map}`, caption: true },
    { heading: 2, text: `1.2 ${l.sections[1]}` },
    { text: `${reservoirs}, ${l.figure.toLowerCase()} 2.`, footnote: 2 },
    { image: png(48, 48, [0, 160, 60]), alt: reservoirs },
    { text: `${l.figure} 2 – ${reservoirs}`, caption: true },
  ];
}

describe.each(LANGUAGES)('a Word document in $code', (l) => {
  const notes = { 1: l.words[6]!, 2: `${l.words[6]} 2` };
  let result: ImportResult;
  beforeAll(async () => {
    result = await importDocx(await makeDocx(parts(l), notes), { sourceName: `course.${l.code}.docx` });
  });

  it('imports without a problem, in the language of the text, titled by the Title paragraph', () => {
    expect(result.diagnostics).toEqual([]);
    expect(file(result, 'course.yaml')).toContain(`language: ${l.code}\ntitle:\n  ${l.code}: ${l.chapter} (course)\n`);
  });

  it('makes Heading 1 a chapter and each Heading 2 a lesson of it', () => {
    expect(result.files.map((f) => f.path)).toEqual(['course.yaml', 'chapters/01-s1-1.md', 'chapters/02-s1-2.md', 'images/figure-1.png', 'images/figure-2.png']);
    expect(file(result, 'course.yaml')).toContain(`chapters:\n  - id: ch1\n    number: "1"\n    title: ${l.chapter}\n`);
    expect(file(result, 'chapters/01-s1-1.md')).toContain(`id: s1-1\nnumber: "1.1"\ntitle: ${l.sections[0]}\nchapter: ch1\norder: 1\n`);
    expect(file(result, 'chapters/02-s1-2.md')).toContain(`id: s1-2\nnumber: "1.2"\ntitle: ${l.sections[1]}\nchapter: ch1\norder: 2\n`);
  });

  it('keeps bold, italic, lists, the table with its merged header, the figures with captions and alt text', () => {
    const [kz, uz, groups, countries, map, , , important, first, second] = l.words;
    expect(body(result, 'chapters/01-s1-1.md')).toBe([
      `${kz}, ${uz}. *${important}*`,
      `- ${first}\n- ${second}`,
      `1. ${first} ${kz}\n2. ${second} ${uz}`,
      `::: table ${l.table} 1 – ${groups}\n| ${groups} | ${countries}, ${kz} | ${countries}, ${uz} |\n| --- | --- | --- |\n| 1 | 33% | 28% |\n| 2 | 41% | 39% |\n:::`,
      `::: figure ${l.figure} 1 – ${map}\n![${map}](../images/figure-1.png)\n:::`,
    ].join('\n\n'));
  });

  it('ends a lesson and a chapter lead with the notes they refer to', () => {
    const [kz, uz, , , , reservoirs, note, important] = l.words;
    expect(file(result, 'course.yaml')).toContain(`overview: |\n      ${kz} ${uz}. **${important}**[^1]\n\n      [^1]: ${note}\n`);
    expect(body(result, 'chapters/02-s1-2.md')).toBe(`${reservoirs}, ${l.figure.toLowerCase()} 2.[^2]\n\n::: figure ${l.figure} 2 – ${reservoirs}\n![${reservoirs}](../images/figure-2.png)\n:::\n\n[^2]: ${note} 2`);
  });

  it('writes the embedded images as they were', async () => {
    const image = result.files.find((f) => f.path === 'images/figure-1.png')!.content as Uint8Array;
    expect(Buffer.from(image).equals(png(64, 40, [10, 120, 200]))).toBe(true);
  });
});

describe('importing the same document twice', () => {
  it('gives the same files, byte for byte', async () => {
    const docx = await makeDocx(parts(LANGUAGES[0]!), { 1: 'a', 2: 'b' });
    const [a, b] = await Promise.all([importDocx(docx, { sourceName: 'a.docx' }), importDocx(docx, { sourceName: 'a.docx' })]);
    expect(a.files).toEqual(b.files);
  });
});

const describeWithCorpus = fs.existsSync(CORPUS_FILE) ? describe : describe.skip;

describeWithCorpus('the course text saved as a .docx, one paragraph per line', () => {
  it('gives the same lessons and text as the plain-text import', async () => {
    const text = fs.readFileSync(CORPUS_FILE, 'utf8');
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    const docx = await makeDocx(lines.map((line): Part => (line === '' ? { empty: true } : { text: line })));
    const options = { courseId: 'security-central-asia', language: 'kk' as const };
    const fromText = importText(text, { ...options, sourceName: 'thesis.txt' });
    const fromDocx = await importDocx(docx, { ...options, sourceName: 'thesis.docx' });
    expect(fromDocx.diagnostics).toEqual(fromText.diagnostics.map((d) => ({ ...d, place: { ...d.place, file: 'thesis.docx' } })));
    expect(fromDocx.files.map((f) => f.path)).toEqual(fromText.files.map((f) => f.path));
    for (const [k, f] of fromText.files.entries()) {
      expect(String(fromDocx.files[k]!.content)).toBe(String(f.content).replaceAll('thesis.txt', 'thesis.docx'));
    }
    expect(fromDocx.files.length).toBe(12);
  }, 60_000);
});

describe('what the .docx importer refuses, writing nothing', () => {
  const refusal = async (bytes: Uint8Array) => {
    const result = await importDocx(bytes, { sourceName: 'thesis.docx' });
    expect(result.files).toEqual([]);
    return result.diagnostics.map((d) => [d.code, d.severity, d.message, d.place?.line]);
  };

  it('an old binary Word document', async () => {
    expect(await refusal(oleFile('WordDocument', 'SummaryInformation'))).toEqual([
      ['import/doc-binary', 'error', 'This is an old binary Word document (.doc, Word 97–2003), not a .docx.', 1]]);
  });

  it('a password-protected .docx', async () => {
    expect(await refusal(oleFile('EncryptionInfo', 'EncryptedPackage'))).toEqual([
      ['import/docx-encrypted', 'error', 'The document is protected by a password: its text cannot be read.', 1]]);
  });

  it('a damaged .docx: cut short, or not a zip', async () => {
    const docx = await makeDocx([{ heading: 1, text: 'INTRODUCTION' }, { text: 'Text.' }]);
    const [cut] = await refusal(docx.subarray(0, Math.floor(docx.length / 2)));
    expect(cut!.slice(0, 2)).toEqual(['import/docx-corrupt', 'error']);
    expect(String(cut![2])).toMatch(/^The Word document cannot be read: /);
    expect(await refusal(Buffer.from('PKno zip at all'))).toEqual([
      ['import/docx-corrupt', 'error', 'The Word document cannot be read: it is not a zip archive, as every .docx is.', 1]]);
  });

  it('a document without headings, saying how to mark them', async () => {
    const result = await importDocx(await makeDocx([{ text: 'just some text.' }, { text: 'more text.' }]), { sourceName: 'thesis.docx' });
    expect(result.files).toEqual([]);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'import/no-headings', severity: 'error', place: { file: 'thesis.docx', line: 1 } });
    expect(result.diagnostics[0]!.hint).toContain('"Heading 1" style');
  });

  it('an embedded image over the size limit', async () => {
    const big = png(1100, 1000, [0, 0, 0], true);
    expect(big.length).toBeGreaterThan(3 * 1024 * 1024);
    const docx = await makeDocx([{ heading: 1, text: 'INTRODUCTION' }, { image: big, alt: 'noise' }, { text: 'Figure 1 – Noise', caption: true }]);
    expect(await refusal(docx)).toEqual([['import/image-too-large', 'error',
      `The image in paragraph 2 ("Figure 1 – Noise") is ${(big.length / 1024 / 1024).toFixed(1)} MB; an image may be at most 3.0 MB.`, 2]]);
  });
});

describe('an EMF picture, which browsers cannot show', () => {
  it('is named in a warning, and its figure keeps the caption without the image', async () => {
    const docx = await withImageType(await makeDocx([
      { heading: 1, text: 'INTRODUCTION' }, { image: png(8, 8, [1, 2, 3]), alt: 'chart' }, { text: 'Figure 1 – Chart', caption: true },
    ]), 'emf', 'image/x-emf');
    const result = await importDocx(docx, { sourceName: 'thesis.docx' });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([['import/image-unsupported', 'warning',
      'The image in paragraph 2 ("Figure 1 – Chart") is EMF (Windows metafile), which browsers cannot show; its figure keeps the caption without the image.']]);
    expect(result.files.map((f) => f.path)).toEqual(['course.yaml', 'chapters/01-introduction.md']);
    expect(body(result, 'chapters/01-introduction.md')).toBe('::: figure Figure 1 – Chart\n:::');
  });
});

describe('endnotes and citation marks', () => {
  it('keeps citation marks as written and numbers footnotes and endnotes in the order the text refers to them', async () => {
    const docx = await makeDocx([
      { heading: 1, text: 'INTRODUCTION' },
      { text: 'Mackinder wrote of the Heartland [180, 45 p.].', endnote: 1 },
      { text: 'Later work [12] disagreed.', footnote: 1 },
    ], { 1: 'A footnote.' }, { 1: 'An endnote.' });
    const result = await importDocx(docx, { sourceName: 'notes.docx' });
    expect(result.diagnostics).toEqual([]);
    expect(body(result, 'chapters/01-introduction.md')).toBe(
      'Mackinder wrote of the Heartland [180, 45 p.].[^1]\n\nLater work [12] disagreed.[^2]\n\n[^1]: An endnote.\n\n[^2]: A footnote.');
  });
});

describe('an image without alt text, and a table captioned only by Word\'s Caption style', () => {
  it('writes the image with a warning, and gives the table its caption', async () => {
    const docx = await makeDocx([
      { heading: 1, text: 'INTRODUCTION' },
      { text: 'Survey results', caption: true },
      { table: { first: 'Group', merged: 'Country', under: ['A', 'B'], rows: [['1', '2', '3']] } },
      { image: png(4, 4, [9, 9, 9]) },
    ]);
    const result = await importDocx(docx, { sourceName: 'alt.docx' });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.message, d.place?.line])).toEqual([
      ['import/image-no-alt', 'warning', 'The image in paragraph 4 has no alt text.', 4]]);
    expect(body(result, 'chapters/01-introduction.md')).toBe(
      '::: table Survey results\n| Group | Country, A | Country, B |\n| --- | --- | --- |\n| 1 | 2 | 3 |\n:::\n\n::: figure\n![](../images/figure-1.png)\n:::');
  });
});

describe('headings without numbers, and a document without heading styles', () => {
  it('numbers chapters and their sections in order, keeps a lone top heading a lesson, and deeper ones sub-headings', async () => {
    const docx = await makeDocx([
      { heading: 1, text: 'Introduction' },
      { text: 'Why this matters.' },
      { heading: 1, text: 'Theory' },
      { heading: 2, text: 'Concepts' },
      { text: 'A concept.' },
      { heading: 3, text: 'A detail' },
      { text: 'More.' },
      { heading: 2, text: 'Methods' },
      { text: 'A method.' },
    ]);
    const result = await importDocx(docx, { sourceName: 'plain.docx' });
    expect(result.diagnostics).toEqual([]);
    expect(result.files.map((f) => f.path)).toEqual(['course.yaml', 'chapters/01-introduction.md', 'chapters/02-s1-1.md', 'chapters/03-s1-2.md']);
    expect(file(result, 'course.yaml')).toContain('chapters:\n  - id: ch1\n    number: "1"\n    title: Theory\n');
    expect(file(result, 'chapters/02-s1-1.md')).toContain('number: "1.1"\ntitle: Concepts\nchapter: ch1\n');
    expect(body(result, 'chapters/02-s1-1.md')).toBe('A concept.\n\n## A detail\n\nMore.');
  });

  it('cuts by numbered headings as a text file is, keeping its real tables and images', async () => {
    const docx = await makeDocx([
      { text: '1 INTRODUCTION' },
      { empty: true },
      { text: 'Opening text.' },
      { text: 'Table 1 – Votes' },
      { table: { first: 'Year', merged: 'Share', under: ['Yes', 'No'], rows: [['2020', '60%', '40%']] } },
      { image: png(4, 4, [1, 1, 1]), alt: 'A chart' },
      { text: 'Figure 1 – Chart' },
    ]);
    const result = await importDocx(docx, { sourceName: 'numbered.docx' });
    expect(result.diagnostics).toEqual([]);
    expect(result.files.map((f) => f.path)).toEqual(['course.yaml', 'chapters/01-c1.md', 'images/figure-1.png']);
    expect(body(result, 'chapters/01-c1.md')).toBe([
      'Opening text.',
      '::: table Table 1 – Votes\n| Year | Share, Yes | Share, No |\n| --- | --- | --- |\n| 2020 | 60% | 40% |\n:::',
      '::: figure Figure 1 – Chart\n![A chart](../images/figure-1.png)\n:::',
    ].join('\n\n'));
  });
});

describe('an image inside a table cell', () => {
  it('follows the table as a figure of its own (a pipe table cannot hold it)', async () => {
    const docx = await makeDocx([{ heading: 1, text: 'INTRODUCTION' }, { imageInTable: png(4, 4, [5, 5, 5]), alt: 'A map' }]);
    const result = await importDocx(docx, { sourceName: 'cell.docx' });
    expect(result.diagnostics).toEqual([]);
    expect(body(result, 'chapters/01-introduction.md')).toBe(
      '::: table\n| Map | |\n| --- | --- |\n:::\n\n::: figure\n![A map](../images/figure-1.png)\n:::');
  });
});
