/**
 * Indexes the whole course text once: every sentence of every lesson with its place, flags,
 * entities and quantities, and the lookups the item checks need — which sentences mention an
 * entity, a year or a value (so a distractor can be checked against the whole text, not only
 * its stem), and per-type pools to draw distractors from.
 */
import { courseTitle, type Course, type Language, type Lesson } from '../../model/course';
import { correctText, spellingCorrections, type SpellingCorrections } from '../../text/spelling/corrections';
import { hyphenModel, tidyHyphens, type HyphenModel } from '../../text/spelling/hyphens';
import { catalogueOf, withGlossary, withLearned, type Catalogue } from './entities/catalogue';
import { findEntities } from './entities/find';
import { peopleRoot, spellingsOf } from './entities/types';
import { learnEntities } from './entities/learn';
import { findQuantities } from './numbers';
import { lessonProse } from './paragraphs';
import { splitSentences } from './sentences';
import { ECHO_DISTANCE, echoedNoun } from './echoes';
import { namedTopicCity } from './topic-city';
import type { CourseSentence, CourseText, EntityType, LessonProse, Paragraph, Quantity } from './types';

/** Groups quantities that can stand for each other: same kind, scale and unit. */
export function valuePoolKey(quantity: Pick<Quantity, 'kind' | 'scale' | 'unit'>): string {
  return `${quantity.kind}|${quantity.scale ?? ''}|${quantity.unit ?? ''}`;
}

/** One value of one pool ("percent||:33", "amount|billion|dollar:1.2"). */
export function valueKey(quantity: Pick<Quantity, 'kind' | 'scale' | 'unit' | 'value'>): string {
  return `${valuePoolKey(quantity)}:${quantity.value}`;
}

/** Years a quantity states: a year, both ends of a year range, the year of a date. */
export function yearsOf(quantity: Quantity): number[] {
  if (quantity.kind === 'year') return quantity.valueTo === undefined ? [quantity.value] : [quantity.value, quantity.valueTo];
  if (quantity.kind === 'date' && quantity.year !== undefined) return [quantity.year];
  return [];
}

/**
 * The entities are those of the gazetteer, the course glossary and the names learned from the
 * whole text (learn.ts) before any sentence is read for them.
 */
export function indexCourseText(course: Course): CourseText {
  const written = course.lessons.map((lesson) => ({ lesson, prose: lessonProse(lesson) }));
  const paragraphs = written.flatMap(({ prose }) => prose.paragraphs.map((paragraph) => paragraph.text));
  const corrections = spellingCorrections(paragraphs, course.language);
  const hyphens = hyphenModel(paragraphs, course.language);
  const prose = new Map<string, LessonProse>();
  const split: SplitSentence[] = [];
  for (const { lesson, prose: asWritten } of written) {
    const lessonText = correctedProse(asWritten, corrections, hyphens);
    prose.set(lesson.id, lessonText);
    split.push(...lessonSentences(lesson, lessonText, course, split.length));
  }
  const known = withGlossary(course.glossary);
  const learned = learnEntities(split.map((sentence) => sentence.sentence.clean), course.language, known);
  const found = withLearned(known, learned.entities, learned.spellings);
  const topical = withTopics(course, found, split.map((sentence) => withFacts(sentence, course, found)));
  const sentences = asStated(topical.sentences, topical.catalogue, course.language);
  const text: CourseText = { language: course.language, sentences, prose, catalogue: topical.catalogue, ...lookups(sentences) };
  READINGS.set(text, { key: readingKey(course), corrections, hyphens, written: new Map(written.map(({ lesson, prose: asWritten }) => [lesson.id, asWritten])), full: text });
  return text;
}

/**
 * What a full reading of the course learned from all of it (typing slips, hyphens, the names and
 * topics in the catalogue), kept beside the text it made so that one edited lesson can be read
 * again against it (reindexCourseText).
 */
