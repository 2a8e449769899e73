/** xAPI durations: ISO 8601 (`PT1H2M3.45S`), to a hundredth of a second as xAPI 1.0.3 keeps them. */

export function isoDuration(milliseconds: number): string {
  const centiseconds = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6_000);
  const seconds = (centiseconds % 6_000) / 100;
  const h = hours > 0 ? `${hours}H` : '';
  const m = minutes > 0 ? `${minutes}M` : '';
  // Seconds are always written, so that zero is `PT0S` and not the invalid `PT`.
  const s = seconds > 0 || (h === '' && m === '') ? `${Number(seconds.toFixed(2))}S` : '';
  return `PT${h}${m}${s}`;
}
