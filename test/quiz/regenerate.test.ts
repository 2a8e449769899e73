/**
 * The review workflow end to end on disk: generate, let an instructor approve, edit and reject
 * items in the YAML file, generate again with a changed generator, and check that every
 * decision survived. This is the guarantee that makes reviewing generated items worth it.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { UserError } from '../../src/diagnostics/errors';
import type { Course } from '../../src/model/course';
import type { QuizItem } from '../../src/model/quiz';
import { parseBankText } from '../../src/quiz/bank/read';
import { applyRegeneration, planRegeneration } from '../../src/quiz/bank/regenerate';
import type { QuizRule } from '../../src/quiz/rules/registry';
import { fixtureCourse } from './helpers';
import { statementRule, yearRule } from './test-rules';

let course: Course;
let quizzes: string;
beforeAll(async () => { course = await fixtureCourse(); });
beforeEach(() => { quizzes = fs.mkdtempSync(path.join(os.tmpdir(), 'coursepack-quizzes-')); });
afterEach(() => fs.rmSync(quizzes, { recursive: true, force: true }));

async function generate(rules: readonly QuizRule[], lessons?: string[]) {
  const plans = await planRegeneration(course, quizzes, { rules, ...(lessons ? { lessons } : {}) });
  await applyRegeneration(plans);
  return plans;
}

function bankText(lesson: string): string {
  return fs.readFileSync(path.join(quizzes, `${lesson}.quiz.yaml`), 'utf8');
}

function items(lesson: string): Map<string, QuizItem> {
  const read = parseBankText(path.join(quizzes, `${lesson}.quiz.yaml`), bankText(lesson));
  return new Map(read.bank!.items.map((item) => [item.id, item]));
}

/** Edits the block of one item in the bank file, as an instructor does in an editor. */
function editItem(lesson: string, id: string, edit: (block: string) => string): void {
  const file = path.join(quizzes, `${lesson}.quiz.yaml`);
  const blocks = fs.readFileSync(file, 'utf8').split('\n\n');
  const index = blocks.findIndex((block) => block.includes(`- id: ${id}\n`));
  expect(index).toBeGreaterThanOrEqual(0);
  const edited = edit(blocks[index]!);
  expect(edited).not.toBe(blocks[index]);
  blocks[index] = edited;
  fs.writeFileSync(file, blocks.join('\n\n'));
}