interface Reading {
  /** The course's language, title, glossary and lessons: a change to any reads everything again. */
  readonly key: string;
  readonly corrections: SpellingCorrections;
  readonly hyphens: HyphenModel;
  /** Per lesson id: its prose as written, when the full reading was made. */
  readonly written: ReadonlyMap<string, LessonProse>;
  /** The last full reading. */
  readonly full: CourseText;
  /** `written` compared as text, made at the first re-reading (a full reading needs none). */
  writtenKeys?: ReadonlyMap<string, string>;
}

const READINGS = new WeakMap<CourseText, Reading>();

function readingKey(course: Course): string {
  return JSON.stringify([course.language, course.title, course.glossary ?? null, course.lessons.map((lesson) => lesson.id)]);
}

function proseKey(prose: LessonProse): string {
  return JSON.stringify(prose);
}

/**
 * The course text after an edit, read again as little as possible: when one lesson's prose
 * differs from the last full reading (and the course's language, title, glossary and lessons are
 * the same), only that lesson is split, corrected and searched again, against what the full
 * reading learned from the whole text (its typing slips, hyphens, names and topics; milliseconds
 * instead of about a second for the first course). The result can differ from a full reading only
 * where that lesson's edit would have changed what is learned from the whole text (a new name
 * learned, a slip now written often enough); a second lesson changed, or anything else, reads the
 * whole course again. The studio's review checks use it after each lesson is saved.
 */
export function reindexCourseText(previous: CourseText, course: Course): CourseText {
  const reading = READINGS.get(previous);
  if (!reading || reading.key !== readingKey(course)) return indexCourseText(course);
  const written = course.lessons.map((lesson) => ({ lesson, prose: lessonProse(lesson) }));
  reading.writtenKeys ??= new Map([...reading.written].map(([id, prose]) => [id, proseKey(prose)]));
  const keys = reading.writtenKeys;
  const changed = written.filter(({ lesson, prose }) => keys.get(lesson.id) !== proseKey(prose));
  if (changed.length === 0) return reading.full;
  if (changed.length > 1) return indexCourseText(course);
  const [edited] = changed;
  const full = reading.full;
  const sentences: CourseSentence[] = [];
  const prose = new Map(full.prose);
  for (const { lesson } of written) {
    if (lesson.id === edited!.lesson.id) {
      const lessonText = correctedProse(edited!.prose, reading.corrections, reading.hyphens);
      prose.set(lesson.id, lessonText);
      const split = lessonSentences(lesson, lessonText, course, sentences.length);
      sentences.push(...asStated(split.map((sentence) => withFacts(sentence, course, full.catalogue)), full.catalogue, course.language));
      continue;
    }
    for (const sentence of full.sentences) {
      if (sentence.lesson !== lesson.id) continue;
      sentences.push(sentence.index === sentences.length ? sentence : { ...sentence, index: sentences.length });
    }
  }
  const text: CourseText = { language: course.language, sentences, prose, catalogue: full.catalogue, ...lookups(sentences) };
  READINGS.set(text, reading);
  return text;
}

/**
 * The lesson's prose with typing slips put right and mis-spaced hyphens joined, before any rule
 * reads it: stems, options and the items' source show the right spelling, the lesson file keeps the
 * author's (when a word counts as a slip: src/text/spelling/corrections.ts; hyphens:
 * src/text/spelling/hyphens.ts).
 */
function correctedProse(prose: LessonProse, corrections: SpellingCorrections, hyphens: HyphenModel): LessonProse {
  const fix = (paragraph: Paragraph): Paragraph => {
    const text = tidyHyphens(correctText(paragraph.text, corrections), hyphens);
    return text === paragraph.text ? paragraph : { ...paragraph, text };
  };
  return {
    paragraphs: prose.paragraphs.map(fix),
    lists: prose.lists.map((list) => ({ ...list, intro: fix(list.intro), items: list.items.map(fix) })),
  };
}

/** An entity named in this share of the course's sentences or more is what the course is about… */
const TOPIC_SHARE = 0.25;
/** …in a course of this many sentences at least: in a short text a share says little. */
const TOPIC_MIN_SENTENCES = 40;

