/** How the outputs spell numbers, durations, times and statuses (one place, so all outputs agree). */
import type { LessonStatus } from '../analysis/progress';

export const STATUS_LABELS: Readonly<Record<LessonStatus, string>> = {
  'not-started': 'not started',
  'in-progress': 'in progress',
  completed: 'completed',
  passed: 'passed',
  failed: 'failed',
};

/** `h:mm:ss`; '' for unknown. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '';
  const seconds = Math.round(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

/**
 * `YYYY-MM-DD HH:MM UTC` for times with an offset (xAPI), `YYYY-MM-DD HH:MM` for times without one
 * (Moodle prints the downloader's local time); '' for none.
 */
export function formatTime(timestamp: string | null): string {
  if (timestamp === null) return '';
  const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/.test(timestamp);
  if (hasOffset) {
    const time = Date.parse(timestamp);
    if (!Number.isNaN(time)) return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  }
  return timestamp.slice(0, 16).replace('T', ' ');
}

/** Fixed decimals; '' for unknown. */
export function formatNumber(value: number | null, decimals: number): string {
  return value === null ? '' : value.toFixed(decimals);
}

/** A score in percent: at most 2 decimals, no trailing zeros ("85", "66.67"); '' for none. */
export function formatScore(value: number | null): string {
  return value === null ? '' : String(Math.round(value * 100) / 100);
}
