/**
 * A course sentence as a quiz states it: citation marks removed, spaces normalised and, in
 * Kazakh, detached acronym endings joined ("ШЫҰ– ның" → "ШЫҰ-ның") so that every option can be
 * written the same way. Entities and quantities are found again when joining moved offsets.
 */
import type { Language } from '../../../model/course';
import { normaliseSuffixSpacing } from '../../../text/kk';
import { findEntities } from '../../text/entities/find';
import { findQuantities } from '../../text/numbers';
import type { Catalogue } from '../../text/entities/catalogue';
import type { CourseSentence, EntityMention, Quantity } from '../../text/types';

export interface Statement {
  readonly sentence: CourseSentence;
  /** The normalised text: stems are cut from it, and a restored stem must equal it (check 1). */
  readonly text: string;
  /** Offsets into `text`. */
  readonly entities: readonly EntityMention[];
  readonly quantities: readonly Quantity[];
}

export function normaliseStatement(clean: string, language: Language): string {
  return language === 'kk' ? normaliseSuffixSpacing(clean) : clean;
}

/** What a stem restores: the sentence without a mere linking opener (Sentence.stated), normalised. */
export function statedText(sentence: { readonly clean: string; readonly stated?: string }, language: Language): string {
  return normaliseStatement(sentence.stated ?? sentence.clean, language);
}

/** `catalogue`: the course's (CourseText.catalogue), so that names found again are the ones the index found. */
export function statementOf(sentence: CourseSentence, language: Language, catalogue?: Catalogue): Statement {
  const text = statedText(sentence.sentence, language);
  if (text === sentence.sentence.clean) return { sentence, text, entities: sentence.entities, quantities: sentence.quantities };
  return { sentence, text, entities: findEntities(text, language, catalogue), quantities: findQuantities(text, language) };
}

/** The sentences of one lesson, in text order. */
export function lessonSentences(sentences: readonly CourseSentence[], lesson: string): CourseSentence[] {
  return sentences.filter((sentence) => sentence.lesson === lesson);
}
