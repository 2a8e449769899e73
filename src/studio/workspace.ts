/**
 * What the studio knows of one course: the course as loaded, its question banks as read, and
 * what `validate` found. Each change on disk reloads only its own part: a lesson or course.yaml
 * reloads the course (and its lint of the banks), a bank file re-reads that bank, and the whole
 * validate run (rendering every lesson) follows in the background.
 */
import * as path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { hasErrors } from '../diagnostics/diagnostic';
import { loadCourse } from '../load/index';
import type { Course, Lesson } from '../model/course';
import { bankFileName, quizzesDirOf, defaultQuizzesDir } from '../quiz/bank/paths';
import { readBankFile, type BankFile } from '../quiz/bank/read';
import { readBankFiles } from '../quiz/bank/select';
import type { CourseText } from '../quiz/text/types';
import { indexCourseText, reindexCourseText } from '../quiz/text/course-text';

export interface ValidateState {
  readonly diagnostics: readonly Diagnostic[];
  readonly ok: boolean;
  /** False until the first run has finished, and while one is due after a change. */
  readonly current: boolean;
}

export class Workspace {
  course: Course | null = null;
  loadDiagnostics: readonly Diagnostic[] = [];
  quizzesDir: string;
  /** By absolute path: every bank file of the banks folder. */
  banks = new Map<string, BankFile>();
  validation: ValidateState = { diagnostics: [], ok: false, current: false };
  /** Bumped by every reload: caches keyed by it (the quiz report) know when they are out of date. */
  generation = 0;

  private constructor(readonly courseDir: string, readonly quizzesOverride: string | undefined) {
    this.quizzesDir = quizzesOverride ?? defaultQuizzesDir(courseDir);
  }

  static async open(courseDir: string, quizzesOverride?: string): Promise<Workspace> {
    const workspace = new Workspace(path.resolve(courseDir), quizzesOverride === undefined ? undefined : path.resolve(quizzesOverride));
    await workspace.reloadCourse();
    return workspace;
  }

  /**
   * The course text as generation analyses it (sentences, names, values), for the review's
   * whole-text checks: read in full at the first review (~1 s for the first course); after a
   * lesson is saved only that lesson is read again, against the full reading
   * (reindexCourseText), until a second lesson or the course's settings change.
   */
  courseText(): CourseText | undefined {
    if (!this.course) return undefined;
    if (this.analysed?.course !== this.course) {
      const text = this.analysed ? reindexCourseText(this.analysed.text, this.course) : indexCourseText(this.course);
      this.analysed = { course: this.course, text };
    }
    return this.analysed.text;
  }

  private analysed: { readonly course: Course; readonly text: CourseText } | undefined;

  /** course.yaml, the glossary or a lesson changed: the course again; every bank when the banks folder moved. */
  async reloadCourse(): Promise<void> {
    const { course, diagnostics } = await loadCourse(this.courseDir);
    this.course = course && !hasErrors(diagnostics) ? course : null;
    this.loadDiagnostics = diagnostics;
    const dir = this.course ? quizzesDirOf(this.course, this.quizzesOverride) : (this.quizzesOverride ?? defaultQuizzesDir(this.courseDir));
    if (dir !== this.quizzesDir || this.banks.size === 0) {
      this.quizzesDir = dir;
      this.banks = new Map((await readBankFiles(dir)).map((file) => [file.file, file]));
    }
    this.changed();
  }

  /** One bank file changed (or appeared, or went). */
  async reloadBank(file: string): Promise<void> {
    const read = await readBankFile(file, this.quizzesDir);
    if (read) this.banks.set(file, read);
    else this.banks.delete(file);
    this.changed();
  }

  /** The review wrote this bank: no need to read back what was just written. */
  replaceBank(file: BankFile): void {
    this.banks.set(file.file, file);
    this.changed();
  }

  async revalidate(): Promise<void> {
    const seen = this.generation;
    // Loaded here, not at start: validate brings the whole build, which the first page does not need.
    const { checkCourseFolder } = await import('../build/check');
    const check = await checkCourseFolder(this.courseDir, this.quizzesOverride);
    this.validation = { diagnostics: check.diagnostics, ok: check.ok, current: seen === this.generation };
  }

  lesson(id: string): Lesson | undefined {
    return this.course?.lessons.find((lesson) => lesson.id === id);
  }

  /**
   * The one path the studio writes a lesson's bank to: `<banks folder>/<lesson id>.quiz.yaml`
   * for a lesson of the course (ids are letters, digits, - and _), never anything else.
   */
  bankPathOf(lessonId: string): string | undefined {
    if (!this.lesson(lessonId)) return undefined;
    const file = path.join(this.quizzesDir, bankFileName(lessonId));
    return path.dirname(file) === this.quizzesDir ? file : undefined;
  }

  /** The bank of a lesson of this course, when its file is there and holds this course's bank. */
  bankOf(lessonId: string): BankFile | undefined {
    const file = this.bankPathOf(lessonId);
    const read = file === undefined ? undefined : this.banks.get(file);
    return read?.bank && read.bank.course === this.course?.id ? read : undefined;
  }

  private changed(): void {
    this.generation++;
    this.validation = { ...this.validation, current: false };
  }
}
