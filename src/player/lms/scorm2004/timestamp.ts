/**
 * SCORM 2004 time (second, 10, 0): `YYYY-MM-DDThh:mm:ss.sTZD`. The data type allows a time
 * zone only after fractional seconds, so the fraction is always written; UTC (`Z`) keeps the
 * LMS from guessing the learner's zone.
 */
export function formatIsoTimestamp(date: Date): string {
  const iso = date.toISOString(); // 2026-11-26T03:50:21.123Z
  const centiseconds = iso.slice(20, 22);
  return `${iso.slice(0, 19)}.${centiseconds}Z`;
}
