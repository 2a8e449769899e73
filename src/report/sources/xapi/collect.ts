/**
 * A full garbage collection now and then while an LRS is read. Each page arrives as one JSON
 * text, a large string that V8 keeps in its large-object space until a full collection; left to
 * its own pace V8 lets them pile up to several times the data the report keeps (2 million
 * statements: 1.4 GB peak for a few hundred MB of records). The collector is V8's, reached as
 * src/self/collect-garbage.ts says.
 */
import { v8Collector } from '../../../self/collect-garbage';

/**
 * A full collection now, between two stages of a report: each stage (reading, analysing,
 * rendering) leaves garbage that V8, with gigabytes allowed, would let the next stage's grow on
 * (2 million statements: the peak goes from about 510 MB to about 430 MB).
 */
export function collectGarbage(collect: () => (() => void) | null = v8Collector): void {
  collect()?.();
}

/** Statements read between two full collections (2 million statements: ~100 collections, ~15 s of a 100 s read). */
export const STATEMENTS_PER_COLLECTION = 20_000;

/** Calls for a full collection once `every` more statements have been read (`collect`: the collector, V8's by default). */
export function collectEvery(every = STATEMENTS_PER_COLLECTION, collect: () => (() => void) | null = v8Collector): (statements: number) => void {
  let next = every;
  return (statements) => {
    if (statements < next) return;
    next = statements + every;
    collect()?.();
  };
}
