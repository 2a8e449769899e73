/**
 * Spelling variants: two spellings one letter apart (one letter added, dropped, changed, or two
 * neighbours swapped: Ташкнт / Ташкент, Өзбекстна / Өзбекстан) or differing only in ё/е
 * (Мирзиёев / Мирзиеев) name the same thing when both are long enough for the difference to
 * be a slip rather than another word. Found with a deletion index (each spelling with one letter
 * deleted), so a text's words are compared with every known name at once.
 */

/** Shorter names are too often different words one letter apart (Иран / Ирак, Ливия / Лидия). */
export const MIN_VARIANT_LENGTH = 6;

export function foldSpelling(word: string): string {
  return word.toLowerCase().replace(/ё/gu, 'е');
}

function deletions(word: string): string[] {
  const letters = [...word];
  return letters.map((_, index) => [...letters.slice(0, index), ...letters.slice(index + 1)].join(''));
}

/** Damerau–Levenshtein distance at most one (an adjacent swap counts as one). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i += 1;
  if (x.length === y.length) {
    if (x.slice(i + 1).join('') === y.slice(i + 1).join('')) return true; // one letter changed
    return x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2).join('') === y.slice(i + 2).join(''); // swapped
  }
  const [longer, shorter] = x.length > y.length ? [x, y] : [y, x];
  return longer.slice(i + 1).join('') === shorter.slice(i).join('');
}

export class VariantIndex<T> {
  private readonly byDeletion = new Map<string, { spelling: string; value: T }[]>();

  add(spelling: string, value: T): void {
    const folded = foldSpelling(spelling);
    if ([...folded].length < MIN_VARIANT_LENGTH) return;
    for (const key of [folded, ...deletions(folded)]) {
      const list = this.byDeletion.get(key) ?? [];
      list.push({ spelling: folded, value });
      this.byDeletion.set(key, list);
    }
  }

  /** The values whose spelling is one edit from `word`; several when it is ambiguous. */
  near(word: string): T[] {
    const folded = foldSpelling(word);
    if ([...folded].length < MIN_VARIANT_LENGTH) return [];
    const found = new Set<T>();
    for (const key of [folded, ...deletions(folded)]) {
      for (const entry of this.byDeletion.get(key) ?? []) if (oneEditApart(entry.spelling, folded)) found.add(entry.value);
    }
    return [...found];
  }
}