describe('regenerating a reviewed bank', () => {
  it('keeps approved, edited and rejected items as the instructor left them, adds new drafts and replaces untouched ones', async () => {
    await generate([yearRule()]);
    editItem('s1-1', 's1-1-year-8', (block) => block.replace('status: draft', 'status: approved'));
    editItem('s1-1', 's1-1-year-10', (block) => block.replace('status: draft', 'status: approved'));
    editItem('s1-1', 's1-1-year-12', (block) => block.replace('stem: Орталық Азия ынтымақтастығы ұйымы ____', 'stem: ОАЫҰ ____'));
    editItem('s1-1', 's1-1-year-14', (block) => block.replace('status: draft', 'status: rejected'));
    const reviewed = items('s1-1');
    const untouched = items('s1-2');

    // The generator has changed: new wording of the feedback, and a new rule.
    const plans = await generate([yearRule({ wording: 'second' }), statementRule()]);

    const after = items('s1-1');
    for (const id of ['s1-1-year-8', 's1-1-year-10', 's1-1-year-12', 's1-1-year-14']) expect(after.get(id)).toEqual(reviewed.get(id));
    expect(after.get('s1-1-year-8')!.status).toBe('approved');
    expect(after.get('s1-1-year-12')!.stem).toBe('ОАЫҰ ____ жылы пайда болды.');
    // Generated again with new wording, yet not revived or changed.
    expect(after.get('s1-1-year-14')).toMatchObject({ status: 'rejected', feedback: expect.stringMatching(/^Source:/) });
    // New drafts from the new rule.
    expect([...after.keys()].filter((id) => id.includes('-tf-'))).toEqual(['s1-1-tf-8', 's1-1-tf-10', 's1-1-tf-12', 's1-1-tf-14']);
    expect(after.get('s1-1-tf-8')!.status).toBe('draft');
    // Untouched drafts follow the generator.
    const replaced = items('s1-2');
    for (const [id, before] of untouched) {
      expect(replaced.get(id)!.feedback).toBe(before.feedback.replace('Source:', 'The text says:'));
    }

    expect(plans.find((plan) => plan.lesson === 's1-1')!.stats).toEqual({
      keptApproved: 2, keptEdited: 1, keptRejected: 1, keptManual: 0, new: 4, updated: 0, unchanged: 0, dropped: 0,
    });
    expect(plans.find((plan) => plan.lesson === 's1-2')!.stats).toMatchObject({ new: 2, updated: 2, dropped: 0 });
  });

  it('keeps the reviewed items byte for byte in the file', async () => {
    await generate([yearRule()]);
    editItem('s1-1', 's1-1-year-8', (block) => block.replace('status: draft', 'status: approved'));
    const block = bankText('s1-1').split('\n\n').find((b) => b.includes('- id: s1-1-year-8\n'))!;
    await generate([yearRule({ wording: 'second' })]);
    expect(bankText('s1-1')).toContain(block);
  });

  it('drops untouched drafts that are no longer generated, and keeps hand-written items', async () => {
    await generate([yearRule(), statementRule()]);
    editItem('s1-1', 's1-1-tf-8', (block) => block.replace('rule: tf-statement', 'rule: manual'));
    const plans = await generate([yearRule()]);
    expect([...items('s1-1').keys()]).toEqual(['s1-1-tf-8', 's1-1-year-8', 's1-1-year-10', 's1-1-year-12', 's1-1-year-14']);
    expect(plans[0]!.stats).toMatchObject({ keptManual: 1, dropped: 3, unchanged: 4 });
  });

  it('writes the same bytes on every run, and rewrites nothing when nothing changed', async () => {
    await generate([yearRule(), statementRule()]);
    const first = ['s1-1', 's1-2'].map(bankText);
    const plans = await generate([yearRule(), statementRule()]);
    expect(plans.map((plan) => plan.write)).toEqual([false, false]);
    expect(['s1-1', 's1-2'].map(bankText)).toEqual(first);

    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'coursepack-quizzes-'));
    try {
      await applyRegeneration(await planRegeneration(course, other, { rules: [yearRule(), statementRule()] }));
      expect(['s1-1', 's1-2'].map((lesson) => fs.readFileSync(path.join(other, `${lesson}.quiz.yaml`), 'utf8'))).toEqual(first);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('writes no bank for a lesson without items', async () => {
    await generate([]);
    expect(fs.readdirSync(quizzes)).toEqual([]);
  });

  it('changes nothing when a bank on disk is broken', async () => {
    await generate([yearRule()]);
    const before = bankText('s1-1');
    fs.writeFileSync(path.join(quizzes, 's1-2.quiz.yaml'), 'lesson: s1-2\nitems: [\n');
    await expect(generate([yearRule({ wording: 'second' })])).rejects.toThrow(UserError);
    expect(bankText('s1-1')).toBe(before);
  });

  it('changes nothing when one bank cannot be written', async () => {
    await generate([yearRule()]);
    const before = ['s1-1', 's1-2'].map(bankText);
    // A folder where the new s1-2 bank would be staged makes that one write fail.
    fs.mkdirSync(path.join(quizzes, `s1-2.quiz.yaml.tmp-${process.pid}`));
    await expect(generate([yearRule({ wording: 'second' })])).rejects.toThrow(/cannot be written/);
    expect(['s1-1', 's1-2'].map(bankText)).toEqual(before);
    expect(fs.readdirSync(quizzes).sort()).toEqual(['s1-1.quiz.yaml', 's1-2.quiz.yaml', `s1-2.quiz.yaml.tmp-${process.pid}`]);
  });

  it('writes no bank it could not read back: one over the size limit stops the run, saying what to do (issue 11, item 5)', async () => {
    await generate([yearRule()]);
    const before = ['s1-1', 's1-2'].map(bankText);
    const limit = Buffer.byteLength(before[0]!, 'utf8') + 100;
    const error = await planRegeneration(course, quizzes, { rules: [yearRule(), statementRule()], maxBankBytes: limit }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const [problem, ...rest] = (error as UserError).diagnostics;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'quiz/bank-too-large', severity: 'error', place: { file: path.join(quizzes, 's1-1.quiz.yaml'), line: 1, column: 1 } });
    expect(problem!.message).toMatch(/^generating would make s1-1\.quiz\.yaml 0\.\d+ MB, over the 0\.\d+ MB a bank may hold \(8 items\); no bank was written$/);
    expect(problem!.hint).toBe('A question bank may hold at most 2 MB: delete rejected items you no longer need, or split the lesson into shorter lessons (each gets its own bank).');
    expect(['s1-1', 's1-2'].map(bankText)).toEqual(before);
  });

  it('gives a bank too large to read the hint for banks, not the one for lessons', async () => {
    fs.writeFileSync(path.join(quizzes, 's1-1.quiz.yaml'), `course: quiz-course\n#${'x'.repeat(2 * 1024 * 1024)}\n`);
    const error = await generate([yearRule()]).catch((e: unknown) => e);
    expect((error as UserError).diagnostics).toEqual([expect.objectContaining({
      code: 'file/too-large',
      message: '"s1-1.quiz.yaml" is 2.0 MB; the limit is 2 MB',
      hint: 'A question bank may hold at most 2 MB: delete rejected items you no longer need, or split the lesson into shorter lessons (each gets its own bank).',
    })]);
  });
});
