/**
 * SCORM 2004 timeinterval (second, 10, 2): an ISO 8601 duration such as `PT1H2M3.45S`.
 * Hours are not folded into days (`PT26H` is as valid as `P1DT2H`, and simpler to read in
 * LMS reports); seconds carry at most two decimals, as the data type allows.
 */
import { formatReal } from './numbers';

export function formatIsoDuration(milliseconds: number): string {
  const safe = Number.isFinite(milliseconds) && milliseconds > 0 ? milliseconds : 0;
  const centiseconds = Math.round(safe / 10);
  const hours = Math.floor(centiseconds / 360000);
  const minutes = Math.floor(centiseconds / 6000) % 60;
  const seconds = (centiseconds % 6000) / 100;
  const parts = [hours > 0 ? `${hours}H` : '', minutes > 0 ? `${minutes}M` : ''];
  // An empty duration still needs one component: `PT0S`.
  if (seconds > 0 || (hours === 0 && minutes === 0)) parts.push(`${formatReal(seconds, 2)}S`);
  return `PT${parts.join('')}`;
}
