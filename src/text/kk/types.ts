/** The seven Kazakh cases: атау, ілік, барыс, табыс, жатыс, шығыс, көмектес. */
export const KK_CASES = ['nom', 'gen', 'dat', 'acc', 'loc', 'abl', 'ins'] as const;
export type KkCase = (typeof KK_CASES)[number];

export interface InflectOptions {
  /** Add the plural -лар/-лер/… before the case suffix. */
  readonly plural?: boolean;
  /**
   * Add -ғы/-гі after the locative (Азиядағы, Ташкенттегі): "the one in …". Common in the text
   * (Азиядағы ×66), so a cloze key often carries it; only meaningful with `loc`.
   */
  readonly attributive?: boolean;
  /**
   * The stem already ends in a 3rd-person possessive (Ұйымы, Республикасы), so the case takes
   * its pronominal n: -ның, -на, -н, -нда, -нан. Known heads and acronyms are detected anyway.
   */
  readonly possessive?: boolean;
}

/** One way to read a word form as stem + case ending. */
export interface Analysis {
  readonly stem: string;
  readonly kase: KkCase;
  readonly plural: boolean;
  readonly attributive: boolean;
  /** Everything after the stem, without the acronym hyphen ('' for the nominative). */
  readonly suffix: string;
  /** Whether `inflect` of the stem gives exactly this form (false: right case, wrong allomorph). */
  readonly wellFormed: boolean;
}
