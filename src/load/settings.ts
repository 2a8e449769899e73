/**
 * The one place where the user's partial settings meet the defaults: every later stage
 * gets complete CourseSettings and never needs to know a default.
 */
import { DEFAULT_SETTINGS, type CourseSettings } from '../model/course';
import type { RawSettings } from './draft';

export function resolveSettings(raw: RawSettings | undefined): CourseSettings {
  const screen = { ...DEFAULT_SETTINGS.screen, ...raw?.screen };
  const masteryScore = raw?.masteryScore ?? DEFAULT_SETTINGS.masteryScore;
  return masteryScore === undefined ? { screen } : { screen, masteryScore };
}
