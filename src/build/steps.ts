/**
 * The stages the build calls, gathered behind one interface so that the orchestration can be
 * exercised with small stand-ins; `defaultSteps` wires in the real ones.
 */
import type { Course, Lesson } from '../model/course';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { RenderedLesson, RuntimeTarget } from '../model/rendered';
import type { PlayerAssets } from '../formats/format';
import { loadCourse } from '../load/index';
import { prepareLesson, renderLessonPage, type PageOptions, type PreparedLesson } from '../render/index';
import { bundlePlayer } from '../assets/player-bundle';
import type { QuizItem } from '../model/quiz';
import { loadBanks, type LoadedBanks } from '../quiz/bank/select';
import { collectGarbage } from '../self/collect-garbage';

export interface LoadResult {
  readonly course: Course | null;
  readonly diagnostics: readonly Diagnostic[];
}

export interface BuildSteps {
  loadCourse(dir: string): Promise<LoadResult>;
  /** Markdown, screens and quiz data of a lesson: once per lesson, whatever the runtimes. */
  prepareLesson(course: Course, lesson: Lesson, quizItems: readonly QuizItem[]): PreparedLesson;
  /** The lesson page, the same for every runtime. */
  renderLessonPage(prepared: PreparedLesson, options: PageOptions): RenderedLesson;
  bundlePlayer(target: RuntimeTarget): Promise<PlayerAssets>;
  /** The course's question banks (src/quiz/bank/select.ts). */
  loadBanks(course: Course, quizzesDir: string): Promise<LoadedBanks>;
  /** A full garbage collection, between a large course's lesson packages and its course packages. */
  collectGarbage(): void;
}

export const defaultSteps: BuildSteps = { loadCourse, prepareLesson, renderLessonPage, bundlePlayer, loadBanks, collectGarbage: () => collectGarbage() };
