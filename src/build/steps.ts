/**
 * The stages the build calls, gathered behind one interface so that the orchestration can be
 * exercised with small stand-ins; `defaultSteps` wires in the real ones.
 */
import type { Course, Lesson } from '../model/course';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { RenderedLesson, RuntimeTarget } from '../model/rendered';
import type { PlayerAssets } from '../formats/format';
import { loadCourse } from '../load/index';
import { renderLesson } from '../render/index';
import { bundlePlayer } from '../assets/player-bundle';
import type { QuizItem } from '../model/quiz';
import { loadBanks, type LoadedBanks } from '../quiz/bank/select';

export interface LoadResult {
  readonly course: Course | null;
  readonly diagnostics: readonly Diagnostic[];
}

export interface RenderOptions {
  readonly target: RuntimeTarget;
  readonly assetBase: string;
  /** The lesson's shipped quiz items; none: the lesson has no quiz. */
  readonly quizItems?: readonly QuizItem[];
}

export interface BuildSteps {
  loadCourse(dir: string): Promise<LoadResult>;
  renderLesson(course: Course, lesson: Lesson, options: RenderOptions): RenderedLesson;
  bundlePlayer(target: RuntimeTarget): Promise<PlayerAssets>;
  /** The course's question banks (src/quiz/bank/select.ts). */
  loadBanks(course: Course, quizzesDir: string): Promise<LoadedBanks>;
}

export const defaultSteps: BuildSteps = { loadCourse, renderLesson, bundlePlayer, loadBanks };
