/**
 * IMS Simple Sequencing for our packages, kept to what LMSs honour (Moodle implements
 * little more than this): the learner may move freely (`choice`) and in order (`flow`)
 * through every cluster, and each lesson has one primary objective. For a lesson with a
 * quiz the objective is satisfied by its score: `satisfiedByMeasure` with the pass mark as
 * `minNormalizedMeasure`, which the LMS hands to the SCO as `cmi.scaled_passing_score`.
 *
 * No `adlcp:completionThreshold`: the SCO sets `cmi.completion_status` itself (every screen
 * seen, and the quiz submitted), so a threshold would only restate that rule a second time.
 */
import { element, type XmlElement } from '../xml';

/** On the organization and on every chapter item: free choice and flow among the children. */
export function clusterSequencing(): XmlElement {
  return element('imsss:sequencing', {}, [element('imsss:controlMode', { choice: 'true', flow: 'true' })]);
}

/**
 * A lesson's single objective. `passingMeasure` (the pass mark as a fraction, 0..1) is given
 * for lessons with a quiz; without one the objective stays unmeasured.
 */
export function lessonSequencing(objectiveId: string, passingMeasure: number | undefined): XmlElement {
  const primary =
    passingMeasure === undefined
      ? element('imsss:primaryObjective', { objectiveID: objectiveId })
      : element('imsss:primaryObjective', { objectiveID: objectiveId, satisfiedByMeasure: 'true' }, [
          element('imsss:minNormalizedMeasure', {}, [formatMeasure(passingMeasure)]),
        ]);
  return element('imsss:sequencing', {}, [element('imsss:objectives', {}, [primary])]);
}

/** imsss measureType: a decimal in [-1, 1] written with at least four decimal digits. */
export function formatMeasure(measure: number): string {
  return measure.toFixed(4);
}

/** Pass mark in percent (course settings) to the normalised measure of the manifest. */
export function passMarkToMeasure(passMark: number): number {
  return Math.min(Math.max(passMark / 100, 0), 1);
}
