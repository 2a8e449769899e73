/**
 * Figures of the text layer on a course, comparable to the table in
 * /work/shared/docs/quiz-generation.md ("Material in this text"): counted over usable sentences
 * (6–45 words), like the table. Used by the course test; print them with
 * npx esbuild test/quiz/text/course-figures.ts --bundle --platform=node | node - course
 */
import type { CourseText } from '../../../src/quiz/text';
import { MAX_STEM_WORDS, MIN_STEM_WORDS } from '../../../src/quiz/text';

export interface CourseFigures {
  readonly sentences: number;
  readonly usable: number;
  readonly anaphoric: number;
  readonly withYear: number;
  readonly distinctYears: number;
  readonly dates: number;
  readonly withPercent: number;
  readonly withScaledAmount: number;
  readonly withAcronym: number;
  readonly acronymSentences: Readonly<Record<string, number>>;
  readonly withCountry: number;
  readonly withCity: number;
  readonly personMentions: number;
  readonly personMentionsByInitials: number;
  readonly lists: number;
  readonly listItems: number;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}$/u;

export function courseFigures(text: CourseText): CourseFigures {
  const usable = text.sentences.filter(({ sentence }) => sentence.words >= MIN_STEM_WORDS && sentence.words <= MAX_STEM_WORDS);
  const count = (test: (s: (typeof usable)[number]) => boolean) => usable.filter(test).length;
  const years = new Set(usable.flatMap((s) => s.quantities.filter((q) => q.kind === 'year').map((q) => q.value)));
  const acronymSentences: Record<string, number> = {};
  for (const s of usable) {
    for (const stem of new Set(s.entities.filter((m) => ACRONYM.test(m.stem)).map((m) => m.stem))) acronymSentences[stem] = (acronymSentences[stem] ?? 0) + 1;
  }
  const people = usable.flatMap((s) => s.entities.filter((m) => m.type === 'person'));
  const lists = [...text.prose.values()].flatMap((prose) => prose.lists);
  return {
    sentences: text.sentences.length,
    usable: usable.length,
    anaphoric: count((s) => s.sentence.anaphoric),
    withYear: count((s) => s.quantities.some((q) => q.kind === 'year')),
    distinctYears: years.size,
    dates: usable.reduce((sum, s) => sum + s.quantities.filter((q) => q.kind === 'date').length, 0),
    withPercent: count((s) => s.quantities.some((q) => q.kind === 'percent')),
    withScaledAmount: count((s) => s.quantities.some((q) => q.kind === 'amount' && q.scale !== undefined)),
    withAcronym: count((s) => s.entities.some((m) => m.type === 'organisation' && ACRONYM.test(m.stem))),
    acronymSentences,
    withCountry: count((s) => s.entities.some((m) => m.type === 'country')),
    withCity: count((s) => s.entities.some((m) => m.type === 'city')),
    personMentions: people.length,
    personMentionsByInitials: people.filter((m) => /^\p{Lu}\p{Ll}?\./u.test(m.surface)).length,
    lists: lists.length,
    listItems: lists.reduce((sum, list) => sum + list.items.length, 0),
  };
}

if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadCourse } = require('../../../src/load') as typeof import('../../../src/load');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { indexCourseText } = require('../../../src/quiz/text') as typeof import('../../../src/quiz/text');
  void loadCourse(process.argv[2] ?? 'course').then(({ course }) => {
    if (!course) throw new Error('the course did not load');
    console.log(JSON.stringify(courseFigures(indexCourseText(course)), null, 2));
  });
}
