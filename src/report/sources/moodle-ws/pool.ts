/** Runs `work` on every entry with at most `limit` at a time; results in the entries' order. */
export async function mapLimit<T, R>(entries: readonly T[], limit: number, work: (entry: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(entries.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    // Once one entry fails no new one starts: the first failure is what the user sees.
    while (!failed && next < entries.length) {
      const index = next;
      next += 1;
      try {
        results[index] = await work(entries[index] as T, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limit, entries.length)) }, worker);
  await Promise.all(workers);
  return results;
}
