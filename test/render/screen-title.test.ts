import { readFileSync } from 'node:fs';
import { plainText, toBlocks } from '../../src/render/blocks';
import { CORPUS_FILE } from '../harness/shared-dir';
import { newRenderEnv } from '../../src/render/env';
import { markdown } from '../../src/render/markdown';
import { firstSentence, openingTitle, shortenToTitle } from '../../src/render/screen-title';

const titleOf = (body: string) => openingTitle(toBlocks(markdown.parse(body, newRenderEnv({}))));

describe('screen titles from opening words', () => {
  it('takes the first sentence of the first paragraph, at most eight words, cut at a word with "…"', () => {
    expect(
      titleOf('Қазақстан мен Өзбекстанның экономикалық ынтымақтастығы аймақтағы ең маңызды бағыттардың бірі болып саналады. Екінші сөйлем.'),
    ).toBe('Қазақстан мен Өзбекстанның экономикалық ынтымақтастығы аймақтағы ең маңызды…');
  });

  it('keeps a short first sentence whole, without its final dot', () => {
    expect(titleOf('Аймақты зерттеу маңызды. Бұл екінші сөйлем, ол тақырыпқа кірмейді.')).toBe('Аймақты зерттеу маңызды');
    expect(titleOf('Бірігу мүмкін бе? Иә.')).toBe('Бірігу мүмкін бе?');
  });

  it('leaves citation marks out', () => {
    expect(titleOf('Орталық Азия аймақтық ось бола алады [81]. Келесі сөйлем.')).toBe('Орталық Азия аймақтық ось бола алады');
    expect(titleOf('Г.Ч. Акунованың зерттеуі [41, 12 б.] аса маңызды.')).toBe('Г.Ч. Акунованың зерттеуі аса маңызды');
  });

  it('does not end the sentence at an initial or an abbreviation', () => {
    expect(firstSentence('Швейцариялық саяхатшы А. Мозер жазған. Басқа сөйлем.')).toBe('Швейцариялық саяхатшы А. Мозер жазған.');
    expect(firstSentence('Зерттеуші Г.Ч. Акунова, т.б. Авторлар. Соңы.')).toBe('Зерттеуші Г.Ч. Акунова, т.б. Авторлар.');
    expect(firstSentence('Бұл 2016 ж. Қазақстанда болды.')).toBe('Бұл 2016 ж. Қазақстанда болды.');
    expect(firstSentence('Келісім қол қойылды (1994). 2000 жылы өзгерді.')).toBe('Келісім қол қойылды (1994).');
    // The word before the dot runs back to any whitespace: a no-break space, a thin space, a line break.
    expect(firstSentence('Саяхатшы\u00a0А. Мозер\u2009жазған. Басқа.')).toBe('Саяхатшы\u00a0А. Мозер\u2009жазған.');
    expect(firstSentence('Автор\nҚазақстан. Соңы.')).toBe('Автор\nҚазақстан.');
    expect(firstSentence('А. Б. Соңы.')).toBe('А. Б. Соңы.');
  });

  it('uses the caption when the screen starts with a table or a figure', () => {
    const table = '::: table Кесте 2 – Аймақтың экономикалық дамуы [12]\n| А | Б |\n| --- | --- |\n| 1 | 2 |\n:::\n\nМәтін.';
    expect(titleOf(table)).toBe('Кесте 2 – Аймақтың экономикалық дамуы');
    expect(titleOf('::: figure Сурет 1 – *Бір белдеу*, бір жол\n:::\n')).toBe('Сурет 1 – Бір белдеу, бір жол');
  });

  it('skips a table without a caption and takes the text after it', () => {
    expect(titleOf('| А | Б |\n| --- | --- |\n| 1 | 2 |\n\nКестеден кейінгі мәтін.')).toBe('Кестеден кейінгі мәтін');
  });

  it('takes the first item of a list, starting with a capital', () => {
    expect(titleOf('- Бірінші тармақ: экономика; \n- Екінші тармақ.')).toBe('Бірінші тармақ: экономика');
    expect(titleOf('- жалпы аумақты зерттеу;\n- талдау.')).toBe('Жалпы аумақты зерттеу');
  });

  it('shows markup as the words a reader sees', () => {
    expect(titleOf('**Қалың** және *көлбеу* мәтін `код` пен [сілтеме](https://example.org).')).toBe(
      'Қалың және көлбеу мәтін код пен сілтеме',
    );
  });

  it('gives no title when the screen has no text to take one from', () => {
    expect(titleOf('```\ncode\n```\n\n---\n')).toBeNull();
    expect(titleOf('')).toBeNull();
  });

  it('cuts very long words by characters too, never mid-word unless one word alone is too long', () => {
    const long = 'Интернационализацияланбағандықтарыңыздан '.repeat(4).trim();
    expect(shortenToTitle(long)).toBe('Интернационализацияланбағандықтарыңыздан…');
    expect(shortenToTitle(`${'ә'.repeat(100)} сөз`)).toHaveLength(80);
  });
});

describe('a screen title from a long paragraph (issue 18: only its start is tidied)', () => {
  /** The title as taken from the whole paragraph, tidied entire. */
  function fromWhole(body: string): string | null {
    const blocks = toBlocks(markdown.parse(body, newRenderEnv({})));
    const inline = blocks[0]?.tokens.find((token) => token.type === 'inline');
    if (!inline) return null;
    const whole = plainText([inline]).replace(/\s+/gu, ' ').replace(/ ([.,;:!?)»])/gu, '$1').trim();
    if (whole === '') return null;
    const title = shortenToTitle(firstSentence(whole));
    return title.charAt(0).toUpperCase() + title.slice(1);
  }

  it('is the title the whole paragraph gives, for every corpus paragraph and for whole chapters as one paragraph', () => {
    const paragraphs = readFileSync(CORPUS_FILE, 'utf8').split(/\n\s*\n/u).map((p) => p.replace(/\s+/gu, ' ').trim()).filter((p) => p !== '');
    const samples = [...paragraphs, ...Array.from({ length: 20 }, (_, i) => paragraphs.slice(i * 7, i * 7 + 40).join(' '))];
    for (const sample of samples) expect(titleOf(sample)).toBe(fromWhole(sample));
  });

  it('is the same where tidying joins many punctuation marks or the sentence ends right at the cut', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `сөз${i}`).join(' ');
    const samples = [
      `Бір ${' .'.repeat(400)} екі үш. Келесі.`,
      `${words(60)}. Келесі сөйлем.`,
      `Қысқа сөйлем. ${words(500)}`,
      `${'ұзынсөз'.repeat(200)} екі. Үш.`,
      `Бір екі үш төрт бес алты жеті сегіз тоғыз он ${words(3)}${' ,'.repeat(300)}`,
    ];
    for (const sample of samples) expect(titleOf(sample)).toBe(fromWhole(sample));
  });
});
