import { splitSentences } from '../../../src/quiz/text/sentences';

const texts = (text: string, language: 'kk' | 'ru' | 'en' = 'kk') => splitSentences(text, language).map((s) => s.text);

describe('splitSentences (kk)', () => {
  it('does not cut after initials, spaced or glued', () => {
    expect(texts('Қ.К. Тоқаев пен Ш.М.Мирзиеев кездесті. Дж. Бекаттини мен М. Пиоре жазды.')).toEqual([
      'Қ.К. Тоқаев пен Ш.М.Мирзиеев кездесті.', 'Дж. Бекаттини мен М. Пиоре жазды.',
    ]);
  });

  it('does not cut after ж., жж., ғ., т.б. or a mid-sentence млн.', () => {
    expect(texts('2021 ж. Тамыз айында келді. XX ғ. Басында т.б. елдер 5 млн. доллар берді.')).toEqual([
      '2021 ж. Тамыз айында келді.', 'XX ғ. Басында т.б. елдер 5 млн. доллар берді.',
    ]);
  });

  it('cuts after млн. or т.б. when a capitalised word follows: the text has "148 млн. Бұл …"', () => {
    expect(texts('Ресей – 148 млн. Бұл факторларға қоса жазды.')).toEqual(['Ресей – 148 млн.', 'Бұл факторларға қоса жазды.']);
  });

  it('repairs glued boundaries, after a word, after a citation mark and after a stray space', () => {
    expect(texts('Ғылыми жұмыстың жалпы сипаттамасы.Диссертациялық зерттеу жұмысы.')).toEqual([
      'Ғылыми жұмыстың жалпы сипаттамасы.', 'Диссертациялық зерттеу жұмысы.',
    ]);
    expect(texts('бірлік [24].Орталық Азия аймағы. Қаупі бар .Бұл мемлекеттер.')).toEqual([
      'бірлік [24].', 'Орталық Азия аймағы.', 'Қаупі бар .', 'Бұл мемлекеттер.',
    ]);
  });

  it('keeps decimals and day-dot dates whole, and opens a sentence with a number', () => {
    expect(texts('Көрсеткіш 2.1 млрд. доллар болды. Тамыз айының 06. 2021 жылы кездесті. 12 жылдық жұмыс аяқталды.')).toEqual([
      'Көрсеткіш 2.1 млрд. доллар болды.', 'Тамыз айының 06. 2021 жылы кездесті.', '12 жылдық жұмыс аяқталды.',
    ]);
  });

  it('does not cut inside a quoted title', () => {
    expect(texts('«Орталық және оңтүстік Азия: байланыс. Мәселелер» атты конференция өтті. Келесі жыл.')).toEqual([
      '«Орталық және оңтүстік Азия: байланыс. Мәселелер» атты конференция өтті.', 'Келесі жыл.',
    ]);
  });

  it('keeps offsets into the given text', () => {
    const text = 'Бірінші сөйлем.  Екінші сөйлем.';
    for (const sentence of splitSentences(text, 'kk')) expect(text.slice(sentence.offset, sentence.offset + sentence.text.length)).toBe(sentence.text);
  });

  it('removes citation marks in the clean text without eating text after an unclosed [', () => {
    const [first, second, third] = splitSentences('Шешімдер қабылдады [1]. Серіктес болып қала береді [. Хиро [14-20]зерттеулері [12, 45 б.] мен [12; 14] талқыланған.', 'kk');
    expect(first.clean).toBe('Шешімдер қабылдады.');
    expect(second.clean).toBe('Серіктес болып қала береді [.');
    expect(third.clean).toBe('Хиро зерттеулері мен талқыланған.');
  });

  it('flags sentences that open with an anaphoric or linking word, whole words only', () => {
    const flags = splitSentences('Бұл аймақ маңызды. Сонымен қатар, ол дамыды. Алматы үлкен қала. Олардың ойы бар. Ал, бұл дұрыс.', 'kk')
      .map((s) => [s.anaphoric, s.opener ?? null]);
    // «Сонымен қатар, ол дамыды.» leaves too little once its link is taken away; «Ал, бұл дұрыс.» too
    expect(flags).toEqual([[true, 'Бұл'], [true, 'Сонымен қатар'], [false, null], [true, 'Олардың'], [true, 'Ал']]);
  });

  it('counts words of the clean text', () => {
    expect(splitSentences('Қазақстан мен Өзбекстан [3] – көршілер.', 'kk')[0].words).toBe(4);
  });
});

describe('splitSentences (ru, en)', () => {
  it('knows Russian abbreviations and flags Russian openers', () => {
    const sentences = splitSentences('В 2001 г. было создано, т.е. в том же году. Однако см. главу 2. Это важно и др. Но не всё.', 'ru');
    expect(sentences.map((s) => s.text)).toEqual(['В 2001 г. было создано, т.е. в том же году.', 'Однако см. главу 2.', 'Это важно и др.', 'Но не всё.']);
    expect(sentences.map((s) => s.anaphoric)).toEqual([false, true, true, true]);
  });

  it('takes a mere linking opener away when a whole statement remains (Sentence.stated)', () => {
    const [linked, pointing] = splitSentences('Однако в 2019 году Узбекистан открыл границы. Однако это не всё.', 'ru');
    expect(linked).toMatchObject({ anaphoric: false, opener: 'Однако', stated: 'В 2019 году Узбекистан открыл границы.' });
    expect(pointing).toMatchObject({ anaphoric: true, opener: 'Однако' });
    expect(pointing.stated).toBeUndefined();
  });

  it('knows English abbreviations and flags English openers', () => {
    const sentences = splitSentences('Dr. Smith met e.g. the U.S. envoy. However, it failed! They left, i.e. went home. Kazakhstan grew.', 'en');
    expect(sentences.map((s) => s.text)).toEqual(['Dr. Smith met e.g. the U.S. envoy.', 'However, it failed!', 'They left, i.e. went home.', 'Kazakhstan grew.']);
    expect(sentences.map((s) => s.anaphoric)).toEqual([false, true, true, false]);
  });
});
