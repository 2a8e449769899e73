/**
 * Strings kept once and named by a small integer: a column of a record table holds the integer,
 * not another copy of a learner key, lesson, item or response that repeats in every record.
 */
export class StringTable {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];

  /** The string's number, given on first sight (0, 1, 2… in that order). */
  id(text: string): number {
    const known = this.ids.get(text);
    if (known !== undefined) return known;
    const id = this.texts.length;
    this.ids.set(text, id);
    this.texts.push(text);
    return id;
  }

  /** The string numbered `id` (`id` from `this.id`). */
  text(id: number): string {
    const text = this.texts[id];
    if (text === undefined) throw new RangeError(`No string numbered ${id} (${this.texts.length} kept).`);
    return text;
  }

  get size(): number {
    return this.texts.length;
  }
}
