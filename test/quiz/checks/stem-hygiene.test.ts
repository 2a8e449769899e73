import { checkStemHygiene, sentenceProblems } from '../../../src/quiz/checks';
import { splitSentences, type CourseText } from '../../../src/quiz/text';
import { COURSE_DIR, draftOf, loadFixture } from './helpers';

let text: CourseText;
beforeAll(async () => { ({ text } = await loadFixture(COURSE_DIR)); });

const problemsOf = (sentence: string) => sentenceProblems(splitSentences(sentence, 'kk')[0]!, 'kk');

describe('check 7: stem hygiene', () => {
  it('passes a plain statement', () => {
    expect(problemsOf('Шанхай ынтымақтастық ұйымы 2001 жылы алты мемлекеттің бастамасымен құрылды.')).toEqual([]);
  });

  it.each([
    ['en', 'In 1925 the Kara-Kirghiz oblast was renamed, and in 1926 it became an autonomous republic.'],
    ['ru', 'Узбекистан в 2000-е годы выступал против плотины, опасаясь, что она сократит сток Амударьи.'],
    ['kk', 'Қазақстан 1991 жылы тәуелсіздігін жариялап, оның шекаралары халықаралық деңгейде танылды.'],
  ] as const)('%s: a pronoun after the name it stands for does not point back: «%s»', (language, sentence) => {
    expect(sentenceProblems(splitSentences(sentence, language)[0]!, language)).toEqual([]);
  });

  it.each([
    ['ru', 'В этом процессе Казахстан в 2019 году опередил соседей по региону.'],
    ['ru', 'Эту дорогу построили в 2016 году с помощью Азиатского банка развития.'],
    ['ru', 'Число таких граждан в Казахстане в 2020 году превысило три миллиона.'],
    ['kk', 'Қазақстан бұған 2019 жылы ғана қол жеткізді деп жазылды.'],
    ['en', 'A similar memorandum was signed by Uzbekistan and the EU in 2024.'],
  ] as const)('%s: a demonstrative in any case form points back: «%s»', (language, sentence) => {
    expect(sentenceProblems(splitSentences(sentence, language)[0]!, language)).toContain('pointing-word');
  });

  it.each([
    ['kk', 'Түркия 1928 жылы латын әліпбиіне көшті, бұл оқиға КСРО-дағы пікірталастарға жаңа серпін берді.'],
    ['kk', 'Мемлекеттік тілдің мәртебесі 1995 жылғы Конституцияда бекітілді, бірақ бұл құжатта графиканы ауыстыру туралы талап болған жоқ.'],
    ['ru', 'В 1997 году стороны подписали в Москве Общее соглашение, и это положило конец войне.'],
    ['en', 'The agreements with the company were revised in 2004 and 2009, but none of these revisions ended the conflict.'],
    ['en', 'The new borders divided mixed regions such as the Fergana Valley in 1924.'],
    ['ru', 'Новые границы разделили смешанные районы, такие как Ферганская долина, в 1924 году.'],
  ] as const)('%s: a pointing word after a main clause of the same sentence points to it: «%s»', (language, sentence) => {
    expect(sentenceProblems(splitSentences(sentence, language)[0]!, language)).not.toContain('pointing-word');
  });

  it.each([
    // the first clause is subordinate, too short, or points back itself: the word may point anywhere
    ['en', 'While the Soviet Union existed, these changes had little practical importance in 1930.'],
    ['ru', 'Когда Союз распался в 1991 году, эти границы стали государственными.'],
    ['en', 'In 1991, this status was confirmed by the parliament.'],
    ['kk', 'Ол 1937 жылы қайта қамауға алынып, сол жылдың желтоқсанында атылды.'],
    ['kk', 'Осы жылы ұйым құрылды, ал бұл шешім 2001 жылы бекітілді.'],
    // a Kazakh first clause ending in a converb is subordinate to what follows
    ['kk', 'Кеңес үкіметі 1929 жылы жаңа әліпбиді енгізіп, бұл шешім бүкіл елге таралды.'],
  ] as const)('%s: a pointing word the sentence does not answer still points back: «%s»', (language, sentence) => {
    expect(sentenceProblems(splitSentences(sentence, language)[0]!, language)).toContain('pointing-word');
  });

  it.each([
    ['ru', 'Ещё одним инструментом стал закон о средствах массовой информации 2014 года.'],
    ['ru', 'Из них двенадцать изданий были закрыты в 2016 году по решению суда.'],
    ['ru', 'Напротив, в Туркменистане все газеты принадлежат государству с 1992 года.'],
    ['en', 'Another instrument was the law on mass media adopted in 2014 by parliament.'],
    ['en', 'Of these, twelve newspapers were closed in 2016 by a court decision.'],
  ] as const)('%s: one more of a list, a part of what was named, a contrast point back: «%s»', (language, sentence) => {
    expect(sentenceProblems(splitSentences(sentence, language)[0]!, language)).toContain('anaphoric');
  });

  it('reads "по данным" (according to the data of) as no pointing word', () => {
    expect(sentenceProblems(splitSentences('Доля сельского хозяйства в Узбекистане составляет около 27% по данным национальной статистики.', 'ru')[0]!, 'ru')).toEqual([]);
  });

  it.each([
    ['en', 'Its capital was moved to Tashkent in 1936 after long disputes.'],
    ['ru', 'По данным экспертов, их доля в экспорте выросла до 40% в 2019 году.'],
    ['en', 'Between 1929 and 1977 it fell by about 3 m, to about 29 m below sea level.'],
    ['ru', 'Между 1929 и 1977 годами он опустился примерно на 3 м.'],
  ] as const)('%s: a pronoun with no name before it points back: «%s»', (language, sentence) => {
    expect(sentenceProblems(splitSentences(sentence, language)[0]!, language)).toContain('pointing-word');
  });

  it.each([
    ['kk', 'Екінші жағынан, Қазақстан 1991 жылы тәуелсіздігін жариялады.'],
    ['en', 'On the one hand, Kazakhstan declared independence in 1991.'],
    ['en', 'Then Kazakhstan declared independence in 1991.'],
    ['ru', 'Затем Казахстан объявил независимость в 1991 году.'],
    ['kk', 'Батысында хандық Жайық өзеніне дейін созылды.'],
  ] as const)('%s: a sentence that opens with a word placing it against the one before points back: «%s»', (language, sentence) => {
    expect(sentenceProblems(splitSentences(sentence, language)[0]!, language)).toContain('anaphoric');
  });

  it.each([
    ['kk', 'Ал Шанхай ынтымақтастық ұйымы 2001 жылы алты мемлекеттің бастамасымен құрылды.', 'Шанхай ынтымақтастық ұйымы 2001 жылы алты мемлекеттің бастамасымен құрылды.'],
    ['kk', 'Мысалы, Шанхай ынтымақтастық ұйымы 2001 жылы Шанхайда құрылды.', 'Шанхай ынтымақтастық ұйымы 2001 жылы Шанхайда құрылды.'],
    ['kk', 'Біріншіден, Қазақстан 1991 жылы тәуелсіздігін жариялады.', 'Қазақстан 1991 жылы тәуелсіздігін жариялады.'],
    ['kk', 'Осыған байланысты Қазақстан 1997 жылы астананы Ақмолаға көшірді.', 'Қазақстан 1997 жылы астананы Ақмолаға көшірді.'],
    ['ru', 'Однако Казахстан объявил независимость в 1991 году.', 'Казахстан объявил независимость в 1991 году.'],
    ['ru', 'Во-первых, Казахстан объявил независимость в 1991 году.', 'Казахстан объявил независимость в 1991 году.'],
    ['ru', 'По этой причине в 1997 году столица была перенесена в Акмолу.', 'В 1997 году столица была перенесена в Акмолу.'],
    ['en', 'However, Kazakhstan declared independence in 1991.', 'Kazakhstan declared independence in 1991.'],
    ['en', 'For this reason almost all uranium in Kazakhstan is now produced by leaching.', 'Almost all uranium in Kazakhstan is now produced by leaching.'],
  ] as const)('%s: a linking opener is taken away and what remains is the statement: «%s»', (language, sentence, stated) => {
    const found = splitSentences(sentence, language)[0]!;
    expect(found.stated).toBe(stated);
    expect(sentenceProblems(found, language)).toEqual([]);
  });

  it.each([
    ['kk', 'Алайда бұл ұйым 2001 жылы алты мемлекеттің бастамасымен құрылды.'],
    ['ru', 'Однако эта организация была создана в 2001 году.'],
    ['en', 'However, the agency was reorganised in 2013.'],
    ['en', 'However, it failed in 1998 after long disputes.'],
  ] as const)('%s: what remains after a linking opener must stand alone too: «%s»', (language, sentence) => {
    const problems = sentenceProblems(splitSentences(sentence, language)[0]!, language);
    expect(problems.some((found) => found === 'pointing-word' || found === 'pointing-noun' || found === 'anaphoric')).toBe(true);
  });

  it('drops pointing words, citation marks left in, open brackets, list intros and table rows', () => {
    expect(problemsOf('Бұл ұйым 2001 жылы алты мемлекеттің бастамасымен құрылды.')).toContain('anaphoric');
    expect(problemsOf('Шанхай ынтымақтастық ұйымы осы жылы алты мемлекеттің бастамасымен құрылды.')).toContain('pointing-word');
    expect(problemsOf('Шанхай ынтымақтастық ұйымы 2001 жылы алты мемлекеттің бастамасымен құрылды [.')).toContain('leftover-bracket');
    expect(problemsOf('Шанхай ынтымақтастық ұйымы 2001 жылы мына мемлекеттердің бастамасымен құрылды:')).toContain('not-a-statement');
    expect(problemsOf('Қазақстан 33% 28% 14% 12% 5% 8%.')).toContain('table-cell');
  });

  it('drops a stem with a citation mark or two blanks, and a source sentence unfit as a stem', () => {
    const draft = draftOf(text, 'формалды түрде 1993', 'year');
    expect(checkStemHygiene(draft)).toEqual([]);
    expect(checkStemHygiene({ ...draft, stem: `${draft.stem} [12]` }).map((found) => found.message)).toContain('the stem holds a citation mark');
    expect(checkStemHygiene({ ...draft, stem: `${draft.stem} ____` }).map((found) => found.message)).toContain('the stem has more than one blank');
  });
});
