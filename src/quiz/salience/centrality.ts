/**
 * How central each sentence of a lesson is: a tf-idf vector of its stems compared (cosine) with
 * every other sentence of the lesson (degree centrality: a sentence that shares rare words with
 * many others states what the lesson keeps returning to), with the lesson title, with its
 * chapter's overview and with the course's conclusion. Plain numbers, deterministic.
 */
import { countsOf, stemsOf } from './words';

export type Vector = ReadonlyMap<string, number>;

/** Inverse document frequency of every stem over a list of documents (sentences). */
export function idfOf(documents: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const stems of documents) for (const stem of new Set(stems)) df.set(stem, (df.get(stem) ?? 0) + 1);
  const total = documents.length;
  const idf = new Map<string, number>();
  for (const [stem, count] of df) idf.set(stem, Math.log((1 + total) / (1 + count)));
  return idf;
}

/** A unit-length tf-idf vector; empty when the text has no content word. */
export function vectorOf(stems: readonly string[], idf: ReadonlyMap<string, number>): Vector {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [stem, count] of countsOf(stems)) {
    const weight = count * (idf.get(stem) ?? Math.log(2));
    if (weight <= 0) continue;
    vector.set(stem, weight);
    norm += weight * weight;
  }
  const length = Math.sqrt(norm);
  if (length > 0) for (const [stem, weight] of vector) vector.set(stem, weight / length);
  return vector;
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [stem, weight] of small) sum += weight * (large.get(stem) ?? 0);
  return sum;
}

/** For each vector, the mean of its cosine with every other one (0 when alone). */
export function degreeCentrality(vectors: readonly Vector[]): number[] {
  // Σ over j ≠ i of cos(i, j) = Σ over stems s of w_i(s) · (T(s) − w_i(s)), T(s) the stem's total
  // weight: linear in the words instead of quadratic in the sentences
  const totals = new Map<string, number>();
  for (const vector of vectors) for (const [stem, weight] of vector) totals.set(stem, (totals.get(stem) ?? 0) + weight);
  const sums = vectors.map((vector) => {
    let sum = 0;
    for (const [stem, weight] of vector) sum += weight * (totals.get(stem)! - weight);
    return sum;
  });
  return sums.map((sum) => (vectors.length > 1 ? sum / (vectors.length - 1) : 0));
}

/** Scales values to [0, 1] by the largest (all zero stays zero). */
export function normalised(values: readonly number[]): number[] {
  const top = Math.max(0, ...values);
  return values.map((value) => (top > 0 ? value / top : 0));
}

export { stemsOf };