/**
 * The course's topic entities, beside those its glossary names (`topic:`): the ones its title
 * names ("Арал өңірінің…", "Energy in Central Asia"), one named in a quarter of its sentences
 * or more (in a course of 40 sentences or more), and the world regions it names in nearly every
 * lesson (frameRegions). A topic is never blanked nor offered: "____ теңізінің тартылуы" in a course on the
 * Aral asks only for the name the whole course is about (blind reviews rejected every such item).
 */
function withTopics(course: Course, catalogue: Catalogue, sentences: CourseSentence[]): { catalogue: Catalogue; sentences: CourseSentence[] } {
  const title = courseTitle(course);
  const topics = new Set([...findEntities(title, course.language, catalogue).map((mention) => mention.entityId), ...peopleInTitle(title, course.language, catalogue)]);
  const mentionedIn = new Map<string, number>();
  for (const sentence of sentences) for (const id of new Set(sentence.entities.map((mention) => mention.entityId))) mentionedIn.set(id, (mentionedIn.get(id) ?? 0) + 1);
  const [most] = [...mentionedIn].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (most && sentences.length >= TOPIC_MIN_SENTENCES && most[1] >= TOPIC_SHARE * sentences.length) topics.add(most[0]);
  for (const id of frameRegions(catalogue, sentences, course.lessons.length)) topics.add(id);
  const fresh = [...topics].filter((id) => catalogue.byId.get(id)?.topic !== true);
  if (fresh.length === 0) return { catalogue, sentences };
  const marked = catalogueOf(catalogue.entities.map((entity) => (fresh.includes(entity.id) ? { ...entity, topic: true } : entity)));
  const remapped = sentences.map((sentence) => (sentence.entities.some((mention) => fresh.includes(mention.entityId))
    ? { ...sentence, entities: sentence.entities.map((mention) => (fresh.includes(mention.entityId) ? { ...mention, entity: marked.byId.get(mention.entityId) } : mention)) }
    : sentence));
  return { catalogue: marked, sentences: remapped };
}

/**
 * A "-stan" country whose people the title names ("The Kyrgyz Epic Manas", "Қазақ киносының
 * тарихы"): the course is about that country, and blanked it is read off the title (blind review,
 * round 16: "Kyrgyzstan" blanked in a course on the Kyrgyz epic, "anyone can fill that in").
 */
function peopleInTitle(title: string, language: Language, catalogue: Catalogue): string[] {
  const words = (title.toLowerCase().match(/\p{L}+/gu) ?? []);
  return catalogue.entities.filter((entity) => entity.type === 'country' && spellingsOf(entity, language).some((name) => {
    const root = peopleRoot(name);
    return root !== undefined && words.some((word) => word.startsWith(root));
  })).map((entity) => entity.id);
}

/** A world region named in this share of the lessons or more is the frame of the whole course… */
const FRAME_SHARE = 0.75;
/** …in a course of this many lessons at least. */
const FRAME_MIN_LESSONS = 4;

/**
 * World regions the course names in nearly every lesson ("Central Asia" in a text on the Tian
 * Shan's forests): what the course is set in, not a fact to ask. Blanked, it was offered with
 * "America", "Siberia" and "Europe", which no reader of the course would pick (blind review,
 * round 15).
 */
function frameRegions(catalogue: Catalogue, sentences: readonly CourseSentence[], lessons: number): string[] {
  if (lessons < FRAME_MIN_LESSONS) return [];
  const lessonsOf = new Map<string, Set<string>>();
  for (const sentence of sentences) {
    for (const mention of sentence.entities) {
      if (catalogue.byId.get(mention.entityId)?.group !== 'world-region') continue;
      const named = lessonsOf.get(mention.entityId) ?? new Set<string>();
      named.add(sentence.lesson);
      lessonsOf.set(mention.entityId, named);
    }
  }
  return [...lessonsOf].filter(([, named]) => named.size >= FRAME_SHARE * lessons).map(([id]) => id).sort();
}

