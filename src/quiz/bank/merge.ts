/**
 * Regeneration that respects review: what an instructor decided or wrote stays exactly as
 * they left it, and only what nobody has touched follows the generator.
 *
 * - hand-written items (rule `manual`) are always kept;
 * - rejected items are kept, so that generating the same item again cannot revive it;
 * - items whose content no longer matches their fingerprint (edited by hand) are kept;
 * - approved items are kept;
 * - untouched drafts are replaced by their new generation, or dropped when no longer generated;
 * - generated items with new ids are added as drafts.
 */
import type { QuestionBank, QuizItem } from '../../model/quiz';
import { MANUAL_RULE } from '../rules/registry';
import { isEdited } from './fingerprint';
import { compareItems } from './order';

export interface MergeStats {
  readonly keptApproved: number;
  readonly keptEdited: number;
  readonly keptRejected: number;
  readonly keptManual: number;
  /** Generated items with ids the bank did not have. */
  readonly new: number;
  /** Untouched drafts replaced by a different generation. */
  readonly updated: number;
  /** Untouched drafts generated again exactly as they were. */
  readonly unchanged: number;
  /** Untouched drafts no longer generated. */
  readonly dropped: number;
}

export interface BankIdentity {
  readonly course: string;
  readonly lesson: string;
  readonly language: string;
}

export interface MergeResult {
  readonly bank: QuestionBank;
  readonly stats: MergeStats;
}

type Counts = { -readonly [K in keyof MergeStats]: number };

/** What review made of an existing item, which decides whether regeneration may replace it. */
type Standing = 'manual' | 'rejected' | 'edited' | 'approved' | 'untouched-draft';

export function standingOf(item: QuizItem): Standing {
  if (item.rule === MANUAL_RULE) return 'manual';
  if (item.status === 'rejected') return 'rejected';
  if (isEdited(item)) return 'edited';
  return item.status === 'approved' ? 'approved' : 'untouched-draft';
}

/** `identity` names the bank (from the course) whether or not one existed. */
export function mergeBank(existing: QuestionBank | null, generated: readonly QuizItem[], identity: BankIdentity): MergeResult {
  const counts: Counts = { keptApproved: 0, keptEdited: 0, keptRejected: 0, keptManual: 0, new: 0, updated: 0, unchanged: 0, dropped: 0 };
  const regenerated = new Map(generated.map((item) => [item.id, item]));
  const seen = new Set<string>();
  const items: QuizItem[] = [];
  for (const item of existing?.items ?? []) {
    const kept = mergeOne(item, regenerated.get(item.id), seen.has(item.id), counts);
    seen.add(item.id);
    if (kept) items.push(kept);
  }
  for (const item of generated) {
    if (seen.has(item.id)) continue;
    items.push(item);
    counts.new++;
  }
  return { bank: { course: identity.course, lesson: identity.lesson, language: identity.language, items: items.sort(compareItems) }, stats: counts };
}

/** The item to keep in place of `item`, or undefined to drop it. */
function mergeOne(item: QuizItem, next: QuizItem | undefined, repeated: boolean, counts: Counts): QuizItem | undefined {
  switch (standingOf(item)) {
    case 'manual':
      counts.keptManual++;
      return item;
    case 'rejected':
      counts.keptRejected++;
      return item;
    case 'edited':
      counts.keptEdited++;
      return item;
    case 'approved':
      counts.keptApproved++;
      return item;
    case 'untouched-draft':
      // A second draft with an id already used (a lint error) must not bring the new item in twice.
      if (!next || repeated) {
        counts.dropped++;
        return undefined;
      }
      if (next.fingerprint === item.fingerprint) counts.unchanged++;
      else counts.updated++;
      return next;
  }
}
