/**
 * Numbers for the 2004 data model (real(10,7)): rounded to at most seven decimals and written
 * without exponent or float noise (`0.6667`, not `0.6667000000000001`; `0.0000001`, not `1e-7`).
 */
export function formatReal(value: number, decimals = 7): string {
  if (!Number.isFinite(value)) return '0';
  const fixed = value.toFixed(decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
