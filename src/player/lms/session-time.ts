/** SCORM 1.2 CMITimespan: `HHHH:MM:SS.SS` (the standard allows 2 to 4 hour digits). */

const MAX_CENTISECONDS = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;

export function formatScorm12Time(milliseconds: number): string {
  const safe = Number.isFinite(milliseconds) && milliseconds > 0 ? milliseconds : 0;
  const total = Math.min(Math.round(safe / 10), MAX_CENTISECONDS);
  const hours = Math.floor(total / 360000);
  const minutes = Math.floor(total / 6000) % 60;
  const seconds = Math.floor(total / 100) % 60;
  const centiseconds = total % 100;
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(centiseconds, 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
