/**
 * `adlcp:masteryscore` per lesson item.
 *
 * A lesson with a quiz gets its pass mark, but only when the course reports a failed quiz as
 * `failed` (settings.quiz.statusOnFail). Moodle (like scorm-again's `mastery_override`) rewrites
 * `lesson_status` at LMSFinish to passed/failed from score.raw against the mastery score
 * ("Mastery score overrides status", on by default), so with the Moodle-friendly
 * `statusOnFail: incomplete` a mastery score would turn every failed attempt into `failed`
 * anyway, and a `failed` SCO reopens in review mode: the learner's remaining attempts are lost.
 * Without a mastery score the LMS keeps the status the player reports, and grades from
 * score.raw all the same. Lessons without a quiz keep the course's `settings.masteryScore`.
 */
import type { CourseSettings } from '../../model/course';
import type { RenderedLesson } from '../../model/rendered';

export function lessonMasteryScore(rendered: RenderedLesson, settings: CourseSettings): number | undefined {
  const quiz = rendered.quiz;
  if (quiz === undefined) return settings.masteryScore;
  return quiz.statusOnFail === 'failed' ? quiz.passMark : settings.masteryScore;
}
