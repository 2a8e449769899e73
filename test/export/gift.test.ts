/**
 * GIFT round trip: the export parsed back by gift-pegjs, an independent GIFT parser, gives the
 * banks' questions: type, text, answers, grades and feedback (escapes undone).
 */
import { parse, type GIFTQuestion, type Matching, type MultipleChoice, type TrueFalse } from 'gift-pegjs';
import { exportQuestionBanks } from '../../src/export/index';
import { escapeGift } from '../../src/export/gift/escape';
import type { QuizItem } from '../../src/model/quiz';
import { expectedItems, htmlToPlain, loadFixture, moodleAccepts, type Fixture } from './helpers';

const COURSE_PATH = '$course$/Орталық Азия // қауіпсіздік';
const CATEGORIES = [
  `${COURSE_PATH}/КІРІСПЕ`,
  `${COURSE_PATH}/1 Аймақтық ұйымдар/1.1 Аймақтық ұйымдар`,
  `${COURSE_PATH}/1 Аймақтық ұйымдар/1.2 Теориялар`,
  `${COURSE_PATH}/2 Ресурстар: су {және} энергия/2.1 Су ресурстары &lt;және&gt; белгілер`,
];

/**
 * gift-pegjs leaves its escape placeholders in a matching question's right side (its PlainText
 * rule skips the decoding its other rules do); Moodle's importer decodes them. Undo them here.
 */
function decodePlaceholders(text: string): string {
  const characters: Record<string, string> = { '092;': '\\', '058;': ':', '035;': '#', '061;': '=', '123;': '{', '125;': '}', '126;': '~', '010': '\n' };
  return text.replace(/&&(092;|058;|035;|061;|123;|125;|126;|010)/g, (_whole, code: string) => characters[code]!);
}

let fixture: Fixture;
beforeAll(async () => { fixture = await loadFixture(); });

function exportGift(include: 'approved' | 'approved-and-drafts' = 'approved-and-drafts'): string {
  return exportQuestionBanks(fixture.course, fixture.banks, { format: 'gift', include, orderingAs: 'ordering' }).text;
}

function questionsOf(parsed: GIFTQuestion[]): Exclude<GIFTQuestion, { type: 'Category' | 'Description' }>[] {
  return parsed.filter((q): q is Exclude<GIFTQuestion, { type: 'Category' | 'Description' }> => q.type !== 'Category' && q.type !== 'Description');
}

