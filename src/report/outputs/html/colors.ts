/**
 * Status colours: distinct in hue and lightness (readable for the common colour-vision
 * deficiencies and in greyscale print), always shown with their words.
 */
import type { LessonStatus } from '../../analysis/progress';

export const STATUS_COLORS: Readonly<Record<LessonStatus, string>> = {
  'not-started': '#d5d9de',
  'in-progress': '#f0b429',
  completed: '#4a90c9',
  passed: '#1f7a4d',
  failed: '#b3261e',
};

/** Text colour on each status colour (contrast ≥ 4.5:1). */
export const STATUS_TEXT: Readonly<Record<LessonStatus, string>> = {
  'not-started': '#1b1f24',
  'in-progress': '#1b1f24',
  completed: '#0b1a2a',
  passed: '#ffffff',
  failed: '#ffffff',
};

export const FLAG_COLOR = '#b3261e';
export const PLAIN_COLOR = '#3b5b7a';
export const KEY_COLOR = '#1f7a4d';
export const DISTRACTOR_COLOR = '#8a94a0';
