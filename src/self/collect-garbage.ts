/**
 * V8's full garbage collection, asked for by name where a stage leaves much garbage behind (a
 * report between its stages, a build between its lessons and its course packages): left to its
 * own pace V8 lets the old generation grow well past the data still in use. The collector is
 * reached by turning on V8's flag at run time and taking `gc` from a fresh context; where that
 * fails (another runtime), nothing is collected and only memory is lost.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

let collector: (() => void) | null | undefined;

/** V8's collector, or null where it cannot be reached. */
export function v8Collector(): (() => void) | null {
  if (collector !== undefined) return collector;
  try {
    v8.setFlagsFromString('--expose-gc');
    const found: unknown = vm.runInNewContext('gc');
    collector = typeof found === 'function' ? (found as () => void) : null;
  } catch {
    collector = null;
  }
  return collector;
}

/** A full collection now (`collect`: the collector, V8's by default). */
export function collectGarbage(collect: () => (() => void) | null = v8Collector): void {
  collect()?.();
}