describe('GIFT export, read back by gift-pegjs', () => {
  it('gives one category per lesson, in course order, before that lesson\'s questions', () => {
    const parsed = parse(exportGift());
    const categories = parsed.filter((q) => q.type === 'Category').map((q) => q.title);
    expect(categories).toEqual(CATEGORIES);
    // Each question sits under its own lesson's category.
    let category = '';
    for (const question of parsed) {
      if (question.type === 'Category') category = question.title;
      else expect(category).toContain(question.id!.startsWith('kirispe') ? 'КІРІСПЕ' : question.title!.split(' ')[0]);
    }
  });

  it('gives back every exported item: id, name, tags, type, stem, answers, grades and feedback', () => {
    const expected = expectedItems(fixture, ['approved', 'draft']);
    const questions = questionsOf(parse(exportGift()));
    expect(questions.map((q) => q.id)).toEqual(expected.map(({ item }) => item.id));
    for (const [index, question] of questions.entries()) {
      const { lesson, item } = expected[index]!;
      expect(question.title).toBe(lesson.number ? `${lesson.number} ${item.id}` : item.id);
      expect(question.tags).toEqual([`rule:${item.rule}`, `kind:${item.kind}`, `status:${item.status}`]);
      expect(question.stem.format).toBe('html');
      expect(htmlToPlain(question.stem.text)).toBe(item.stem);
      expect(question.hasEmbeddedAnswers).toBe(false);
      const feedback = htmlToPlain(question.globalFeedback!.text);
      expect(feedback.startsWith(`${item.feedback}\nДереккөз: ${lesson.number ? `${lesson.number} ` : ''}${lesson.title}`)).toBe(true);
      expectAnswers(question, item);
    }
  });

  it('quotes the source sentence in the feedback unless the feedback already does', () => {
    const questions = questionsOf(parse(exportGift()));
    const byId = new Map(questions.map((q) => [q.id, htmlToPlain(q.globalFeedback!.text)]));
    expect(byId.get('s1-1-tf-12')).toBe('Шартқа 1992 жылы қол қойылды.\nДереккөз: 1.1 Аймақтық ұйымдар — «Ұжымдық қауіпсіздік туралы шартқа 1992 жылы қол қойылды.»');
    expect(byId.get('s1-1-choice-10')).toBe('Шанхай ынтымақтастық ұйымы 2001 жылы құрылды.\nДереккөз: 1.1 Аймақтық ұйымдар');
  });

  it('keeps tricky text intact: GIFT syntax, backslashes, ]]>, HTML, cloze blanks, Kazakh', () => {
    const questions = questionsOf(parse(exportGift()));
    const choice = questions.find((q) => q.id === 's2-1-choice-10') as MultipleChoice;
    expect(htmlToPlain(choice.stem.text)).toBe('Белгілер: { } ~ = # : \\ және ]]> <script>alert("x")</script> мәтінде ____ кездеседі.');
    expect(choice.choices.map((c) => htmlToPlain(c.text.text))).toEqual([
      '{жақша}', '~тильда = теңдік', '#тор: қос нүкте', 'C:\\new\\table \\\\ екі', '%50% пайыз', '[plain] жолақ // -> &amp; ]]>',
    ]);
    // Neither "%50%" nor "[plain]" at the start of an option was taken for a grade or a format.
    expect(choice.choices.map((c) => c.weight)).toEqual([null, null, null, null, null, null]);
    const matching = questions.find((q) => q.id === 's2-1-match-10') as Matching;
    expect(htmlToPlain(matching.stem.text)).toBe('Бірінші жол: сәйкестендіріңіз.\nЕкінші жол {соңы}.');
    expect(matching.matchPairs.map((p) => [htmlToPlain(p.subquestion.text), decodePlaceholders(p.subanswer)])).toEqual([
      ['x -> y', '=> ~z {}'], ['<b>қалың</b>', 'a\\nb'], ['1:2 #', '#3 \\'],
    ]);
    const text = exportGift();
    expect(text).not.toContain('<script>');
    expect(text).toContain('Белгілер');
  });

  it('writes only approved items when told so, and never rejected ones', () => {
    const approved = questionsOf(parse(exportGift('approved'))).map((q) => q.id);
    expect(approved).toEqual(expectedItems(fixture, ['approved']).map(({ item }) => item.id));
    expect(approved).not.toContain('s1-1-choice-12');
    expect(questionsOf(parse(exportGift())).map((q) => q.id)).not.toContain('s1-1-tf-10');
  });

  it('writes the same bytes for the same banks', async () => {
    const again = await loadFixture();
    const first = exportGift();
    expect(exportQuestionBanks(again.course, again.banks, { format: 'gift', include: 'approved-and-drafts', orderingAs: 'ordering' }).text).toBe(first);
  });

  it('leaves no line that GIFT would read as a comment or a question break inside a question', () => {
    for (const block of exportGift().trimEnd().split('\n\n')) {
      const lines = block.split('\n');
      if (lines[0]!.startsWith('$CATEGORY: ')) { expect(lines).toHaveLength(1); continue; }
      if (lines[0]!.startsWith('// export-course')) continue;
      expect(lines[0]).toMatch(/^\/\/ \[id:[\w-]+\]( \[tag:[^\]]+\])+$/);
      expect(lines[1]).toMatch(/^::/);
      for (const line of lines.slice(2, -1)) expect(line).toMatch(/^\t(=|~|TRUE$|FALSE$|####)/);
      expect(lines[lines.length - 1]).toBe('}');
    }
  });
});

describe('escapeGift', () => {
  it('escapes GIFT\'s special characters and the backslash, and writes line breaks as \\n', () => {
    expect(escapeGift('a{b}~c=d#e:f\\g\nh')).toBe('a\\{b\\}\\~c\\=d\\#e\\:f\\\\g\\nh');
    expect(escapeGift('қазақша ____')).toBe('қазақша ____');
  });
});

function expectAnswers(question: GIFTQuestion, item: QuizItem): void {
  switch (item.kind) {
    case 'choice': {
      const mc = question as MultipleChoice;
      expect(mc.type).toBe('MC');
      expect(mc.choices.map((c) => htmlToPlain(c.text.text))).toEqual(item.options.map((o) => o.text));
      expect(mc.choices.map((c) => c.isCorrect)).toEqual(item.options.map((o) => o.id === item.answer));
      expect(mc.choices.every((c) => c.weight === null && c.feedback === null)).toBe(true);
      return;
    }
    case 'multiple-response': {
      const mc = question as MultipleChoice;
      expect(mc.type).toBe('MC');
      expect(mc.choices.map((c) => htmlToPlain(c.text.text))).toEqual(item.options.map((o) => o.text));
      // No "=" answer: Moodle makes it a multiple-answer question.
      expect(mc.choices.every((c) => !c.isCorrect)).toBe(true);
      const weights = mc.choices.map((c) => c.weight!);
      expect(weights.every(moodleAccepts)).toBe(true);
      const isRight = item.options.map((o) => item.answers.includes(o.id));
      expect(weights.map((w) => w > 0)).toEqual(isRight);
      const rightSum = weights.filter((w) => w > 0).reduce((a, b) => a + b, 0);
      expect(Math.round(rightSum * 100) / 100).toBe(100);
      expect(weights.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(0.001);
      return;
    }
    case 'true-false':
      expect(question.type).toBe('TF');
      expect((question as TrueFalse).isTrue).toBe(item.answer);
      return;
    case 'matching': {
      const matching = question as Matching;
      expect(matching.type).toBe('Matching');
      expect(matching.matchPairs.map((p) => [htmlToPlain(p.subquestion.text), decodePlaceholders(p.subanswer)]))
        .toEqual(item.pairs.map((p) => [p.left, p.right]));
      return;
    }
    case 'ordering': {
      const matching = question as Matching;
      expect(matching.type).toBe('Matching');
      expect(matching.matchPairs.map((p) => [htmlToPlain(p.subquestion.text), decodePlaceholders(p.subanswer)]))
        .toEqual(item.steps.map((s, i) => [String(i + 1), s.text]));
      return;
    }
  }
}
