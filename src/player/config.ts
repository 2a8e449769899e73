/** Reads the `PlayerConfig` the page carries in `script#cp-config`. */
import type { PlayerConfig } from '../model/rendered';

/** The fields the player uses, checked; anything else in the JSON is ignored. */
export type PlayerSettings = Pick<PlayerConfig, 'courseId' | 'lessonId' | 'strings'>;

export function readConfig(doc: Document): PlayerSettings | null {
  const element = doc.getElementById('cp-config');
  if (element === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(element.textContent ?? '');
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const config = value as Partial<Record<keyof PlayerConfig, unknown>>;
  if (typeof config.courseId !== 'string' || typeof config.lessonId !== 'string') return null;
  const strings = typeof config.strings === 'object' && config.strings !== null ? config.strings : {};
  return { courseId: config.courseId, lessonId: config.lessonId, strings: strings as Record<string, string> };
}
