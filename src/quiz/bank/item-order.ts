/**
 * The fixed order of an item's keys, per kind: what a reviewer reads first comes first
 * (the question, its answers, the feedback), the bookkeeping last. Reading and writing both
 * go through here, so a bank file's layout never depends on how an item was made.
 */
import { assertNever, type MatchPair, type Option, type QuizItem } from '../../model/quiz';
import type { RawItem } from './raw';

/** A copy of the item with its keys (and those of its parts) in the bank file's order. */
export function orderedItem(item: QuizItem): QuizItem {
  const head = { id: item.id, kind: item.kind, status: item.status, rule: item.rule, stem: item.stem } as const;
  const tail = {
    feedback: item.feedback,
    source: { lesson: item.source.lesson, line: item.source.line, text: item.source.text },
    ...(item.stale ? { stale: true as const } : {}),
    fingerprint: item.fingerprint,
  };
  switch (item.kind) {
    case 'choice':
      return { ...head, kind: item.kind, options: item.options.map(option), answer: item.answer, ...tail };
    case 'true-false':
      return { ...head, kind: item.kind, answer: item.answer, ...tail };
    case 'multiple-response':
      return { ...head, kind: item.kind, options: item.options.map(option), answers: [...item.answers], ...tail };
    case 'ordering':
      return { ...head, kind: item.kind, steps: item.steps.map(option), ...tail };
    case 'matching':
      return { ...head, kind: item.kind, pairs: item.pairs.map(pair), ...tail };
    default:
      return assertNever(item);
  }
}

/** A checked raw item as the model's item; a missing fingerprint (hand-written items) reads as empty. */
export function itemFromRaw(raw: RawItem): QuizItem {
  // The schema's per-kind branches guarantee the fields each kind needs.
  return orderedItem({ ...raw, fingerprint: raw.fingerprint ?? '' } as QuizItem);
}

function option(value: Option): Option {
  return { id: value.id, text: value.text };
}

function pair(value: MatchPair): MatchPair {
  return { id: value.id, left: value.left, right: value.right };
}
