import * as fs from 'node:fs';
import * as path from 'node:path';
import type { QuestionBank, QuizItem } from '../../../src/model/quiz';
import { parseBankText } from '../../../src/quiz/bank/read';
import { serializeBank } from '../../../src/quiz/bank/write';
import { QUIZ_FIXTURES } from '../helpers';

const ROUND_TRIP = path.join(QUIZ_FIXTURES, 'round-trip');

function item(overrides: Partial<QuizItem> = {}): QuizItem {
  return {
    id: 's1-1-tf-8', kind: 'true-false', status: 'draft', rule: 'tf-statement',
    stem: 'Шанхай ынтымақтастық ұйымы 2001 жылы құрылды.', answer: true,
    feedback: 'Шанхай ынтымақтастық ұйымы 2001 жылы құрылды.',
    source: { lesson: 's1-1', line: 8, text: 'Шанхай ынтымақтастық ұйымы 2001 жылы құрылды.' },
    fingerprint: '0123456789abcdef',
    ...overrides,
  } as QuizItem;
}

function bank(items: QuizItem[]): QuestionBank {
  return { course: 'quiz-course', lesson: 's1-1', language: 'kk', items };
}

describe('serializeBank', () => {
  it.each(fs.readdirSync(ROUND_TRIP).sort())('reads and writes %s back byte for byte', (name) => {
    const file = path.join(ROUND_TRIP, name);
    const text = fs.readFileSync(file, 'utf8');
    const read = parseBankText(file, text);
    expect(read.diagnostics).toEqual([]);
    expect(serializeBank(read.bank!)).toBe(text);
  });

  it('starts with a header that explains statuses and that edits are kept', () => {
    const text = serializeBank(bank([item()]));
    expect(text).toMatch(/^# Question bank of lesson s1-1/);
    expect(text).toContain('#   rejected  never shipped, and never brought back by regenerating');
    expect(text).toContain('Your edits are kept');
  });

  it('writes Kazakh text as UTF-8 and does not fold long lines', () => {
    const long = 'Қазақстан мен Өзбекстан '.repeat(30).trim();
    const text = serializeBank(bank([item({ stem: long })]));
    expect(text).toContain(`    stem: ${long}\n`);
    expect(text).not.toMatch(/\\u04/);
  });

  it('writes the keys of each kind in a fixed order, whatever order the item was built in', () => {
    const scrambled = { fingerprint: 'f', answer: 'b', options: [{ text: 'x', id: 'a' }, { text: 'y', id: 'b' }, { text: 'z', id: 'c' }],
      source: { text: 't', line: 3, lesson: 's1-1' }, feedback: 'fb', stem: 's', rule: 'r', status: 'draft', kind: 'choice', id: 'i' } as QuizItem;
    const keys = serializeBank(bank([scrambled])).split('\n').filter((line) => /^( {2}- | {4})[a-z]+:/.test(line)).map((line) => line.replace('- ', '').trim().split(':')[0]);
    expect(keys).toEqual(['id', 'kind', 'status', 'rule', 'stem', 'options', 'answer', 'feedback', 'source', 'fingerprint']);
  });

  it.each([
    ['a colon and a hash', 'Term: a value # not a comment'],
    ['a number-like text', '1993'],
    ['a yes-like text', 'yes'],
    ['leading and trailing spaces', '  spaced  '],
    ['quotes and dashes', '"ШЫҰ" – \'ҰҚШҰ\' - x'],
    ['line breaks', 'first line\nsecond line\n'],
    ['trailing blank lines', 'text\n\n'],
    ['an empty text', ''],
    ['a blank', 'Ұйым ____ жылы құрылды.'],
    ['a tab', 'a\tb'],
  ])('keeps a stem with %s exactly', (_label, stem) => {
    const written = serializeBank(bank([item({ stem })]));
    const read = parseBankText('/q/s1-1.quiz.yaml', written);
    expect(read.bank!.items[0]!.stem).toBe(stem);
    expect(serializeBank(read.bank!)).toBe(written);
  });

  it('leaves out the fingerprint of a hand-written item that has none', () => {
    const text = serializeBank(bank([item({ rule: 'manual', fingerprint: '' })]));
    expect(text).not.toContain('fingerprint');
    expect(parseBankText('/q/s1-1.quiz.yaml', text).bank!.items[0]!.fingerprint).toBe('');
  });
});

describe('serializeBank, edge cases', () => {
  it('writes an empty bank that reads back as empty', () => {
    const text = serializeBank({ course: 'quiz-course', lesson: 's1-2', language: 'kk', items: [] });
    expect(text).toContain('items: []\n');
    const read = parseBankText('/q/s1-2.quiz.yaml', text);
    expect(read.bank).toEqual({ course: 'quiz-course', lesson: 's1-2', language: 'kk', items: [] });
    expect(serializeBank(read.bank!)).toBe(text);
  });

  it('quotes a fingerprint that YAML would read as a number', () => {
    const text = serializeBank({ course: 'quiz-course', lesson: 's1-1', language: 'kk', items: [{ ...sample(), fingerprint: '12e4567890123456' }] });
    expect(parseBankText('/q/s1-1.quiz.yaml', text).bank!.items[0]!.fingerprint).toBe('12e4567890123456');
  });
});

function sample(): QuizItem {
  const text = 'Шанхай ынтымақтастық ұйымы 2001 жылы құрылды.';
  return { id: 'x', kind: 'true-false', status: 'draft', rule: 'r', stem: text, answer: true, feedback: text, source: { lesson: 's1-1', line: 8, text }, fingerprint: '' };
}
