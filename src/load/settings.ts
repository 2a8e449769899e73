/**
 * The one place where the user's partial settings meet the defaults: every later stage
 * gets complete CourseSettings and never needs to know a default.
 */
import { DEFAULT_SETTINGS, type CourseSettings, type QuizSettings } from '../model/course';
import type { RawSettings } from './draft';

/** `settings.quiz` as written in course.yaml (checked by the course schema). */
export type RawQuizSettings = Partial<QuizSettings>;

export function resolveSettings(raw: (RawSettings & { readonly quiz?: RawQuizSettings }) | undefined): CourseSettings {
  const screen = { ...DEFAULT_SETTINGS.screen, ...raw?.screen };
  const quiz = { ...DEFAULT_SETTINGS.quiz, ...raw?.quiz };
  const masteryScore = raw?.masteryScore ?? DEFAULT_SETTINGS.masteryScore;
  return masteryScore === undefined ? { screen, quiz } : { screen, masteryScore, quiz };
}
