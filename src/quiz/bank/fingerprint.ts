/**
 * An item's fingerprint: a short hash of its content as generated. Review status and the stale
 * mark are left out, so approving or rejecting an item (or generate marking it stale) is not an
 * edit; any change to the text, options, answers or source is, and regeneration then keeps the
 * item as the instructor left it.
 */
import { createHash } from 'node:crypto';
import type { QuizItem } from '../../model/quiz';

/** 16 hex digits (64 bits): ample to tell an edit apart within one item's history. */
const FINGERPRINT_LENGTH = 16;

export function fingerprintOf(item: QuizItem): string {
  const { status: _status, fingerprint: _fingerprint, stale: _stale, ...content } = item;
  return createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, FINGERPRINT_LENGTH);
}

/** True when the item's content differs from what was generated (or it was never generated). */
export function isEdited(item: QuizItem): boolean {
  return item.fingerprint !== fingerprintOf(item);
}

/** JSON with object keys sorted at every level, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
