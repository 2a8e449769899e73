import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { compileValidators, loadValidators, writePrecompiled } from '../../src/validate/compiled-schemas';
import { splitFrontMatter } from '../../src/load/front-matter';

const COURSES = path.resolve(__dirname, '../fixtures/courses');
const BANK_DIRS = [path.resolve(__dirname, '../fixtures/quiz-bank/lint'), path.resolve(__dirname, '../../quizzes')];

type Kind = 'course' | 'lesson' | 'quiz';

/** Every bank file under `dir`, at any depth. */
function bankFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return bankFiles(full);
    return entry.name.endsWith('.yaml') ? [full] : [];
  });
}

/** Every course.yaml, lesson front matter and question bank of the fixtures (valid and broken) and the course, that parses as YAML. */
function samples(): { kind: Kind; data: unknown }[] {
  const found: { kind: Kind; data: unknown }[] = [];
  const tryParse = (kind: Kind, text: string) => {
    try {
      found.push({ kind, data: parse(text) });
    } catch {
      // broken YAML never reaches the schema
    }
  };
  for (const name of readdirSync(COURSES)) {
    const dir = path.join(COURSES, name);
    tryParse('course', readFileSync(path.join(dir, 'course.yaml'), 'utf8'));
    for (const file of readdirSync(path.join(dir, 'lessons'))) {
      const split = splitFrontMatter(readFileSync(path.join(dir, 'lessons', file), 'utf8'));
      if (split.kind === 'split') tryParse('lesson', split.yaml);
    }
  }
  for (const file of BANK_DIRS.flatMap(bankFiles)) tryParse('quiz', readFileSync(file, 'utf8'));
  return found;
}

describe('validators generated at compile time', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'coursepack-validators-'));
    file = path.join(dir, 'validators.js');
    // The generated code requires ajv's small runtime helpers, found from where it lies, as in dist/.
    symlinkSync(path.resolve(__dirname, '../../node_modules'), path.join(dir, 'node_modules'));
    writePrecompiled(file);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are used when their fingerprint matches, and judge every fixture exactly as ajv compiled at run time does', () => {
    const generated = loadValidators(file);
    expect(generated.course).toBe(require(file).course);
    const compiled = compileValidators();
    const all = samples();
    expect(all.filter((s) => !compiled[s.kind](s.data)).length).toBeGreaterThan(3);
    expect(all.filter((s) => s.kind === 'quiz' && compiled.quiz(s.data)).length).toBeGreaterThan(10);
    expect(all.filter((s) => s.kind === 'quiz' && !compiled.quiz(s.data)).length).toBeGreaterThanOrEqual(2);
    for (const { kind, data } of all) {
      expect(generated[kind](data)).toBe(compiled[kind](data));
      expect(generated[kind].errors ?? null).toEqual(compiled[kind].errors ?? null);
    }
  });

  it('are ignored when made from other schemas or another ajv', () => {
    const stale = path.join(dir, 'stale.js');
    writeFileSync(stale, readFileSync(file, 'utf8').replace(/exports\.fingerprint = "[0-9a-f]+"/, 'exports.fingerprint = "0000"'));
    const loaded = loadValidators(stale);
    expect(loaded.course).not.toBe(require(stale).course);
    expect(loaded.course({})).toBe(false);
  });

  it('fall back to compiling when the generated file is damaged', () => {
    const damaged = path.join(dir, 'damaged.js');
    writeFileSync(damaged, readFileSync(file, 'utf8').slice(0, 400));
    expect(loadValidators(damaged).course({})).toBe(false);
  });

  it('fall back to compiling when no generated file exists', () => {
    const loaded = loadValidators(path.join(dir, 'missing.js'));
    expect(loaded.lesson({ id: 5 })).toBe(false);
  });
});