type SplitSentence = Omit<CourseSentence, 'entities' | 'quantities'>;

function lessonSentences(lesson: Lesson, prose: LessonProse, course: Course, firstIndex: number): SplitSentence[] {
  const out: SplitSentence[] = [];
  for (const paragraph of prose.paragraphs) {
    splitSentences(paragraph.text, course.language).forEach((sentence, position) => {
      out.push({ lesson: lesson.id, line: paragraph.line, index: firstIndex + out.length, position, paragraphKind: paragraph.kind, sentence });
    });
  }
  return out;
}

/** Offsets of entities and quantities refer to the clean text, the one stems are made from. */
function withFacts(sentence: SplitSentence, course: Course, catalogue: Catalogue): CourseSentence {
  const clean = sentence.sentence.clean;
  return { ...sentence, entities: findEntities(clean, course.language, catalogue), quantities: findQuantities(clean, course.language) };
}

/** Sentences with their facts, as the rules read them: "the city" named (withTopicCity), then what each repeats from the ones before (withEchoes). */
function asStated(sentences: CourseSentence[], catalogue: Catalogue, language: Language): CourseSentence[] {
  return withEchoes(withTopicCity(sentences, catalogue, language), language);
}

/**
 * In a course about one city (its only topic city), a sentence naming no city states "the city"
 * by the city's name (topic-city.ts): "В 1936 году город переименовали" → "В 1936 году Тараз …".
 */
function withTopicCity(sentences: CourseSentence[], catalogue: Catalogue, language: Language): CourseSentence[] {
  const cities = catalogue.entities.filter((entity) => entity.topic === true && entity.type === 'city');
  // one city, of the gazetteer: one learned from the text may be typed a city wrongly ("Алаш")
  const name = cities.length === 1 && cities[0]!.source === 'gazetteer' ? cities[0]!.names[language]?.[0] : undefined;
  if (name === undefined) return sentences;
  return sentences.map((sentence) => {
    if (sentence.entities.some((mention) => mention.type === 'city')) return sentence;
    const stated = namedTopicCity(sentence.sentence.stated ?? sentence.sentence.clean, language, name);
    return stated === undefined ? sentence : { ...sentence, sentence: { ...sentence.sentence, stated } };
  });
}

/** Each sentence with the noun it repeats from the two before it in its lesson, if it opens with one. */
function withEchoes(sentences: readonly CourseSentence[], language: Language): CourseSentence[] {
  return sentences.map((sentence, at) => {
    const before = sentences.slice(Math.max(0, at - ECHO_DISTANCE), at).filter((earlier) => earlier.lesson === sentence.lesson).map((earlier) => earlier.sentence);
    const echo = before.length > 0 ? echoedNoun(sentence.sentence, sentence.entities, before, language) : undefined;
    return echo ? { ...sentence, echo } : sentence;
  });
}

type Lookups = Pick<CourseText, 'byEntity' | 'byYear' | 'byValue' | 'entityPool' | 'valuePool'>;

function lookups(sentences: readonly CourseSentence[]): Lookups {
  const byEntity = new Map<string, number[]>();
  const byYear = new Map<number, number[]>();
  const byValue = new Map<string, number[]>();
  const entityPool = new Map<EntityType, string[]>();
  const valuePool = new Map<string, number[]>();
  for (const { index, entities, quantities } of sentences) {
    for (const mention of entities) {
      addOnce(byEntity, mention.entityId, index);
      addOnce(entityPool, mention.type, mention.entityId);
    }
    for (const quantity of quantities) {
      for (const year of yearsOf(quantity)) addOnce(byYear, year, index);
      addOnce(byValue, valueKey(quantity), index);
      addOnce(valuePool, valuePoolKey(quantity), quantity.value);
    }
  }
  return { byEntity, byYear, byValue, entityPool, valuePool };
}

/** Appends unless already the last or present: keeps first-seen order, no duplicates. */
function addOnce<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
