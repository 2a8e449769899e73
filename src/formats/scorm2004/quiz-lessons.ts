/**
 * The objective measure of a lesson: the pass mark of its quiz as a fraction (what the manifest
 * writes as `imsss:minNormalizedMeasure`), or undefined for a lesson without a quiz, whose
 * objective stays unmeasured.
 */
import type { RenderedLesson } from '../../model/rendered';
import { passMarkToMeasure } from './sequencing';

export function passingMeasure(rendered: RenderedLesson): number | undefined {
  return rendered.quiz === undefined ? undefined : passMarkToMeasure(rendered.quiz.passMark);
}
