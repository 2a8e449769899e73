/**
 * A long sentence of two clauses is stated by its first (src/quiz/text/clauses.ts): what a stem
 * is made from, in Kazakh, Russian and English, and the sentences left whole.
 */
import type { Language } from '../../../src/model/course';
import { CLAUSE_CUT_WORDS, firstClause } from '../../../src/quiz/text/clauses';
import { splitSentences } from '../../../src/quiz/text/sentences';

describe('the first clause of a long sentence', () => {
  it.each<[Language, string, string]>([
    ['en', 'On 16 June 1963 V. V. Tereshkova became the first woman in space on board Vostok 6, and on 18 March 1965 A. A. Leonov made the first spacewalk from Voskhod 2.',
      'On 16 June 1963 V. V. Tereshkova became the first woman in space on board Vostok 6.'],
    ['ru', 'В 1936 году Караганда стала центром новой Карагандинской области и быстро выросла, а после войны в город переселились десятки тысяч человек из разных республик Советского Союза и из соседних областей.',
      'В 1936 году Караганда стала центром новой Карагандинской области и быстро выросла.'],
    ['kk', 'Қарағанды 1936 жылы жаңадан құрылған Қарағанды облысының орталығы болып, соғыстан кейін тез өсті, ал 1950 жылдары қалаға Кеңес Одағының әр республикасынан және көрші облыстардан он мыңдаған адам көшіп келді.',
      'Қарағанды 1936 жылы жаңадан құрылған Қарағанды облысының орталығы болып, соғыстан кейін тез өсті.'],
  ])('%s: %s', (language, sentence, expected) => {
    expect(firstClause(sentence, language)).toBe(expected);
    // as the sentence splitter states it, and counted so
    const [split] = splitSentences(sentence, language);
    expect(split!.stated).toBe(expected);
    expect(split!.words).toBeLessThanOrEqual(CLAUSE_CUT_WORDS);
  });

  it.each<[Language, string]>([
    // short enough to stay whole
    ['en', 'In 1936 Karaganda became an oblast centre, and the city grew quickly.'],
    // the last item of a list, not a clause
    ['en', 'The road linked the river ports of the Tobol with many old oasis towns of the south, including Turkestan, Bukhara, and Samarkand and several smaller places.'],
    // a converb, not a finite verb, before ", ал"
    ['kk', '1960 жылдары Орталық Азия мен Ресей арасындағы сауда ағындары ақырындап азайып, ал нарықтық экономикаға көшу барысындағы дағдарыс бұл үрдісті одан әрі күшейтіп жіберді.'],
    // no year or name in the first clause: the fact asked is in the second
    ['en', 'the herders moved their flocks to the high pastures every summer and came back before winter, and in 2009 the Law on Pastures gave village councils the right to manage them.'],
    // no verb in the first part: a phrase of time, no statement
    ['en', "In the early hours of 6 October 1948, shortly after one o'clock in the morning, and without any warning to the sleeping people, an earthquake destroyed almost every building of Ashgabat."],
    // a quotation left open
    ['ru', 'Газета «Правда» в 1937 году писала о «великих стройках, а также о новых городах степи», а уже через год редакция была почти полностью арестована органами.'],
  ])('%s: whole: %s', (language, sentence) => {
    expect(firstClause(sentence, language)).toBeUndefined();
  });
});
