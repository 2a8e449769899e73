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

export interface LoadResult {
  readonly course: Course | null;
  readonly diagnostics: readonly Diagnostic[];
}

export interface RenderOptions {
  readonly target: RuntimeTarget;
  readonly assetBase: string;
}

export interface BuildSteps {
  loadCourse(dir: string): Promise<LoadResult>;
  renderLesson(course: Course, lesson: Lesson, options: RenderOptions): RenderedLesson;
  bundlePlayer(target: RuntimeTarget): Promise<PlayerAssets>;
}

export const defaultSteps: BuildSteps = { loadCourse, renderLesson, bundlePlayer };
