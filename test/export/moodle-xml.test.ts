/**
 * Moodle XML: well-formed (xmllint), and every question carries what Moodle's importer
 * (qformat_xml) reads for its type, with grades from Moodle's list.
 */
import { runTool } from '../harness/tools';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exportQuestionBanks, type OrderingAs } from '../../src/export/index';
import type { QuizItem } from '../../src/model/quiz';
import { expectedItems, htmlToPlain, loadFixture, moodleAccepts, type Fixture } from './helpers';
import { all, one, readXml, textOf, type XmlElement } from './xml-tree';

const COURSE_PATH = '$course$/Орталық Азия // қауіпсіздік';

let fixture: Fixture;
let work: string;
beforeAll(async () => {
  fixture = await loadFixture();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'coursepack-export-xml-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function exportXml(orderingAs: OrderingAs = 'ordering'): string {
  return exportQuestionBanks(fixture.course, fixture.banks, { format: 'moodle-xml', include: 'approved-and-drafts', orderingAs }).text;
}

function xmllint(text: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const file = path.join(work, 'quiz.xml');
  fs.writeFileSync(file, text);
  const run = runTool('xmllint', [...args, file]);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function questions(text: string): XmlElement[] {
  return all(readXml(text), 'question').filter((q) => q.attributes.type !== 'category');
}

describe('Moodle XML export', () => {
  it.each(['ordering', 'matching'] as const)('is well-formed XML (ordering as %s)', (orderingAs) => {
    const run = xmllint(exportXml(orderingAs), '--noout');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('holds as many questions as xmllint counts', () => {
    const text = exportXml();
    const counted = xmllint(text, '--xpath', "count(/quiz/question[@type!='category'])").stdout.trim();
    expect(questions(text)).toHaveLength(Number(counted));
    expect(Number(counted)).toBe(expectedItems(fixture, ['approved', 'draft']).length);
  });

  it('puts a category entry for each lesson, in course order, before its questions', () => {
    const entries = all(readXml(exportXml()), 'question');
    const sequence = entries.map((q) => (q.attributes.type === 'category' ? textOf(q, 'category') : one(q, 'idnumber').text));
    const expected = [
      `${COURSE_PATH}/КІРІСПЕ`, 'kirispe-tf-8',
      `${COURSE_PATH}/1 Аймақтық ұйымдар/1.1 Аймақтық ұйымдар`,
      's1-1-choice-10', 's1-1-tf-12', 's1-1-choice-12', 's1-1-mr-14', 's1-1-mr-16', 's1-1-order-16',
      `${COURSE_PATH}/1 Аймақтық ұйымдар/1.2 Теориялар`, 's1-2-match-8', 's1-2-mr-10', 's1-2-order-12',
      `${COURSE_PATH}/2 Ресурстар: су {және} энергия/2.1 Су ресурстары &lt;және&gt; белгілер`,
      's2-1-choice-10', 's2-1-match-10', 's2-1-mr-8', 's2-1-tf-8', 's2-1-order-8',
    ];
    expect(sequence).toEqual(expected);
  });

  it('gives every question the common fields Moodle reads, and the bank\'s texts', () => {
    const expected = expectedItems(fixture, ['approved', 'draft']);
    for (const [index, question] of questions(exportXml()).entries()) {
      const { lesson, item } = expected[index]!;
      expect(textOf(question, 'name')).toBe(lesson.number ? `${lesson.number} ${item.id}` : item.id);
      expect(one(question, 'questiontext').attributes.format).toBe('html');
      expect(htmlToPlain(textOf(question, 'questiontext'))).toBe(item.stem);
      expect(one(question, 'generalfeedback').attributes.format).toBe('html');
      expect(htmlToPlain(textOf(question, 'generalfeedback')).startsWith(`${item.feedback}\nДереккөз: `)).toBe(true);
      expect(one(question, 'defaultgrade').text).toBe('1');
      expect(Number(one(question, 'penalty').text)).toBeGreaterThanOrEqual(0);
      expect(Number(one(question, 'penalty').text)).toBeLessThanOrEqual(1);
      expect(one(question, 'hidden').text).toBe('0');
      expect(one(question, 'idnumber').text).toBe(item.id);
      expect(all(one(question, 'tags'), 'tag').map((tag) => one(tag, 'text').text)).toEqual([`rule:${item.rule}`, `kind:${item.kind}`, `status:${item.status}`]);
      expectTypeFields(question, item, 'ordering');
    }
  });

  it('writes ordering items as matching of positions to steps with --ordering-as matching', () => {
    const expected = expectedItems(fixture, ['approved', 'draft']);
    const written = questions(exportXml('matching'));
    for (const [index, question] of written.entries()) expectTypeFields(question, expected[index]!.item, 'matching');
    expect(written.filter((q) => q.attributes.type === 'ordering')).toHaveLength(0);
  });

  it('keeps tricky text intact and never lets it close a CDATA section or open a tag', () => {
    const text = exportXml();
    expect(text).not.toContain('<script>');
    const byId = new Map(questions(text).map((q) => [one(q, 'idnumber').text, q]));
    const choice = byId.get('s2-1-choice-10')!;
    expect(htmlToPlain(textOf(choice, 'questiontext'))).toBe('Белгілер: { } ~ = # : \\ және ]]> <script>alert("x")</script> мәтінде ____ кездеседі.');
    expect(answers(choice).map((a) => htmlToPlain(a.text))).toContain('[plain] жолақ // -> &amp; ]]>');
    expect(htmlToPlain(textOf(choice, 'generalfeedback'))).toContain('Кері байланыс: {1} ~ = # \\ ]]> <i>курсив</i> & "тырнақша"');
    // Matching right sides are plain text in Moodle: XML-escaped only.
    const matching = byId.get('s2-1-match-10')!;
    expect(all(matching, 'subquestion').map((s) => textOf(s, 'answer'))).toEqual(['=> ~z {}', 'a\\nb', '#3 \\']);
    expect(text).toContain('<text>=&gt; ~z {}</text>');
  });

  it('writes the same bytes for the same banks', async () => {
    const again = await loadFixture();
    expect(exportQuestionBanks(again.course, again.banks, { format: 'moodle-xml', include: 'approved-and-drafts', orderingAs: 'ordering' }).text)
      .toBe(exportXml());
  });
});

const ANSWER_NUMBERINGS = ['abc', 'ABCD', '123', 'iii', 'IIII', 'none'];

function answers(question: XmlElement): Array<{ fraction: number; text: string }> {
  return all(question, 'answer').map((a) => ({ fraction: Number(a.attributes.fraction), text: one(a, 'text').text }));
}

function expectTypeFields(question: XmlElement, item: QuizItem, orderingAs: OrderingAs): void {
  switch (item.kind) {
    case 'choice':
    case 'multiple-response': {
      expect(question.attributes.type).toBe('multichoice');
      expect(one(question, 'single').text).toBe(item.kind === 'choice' ? 'true' : 'false');
      expect(['true', 'false']).toContain(one(question, 'shuffleanswers').text);
      expect(ANSWER_NUMBERINGS).toContain(one(question, 'answernumbering').text);
      const written = answers(question);
      expect(written.map((a) => htmlToPlain(a.text))).toEqual(item.options.map((o) => o.text));
      expect(all(question, 'answer').every((a) => a.attributes.format === 'html')).toBe(true);
      expect(written.every((a) => moodleAccepts(a.fraction))).toBe(true);
      const rightIds = item.kind === 'choice' ? [item.answer] : item.answers;
      expect(written.map((a) => a.fraction > 0)).toEqual(item.options.map((o) => rightIds.includes(o.id)));
      const rightSum = written.filter((a) => a.fraction > 0).reduce((sum, a) => sum + a.fraction, 0);
      // Moodle rounds the positive grades' sum to 2 decimals and warns unless it is 100 %.
      expect(Math.round(rightSum * 100) / 100).toBe(100);
      if (item.kind === 'choice') expect(written.filter((a) => a.fraction !== 100).every((a) => a.fraction === 0)).toBe(true);
      else expect(written.reduce((sum, a) => sum + a.fraction, 0)).toBeLessThanOrEqual(0.001);
      return;
    }
    case 'true-false': {
      expect(question.attributes.type).toBe('truefalse');
      const written = answers(question);
      expect(written.map((a) => a.text)).toEqual(['true', 'false']);
      expect(written.map((a) => a.fraction)).toEqual(item.answer ? [100, 0] : [0, 100]);
      return;
    }
    case 'matching':
      expectMatching(question, item.pairs.map((p) => [p.left, p.right]));
      return;
    case 'ordering':
      if (orderingAs === 'matching') {
        expectMatching(question, item.steps.map((s, i) => [String(i + 1), s.text]));
        return;
      }
      expect(question.attributes.type).toBe('ordering');
      expect(one(question, 'layouttype').text).toBe('VERTICAL');
      expect(one(question, 'selecttype').text).toBe('ALL');
      expect(Number(one(question, 'selectcount').text)).toBe(item.steps.length);
      expect(one(question, 'gradingtype').text).toBe('RELATIVE_NEXT_EXCLUDE_LAST');
      expect(one(question, 'showgrading').text).toBe('SHOW');
      expect(one(question, 'numberingstyle').text).toBe('none');
      // Ordering answers are listed in the right order; their "fraction" is only their place.
      expect(answers(question).map((a) => [a.fraction, htmlToPlain(a.text)])).toEqual(item.steps.map((s, i) => [i + 1, s.text]));
      return;
  }
}

function expectMatching(question: XmlElement, pairs: Array<[string, string]>): void {
  expect(question.attributes.type).toBe('matching');
  expect(['true', 'false']).toContain(one(question, 'shuffleanswers').text);
  const subquestions = all(question, 'subquestion');
  // Moodle's matching type needs at least two subquestions and three answers.
  expect(subquestions.length).toBeGreaterThanOrEqual(3);
  expect(subquestions.every((s) => s.attributes.format === 'html')).toBe(true);
  expect(subquestions.map((s) => [htmlToPlain(one(s, 'text').text), textOf(s, 'answer')])).toEqual(pairs);
}
