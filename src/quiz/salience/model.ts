/**
 * The salience of every sentence of the course, computed once per course: how central it is to
 * its lesson (see centrality.ts), how much it shares with the lesson title, its chapter's
 * overview and the course's conclusion, whether it states a thesis or definition, minus what
 * makes it read badly (misspellings the text itself betrays, see spelling.ts). Scores are in
 * [0, 1] within a lesson; higher is more central.
 */
import type { Course, Lesson } from '../../model/course';
import type { CourseSentence, CourseText } from '../text/types';
import { cosine, degreeCentrality, idfOf, normalised, stemsOf, vectorOf, type Vector } from './centrality';
import { THESIS_MARKERS } from './markers';
import { courseSpelling, suspectWords, type SpellingModel } from './spelling';

/** Weights of the parts of a sentence's score (they sum to 1 before the penalty). */
const WEIGHTS = { centrality: 0.45, title: 0.15, overview: 0.2, marker: 0.12, opening: 0.08 } as const;
/** Taken off per misspelt or glued word in the sentence. */
const SUSPECT_PENALTY = 0.25;

export interface SalienceModel {
  /** Score of a course sentence (by its index in CourseText.sentences), in [0, 1]. */
  score(sentenceIndex: number): number;
  /** Words of a text rare in the course (in at most RARE_SENTENCES sentences): what makes a statement specific. */
  rareWords(text: string): number;
  readonly spelling: SpellingModel;
}

/** A word stem in at most this many sentences of the course is specific to what it states. */
const RARE_SENTENCES = 3;

export function salienceModel(course: Course, text: CourseText): SalienceModel {
  const stems = text.sentences.map((sentence) => stemsOf(sentence.sentence.clean));
  const idf = idfOf(stems);
  const vectors = stems.map((list) => vectorOf(list, idf));
  const spelling = courseSpelling(text);
  const conclusion = conclusionOf(course);
  const conclusionStems = conclusion ? text.sentences.filter((sentence) => sentence.lesson === conclusion.id).flatMap((sentence) => stemsOf(sentence.sentence.clean)) : [];
  const scores = new Map<number, number>();
  for (const lesson of course.lessons) {
    const sentences = text.sentences.filter((sentence) => sentence.lesson === lesson.id);
    const own = sentences.map((sentence) => vectors[sentence.index]!);
    const centrality = normalised(degreeCentrality(own));
    const title = vectorOf(stemsOf(lesson.title), idf);
    const overview = vectorOf([...stemsOf(overviewOf(course, lesson)), ...(lesson.id === conclusion?.id ? [] : conclusionStems)], idf);
    const titleScores = normalised(own.map((vector) => cosine(vector, title)));
    const overviewScores = normalised(own.map((vector) => cosine(vector, overview)));
    sentences.forEach((sentence, position) => {
      const raw = WEIGHTS.centrality * centrality[position]! + WEIGHTS.title * titleScores[position]! + WEIGHTS.overview * overviewScores[position]!
        + WEIGHTS.marker * markerScore(sentence, text) + WEIGHTS.opening * (sentence.position === 0 ? 1 : 0)
        - SUSPECT_PENALTY * suspectWords(sentence.sentence.clean, spelling).length;
      scores.set(sentence.index, Math.max(0, Math.min(1, raw)));
    });
  }
  const df = new Map<string, number>();
  for (const list of stems) for (const stem of new Set(list)) df.set(stem, (df.get(stem) ?? 0) + 1);
  const rareWords = (shown: string) => new Set(stemsOf(shown).filter((stem) => (df.get(stem) ?? 0) <= RARE_SENTENCES)).size;
  return { score: (index) => scores.get(index) ?? 0, rareWords, spelling };
}

function markerScore(sentence: CourseSentence, text: CourseText): number {
  return THESIS_MARKERS[text.language].test(sentence.sentence.clean) ? 1 : 0;
}

function overviewOf(course: Course, lesson: Lesson): string {
  const chapter = course.chapters.find((found) => found.id === lesson.chapter);
  return chapter?.overview ?? '';
}

/**
 * The course's conclusion: its last lesson when that belongs to no chapter while others do (the
 * importer gives the introduction and conclusion no chapter). A summary of every lesson's key
 * claims, so overlap with it marks a sentence as central.
 */
export function conclusionOf(course: Course): Lesson | undefined {
  const last = course.lessons[course.lessons.length - 1];
  if (!last || last.chapter !== undefined || course.lessons.length < 3) return undefined;
  return course.lessons.some((lesson) => lesson.chapter !== undefined) ? last : undefined;
}

export type { Vector };
