/**
 * SCORM 1.2 keeps at most 4,096 characters of `cmi.suspend_data`; a lesson whose state could
 * outgrow it would lose the learner's progress in a strict LMS (the Moodle app among them).
 * The worst case is computed with the player's own encoder (src/player/quiz/worst-case.ts).
 */
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { RenderedLesson } from '../model/rendered';
import { longestAnswer } from '../player/quiz/answers';
import { MAX_ANSWER_VALUE } from '../player/lms/progress-codec';
import { SCORM12_SUSPEND_DATA_LIMIT, worstCaseStateLength } from '../player/quiz/worst-case';

export function checkSuspendData(lessons: readonly RenderedLesson[]): Diagnostic[] {
  return lessons.flatMap((rendered) => [...sizeProblem(rendered), ...oversizedItems(rendered)]);
}

function sizeProblem(rendered: RenderedLesson): Diagnostic[] {
  const screenCount = rendered.screens.length + (rendered.quiz === undefined ? 0 : 1);
  const size = worstCaseStateLength(screenCount, rendered.quiz ?? null);
  if (size <= SCORM12_SUSPEND_DATA_LIMIT) return [];
  const { lesson } = rendered;
  const questions = rendered.quiz?.questionsPerAttempt ?? 0;
  return [{
    code: 'build/suspend-data-too-long',
    severity: 'error',
    message: `Lesson ${lesson.id} could need ${size.toLocaleString('en')} characters of SCORM 1.2 suspend_data (${screenCount} screens, ${questions} questions per attempt); SCORM 1.2 allows ${SCORM12_SUSPEND_DATA_LIMIT.toLocaleString('en')}.`,
    hint: 'Lower settings.quiz.questionsPerAttempt in course.yaml (or shorten the longest ordering, matching and multiple-response items), or split the lesson into smaller lessons.',
    place: lesson.place,
  }];
}

/** The state keeps one character per option index: items beyond that cannot be answered and saved. */
function oversizedItems(rendered: RenderedLesson): Diagnostic[] {
  return (rendered.quiz?.pool ?? [])
    .filter((entry) => longestAnswer(entry.item) > MAX_ANSWER_VALUE)
    .map((entry) => ({
      code: 'build/suspend-data-too-long',
      severity: 'error' as const,
      message: `Quiz item ${entry.item.id} of lesson ${rendered.lesson.id} has ${longestAnswer(entry.item)} options, steps or pairs; the player can save answers to at most ${MAX_ANSWER_VALUE}.`,
      hint: 'Split the item into smaller ones.',
      place: rendered.lesson.place,
    }));
}
