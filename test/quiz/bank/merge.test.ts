import type { QuestionBank, QuizItem } from '../../../src/model/quiz';
import { fingerprintOf } from '../../../src/quiz/bank/fingerprint';
import { mergeBank } from '../../../src/quiz/bank/merge';

const IDENTITY = { course: 'quiz-course', lesson: 's1-1', language: 'kk' };

/** A generated draft: fingerprinted as it is. */
function generated(id: string, line: number, stem = `stem ${id}`): QuizItem {
  const text = `sentence ${line}`;
  const item: QuizItem = { id, kind: 'true-false', status: 'draft', rule: 'tf', stem, answer: true, feedback: text, source: { lesson: 's1-1', line, text }, fingerprint: '' };
  return { ...item, fingerprint: fingerprintOf(item) };
}

function bank(items: QuizItem[]): QuestionBank {
  return { ...IDENTITY, items };
}

describe('mergeBank', () => {
  it('takes every generated item as a new draft when there is no bank', () => {
    const result = mergeBank(null, [generated('b', 2), generated('a', 1)], IDENTITY);
    expect(result.bank.items.map((item) => item.id)).toEqual(['a', 'b']);
    expect(result.stats).toMatchObject({ new: 2, updated: 0, dropped: 0 });
  });

  it('orders items by source line, then id', () => {
    const result = mergeBank(bank([generated('z', 1)]), [generated('b', 5), generated('a', 5), generated('z', 1)], IDENTITY);
    expect(result.bank.items.map((item) => item.id)).toEqual(['z', 'a', 'b']);
  });

  it('counts an approving decision as review, not as an edit', () => {
    const approved = { ...generated('a', 1), status: 'approved' as const };
    const result = mergeBank(bank([approved]), [generated('a', 1, 'new stem')], IDENTITY);
    expect(result.bank.items).toEqual([approved]);
    expect(result.stats).toMatchObject({ keptApproved: 1, keptEdited: 0 });
  });

  it('keeps an edited draft and an edited approved item as edited', () => {
    const editedDraft = { ...generated('a', 1), stem: 'changed by hand' };
    const editedApproved = { ...generated('b', 2), status: 'approved' as const, feedback: 'rewritten' };
    const result = mergeBank(bank([editedDraft, editedApproved]), [generated('a', 1), generated('b', 2)], IDENTITY);
    expect(result.bank.items).toEqual([editedDraft, editedApproved]);
    expect(result.stats).toMatchObject({ keptEdited: 2, updated: 0 });
  });

  it('keeps a rejected item even when it is no longer generated', () => {
    const rejected = { ...generated('a', 1), status: 'rejected' as const };
    const result = mergeBank(bank([rejected]), [], IDENTITY);
    expect(result.bank.items).toEqual([rejected]);
    expect(result.stats).toMatchObject({ keptRejected: 1, dropped: 0 });
  });

  it('keeps hand-written items, even without a fingerprint', () => {
    const manual: QuizItem = { ...generated('m', 3), rule: 'manual', fingerprint: '' };
    const result = mergeBank(bank([manual]), [generated('m', 3)], IDENTITY);
    expect(result.bank.items).toEqual([manual]);
    expect(result.stats).toMatchObject({ keptManual: 1, new: 0 });
  });

  it('tells a changed generation from an identical one, and drops drafts no longer generated', () => {
    const result = mergeBank(bank([generated('a', 1), generated('b', 2), generated('c', 3)]), [generated('a', 1), generated('b', 2, 'better stem')], IDENTITY);
    expect(result.bank.items.map((item) => item.stem)).toEqual(['stem a', 'better stem']);
    expect(result.stats).toMatchObject({ unchanged: 1, updated: 1, dropped: 1 });
  });

  it('brings a generated item in once even when the bank holds its id twice', () => {
    const result = mergeBank(bank([generated('a', 1), generated('a', 1)]), [generated('a', 1)], IDENTITY);
    expect(result.bank.items).toHaveLength(1);
    expect(result.stats).toMatchObject({ unchanged: 1, dropped: 1 });
  });

  it('names the bank after the course lesson and language', () => {
    const old = { course: 'quiz-course', lesson: 'old', language: 'ru', items: [] };
    expect(mergeBank(old, [], IDENTITY).bank).toEqual({ ...IDENTITY, items: [] });
  });
});
