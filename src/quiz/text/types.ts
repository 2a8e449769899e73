/**
 * The text layer of the quiz generator: what it finds in a lesson's prose (paragraphs, sentences,
 * entities, quantities), as plain readonly data for the item rules and their checks.
 */
import type { Language } from '../../model/course';
import type { KkCase } from '../../text/kk';

export type ParagraphKind = 'paragraph' | 'list-item' | 'list-intro';

export interface Paragraph {
  readonly kind: ParagraphKind;
  /** The inline text as written in the lesson (Markdown backslash escapes resolved). */
  readonly text: string;
  /** 1-based line in the lesson file where the block starts. */
  readonly line: number;
  /** For list items and list intros: index of the list in `LessonProse.lists`. */
  readonly list?: number;
}

/** A list introduced by a sentence ending with ':' (the multiple-response rule reads these). */
export interface IntroducedList {
  /** The paragraph ending with ':' (its whole text; its last sentence is the intro proper). */
  readonly intro: Paragraph;
  readonly items: readonly Paragraph[];
  readonly ordered: boolean;
}

export interface LessonProse {
  readonly paragraphs: readonly Paragraph[];
  readonly lists: readonly IntroducedList[];
}

export interface Sentence {
  /** As the lesson writes it, trimmed (citation marks kept), typing slips put right (src/text/spelling/corrections.ts). */
  readonly text: string;
  /** Offset of `text` in the string given to splitSentences. */
  readonly offset: number;
  /** Citation marks removed (unbalanced brackets left alone), spaces normalised. */
  readonly clean: string;
  /** Opens with a word that points back (Бұл, Осы, This…): needs the previous sentence. */
  readonly anaphoric: boolean;
  /** The opening word or phrase that points back or links, if any (also when `stated` takes it away). */
  readonly opener?: string;
  /**
   * What the sentence states when its opener only links it to the one before ("However, prices
   * fell in 2011." → "Prices fell in 2011."), or its first clause when it is long (src/quiz/text/
   * clauses.ts): the text stems are made from. Absent when the sentence is stated whole.
   */
  readonly stated?: string;
  /** Words in `clean`, or in the first clause when `stated` is a long sentence's first clause (src/quiz/text/clauses.ts). */
  readonly words: number;
}

/** Places (country … water, facility: a station, dam or field), bodies, documents and people. */
export type EntityType = 'country' | 'city' | 'region' | 'water' | 'facility' | 'organisation' | 'treaty' | 'person';

export interface EntityMention {
  readonly entityId: string;
  readonly type: EntityType;
  /** Offsets in the sentence string given to findEntities. */
  readonly start: number;
  readonly end: number;
  /** The whole mention as written, suffix included ("Қырғызстанның", "ШЫҰ– ның"). */
  readonly surface: string;
  /** The name part ("Қырғызстан", "ШЫҰ", "Н.Ә. Назарбаев"). */
  readonly stem: string;
  /** The inflection after the name, without its hyphen or spaces ("ның"); '' when bare. */
  readonly suffix: string;
  /** What joins stem and suffix: '' (attached), '-' (hyphenated, also for spaced dashes). */
  readonly joiner: '' | '-';
  /** The suffix starts with a derivational adjective ending (-лық/-дық, -лік…): "Қазақстандық". */
  readonly derived: boolean;
  /**
   * Kazakh only: the case the suffix marks, read by src/text/kk's analyse (absent when it finds
   * no reading with this stem, e.g. a derivation such as -лық). Options must carry the same case.
   */
  readonly kase?: KkCase;
  /** Kazakh only: whether the suffix is the form src/text/kk's inflect makes for this stem. */
  readonly wellFormed?: boolean;
  /**
   * True when the name is in the course's catalogue (gazetteer, glossary, or learned from the
   * text with a type): `entity` is then its entry. False for a person found by initials +
   * surname whose kind the text does not tell.
   */
  readonly catalogued: boolean;
  readonly entity?: import('./entities/types').Entity;
  /** The catalogue spelling the mention was found by (Russian: the name before its case ending). */
  readonly name?: string;
  /** Russian: the case the ending marks, read by src/text/ru (several when the form is ambiguous). */
  readonly ruCases?: readonly import('../../text/ru').RuCase[];
}

export type QuantityKind = 'year' | 'date' | 'percent' | 'amount' | 'number';

export interface Quantity {
  readonly kind: QuantityKind;
  /** The number ("1991", "33", "1,2"); for dates the day; for ranges the first. */
  readonly value: number;
  /** Second number of a range ("2017-2019", "18-25"). */
  readonly valueTo?: number;
  /** For dates: 1–12. */
  readonly month?: number;
  /** For dates with a year. */
  readonly year?: number;
  /**
   * Amounts: the scale as a language-neutral key ("thousand", "million", "billion", "trillion"
   * for мың/млн/млрд/трлн, million…); the written form stays in `surface`.
   */
  readonly scale?: string;
  /** Amounts: the unit as a key ("dollar" for доллар/долл./$, "tenge", "tonne", "km"…). */
  readonly unit?: string;
  /** The number as written ("1 200", "1,2", "2017-2019"). */
  readonly numberText: string;
  /** Whole match as written ("1991 жылы", "30%-ға", "1,2 млрд.долларға"). */
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  /** Inflection attached to the number or sign itself ("ші" in "2001-ші", "ға" in "30%-ға"). */
  readonly suffix: string;
}

export interface CourseSentence {
  readonly lesson: string;
  /** 1-based line of the paragraph in the lesson file. */
  readonly line: number;
  /** Index of the sentence in the course (stable: lesson order, then text order). */
  readonly index: number;
  /** Index of the sentence within its paragraph (0 = first). */
  readonly position: number;
  readonly paragraphKind: ParagraphKind;
  readonly sentence: Sentence;
  readonly entities: readonly EntityMention[];
  readonly quantities: readonly Quantity[];
  /**
   * The common noun it opens with that one of the two sentences before used ("… оркестрі құрылды.
   * Оркестр …"): it means the one just named, and the sentence alone does not say which
   * (src/quiz/text/echoes.ts).
   */
  readonly echo?: string;
}

export interface CourseText {
  readonly language: Language;
  readonly sentences: readonly CourseSentence[];
  /** Per lesson id: its prose and its colon-introduced lists. */
  readonly prose: ReadonlyMap<string, LessonProse>;
  /** Sentences (indexes into `sentences`) mentioning each entity id. */
  readonly byEntity: ReadonlyMap<string, readonly number[]>;
  /** Sentences holding each year (years of dates and ranges included). */
  readonly byYear: ReadonlyMap<number, readonly number[]>;
  /** Sentences holding each value, keyed by valueKey(kind, value, scale, unit). */
  readonly byValue: ReadonlyMap<string, readonly number[]>;
  /** The course's entities: gazetteer, glossary and names learned from the text. */
  readonly catalogue: import('./entities/catalogue').Catalogue;
  /** Entity ids seen in the course, per type, in first-seen order. */
  readonly entityPool: ReadonlyMap<EntityType, readonly string[]>;
  /** Distinct quantities per valueKey pool (kind + scale + unit), in first-seen order. */
  readonly valuePool: ReadonlyMap<string, readonly number[]>;
}
