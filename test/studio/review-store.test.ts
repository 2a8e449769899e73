/**
 * Review writes (src/studio/review): an action changes exactly one item of the bank model, the
 * file is written as quiz generate writes it, a bank changed on disk is never overwritten, and
 * what review left is what the next generation keeps.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeBank } from '../../src/quiz/bank/merge';
import { parseBankText } from '../../src/quiz/bank/read';
import { serializeBank } from '../../src/quiz/bank/write';
import { fingerprintOf } from '../../src/quiz/bank/fingerprint';
import type { ChoiceItem, QuestionBank } from '../../src/model/quiz';
import { applyToItem, ReviewRefused } from '../../src/studio/review/actions';
import { BankConflict, versionOf, writeReview } from '../../src/studio/review/store';

function choice(id: string): ChoiceItem {
  const item: ChoiceItem = {
    id, kind: 'choice', status: 'draft', rule: 'cloze-year', stem: 'It happened in ____.', feedback: 'The text says 1991.',
    source: { lesson: 'l1', line: 5, text: 'It happened in 1991.' }, fingerprint: '',
    options: [{ id: 'a', text: '1989' }, { id: 'b', text: '1991' }, { id: 'c', text: '1993' }], answer: 'b',
  };
  return { ...item, fingerprint: fingerprintOf(item) };
}

const bank: QuestionBank = { course: 'c', lesson: 'l1', language: 'en', items: [choice('l1-a'), choice('l1-b'), choice('l1-c')] };

describe('review actions on the bank model', () => {
  it('edits texts and the answer but never the fingerprint, so that generate keeps the edit', () => {
    const edited = applyToItem(bank.items[0]!, { kind: 'edit', changes: { stem: 'It ended in ____.', options: { a: '1990' }, answer: 'a' } }) as ChoiceItem;
    expect(edited).toMatchObject({ stem: 'It ended in ____.', answer: 'a', fingerprint: bank.items[0]!.fingerprint });
    expect(edited.options.map((o) => o.text)).toEqual(['1990', '1991', '1993']);
    const regenerated = mergeBank({ ...bank, items: [edited] }, [bank.items[0]!], bank).bank;
    expect(regenerated.items[0]).toEqual(edited);
  });

  it('refuses an answer that names no option and options it does not have', () => {
    expect(() => applyToItem(bank.items[0]!, { kind: 'edit', changes: { answer: 'z' } })).toThrow(new ReviewRefused('answer "z" is not the id of an option'));
    expect(() => applyToItem(bank.items[0]!, { kind: 'edit', changes: { options: { q: 'x' } } })).toThrow(new ReviewRefused('no option with the id q'));
  });

  it('restores an item only in place of the item with its id', () => {
    expect(() => applyToItem(bank.items[0]!, { kind: 'restore', item: bank.items[1]! })).toThrow(ReviewRefused);
  });
});

describe('writing a review action', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'coursepack-studio-store-'));
    file = join(dir, 'l1.quiz.yaml');
    writeFileSync(file, serializeBank(bank));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the bank as quiz generate serialises it, with only the one item changed, and no temporary file left', async () => {
    const before = readFileSync(file, 'utf8');
    const written = await writeReview(file, versionOf(before), 'l1-b', { kind: 'status', status: 'approved' });
    const expected = serializeBank({ ...bank, items: bank.items.map((item) => (item.id === 'l1-b' ? { ...item, status: 'approved' as const } : item)) });
    expect(readFileSync(file, 'utf8')).toBe(expected);
    expect(written.version).toBe(versionOf(expected));
    expect(written.before).toEqual(bank.items[1]);
    expect(readdirSync(dir)).toEqual(['l1.quiz.yaml']);
  });

  it('never overwrites a bank changed on disk since the page read it', async () => {
    const shown = versionOf(readFileSync(file, 'utf8'));
    const theirs = serializeBank({ ...bank, items: bank.items.slice(1) });
    writeFileSync(file, theirs);
    await expect(writeReview(file, shown, 'l1-b', { kind: 'status', status: 'rejected' })).rejects.toThrow(BankConflict);
    expect(readFileSync(file, 'utf8')).toBe(theirs);
  });

  it('refuses a change that would not read back as a bank, and writes nothing', async () => {
    const text = readFileSync(file, 'utf8');
    const broken = { ...bank.items[0]!, kind: 'essay' } as unknown as ChoiceItem;
    await expect(writeReview(file, versionOf(text), 'l1-a', { kind: 'restore', item: broken })).rejects.toThrow(ReviewRefused);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(parseBankText(file, text).bank).toEqual(bank);
  });
});
