import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Course } from '../../../src/model/course';
import { loadCourse } from '../../../src/load';
import { indexCourseText, stemHygiene, valueKey } from '../../../src/quiz/text';
import type { CourseText } from '../../../src/quiz/text';
import { courseFigures } from './course-figures';
import { typingSlip } from '../../../src/text/spelling/corrections';
import { dictionaryPath } from '../../../src/text/spelling/hunspell';

const COURSE_DIR = path.join(__dirname, '../../../course');
const GOLDEN = path.join(__dirname, '../../fixtures/quiz-text/course-figures.json');

let course: Course;
let text: CourseText;

beforeAll(async () => {
  const loaded = await loadCourse(COURSE_DIR);
  if (!loaded.course) throw new Error('the course did not load');
  course = loaded.course;
  text = indexCourseText(course);
});

describe('indexCourseText on the real course', () => {
  it('gives the figures of the golden file (UPDATE=1 rewrites it)', () => {
    const figures = courseFigures(text);
    if (process.env.UPDATE === '1') fs.writeFileSync(GOLDEN, `${JSON.stringify(figures, null, 2)}\n`);
    expect(figures).toEqual(JSON.parse(fs.readFileSync(GOLDEN, 'utf8')));
  });

  it('finds about as much material as docs/quiz-generation.md measured on the source text', () => {
    const figures = courseFigures(text);
    expect(figures.withYear).toBeGreaterThanOrEqual(110);
    expect(figures.withYear).toBeLessThanOrEqual(140);
    expect(figures.withPercent).toBeGreaterThanOrEqual(25);
    expect(figures.dates).toBeGreaterThanOrEqual(20);
    expect(figures.withScaledAmount).toBeGreaterThanOrEqual(15);
    expect(figures.acronymSentences['ШЫҰ']).toBeGreaterThanOrEqual(28);
    expect(figures.acronymSentences['АҚШ']).toBe(25);
    expect(figures.lists).toBe(22);
    expect(figures.listItems).toBe(112);
  });

  it('points every paragraph-opening sentence at the file line where it is written (typing slips put right)', () => {
    const files = new Map(course.lessons.map((lesson) => [lesson.id, fs.readFileSync(path.join(course.dir, lesson.file), 'utf8').split('\n')]));
    const words = (line: string) => line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    let corrected = 0;
    for (const entry of text.sentences.filter((s) => s.position === 0)) {
      const line = files.get(entry.lesson)?.[entry.line - 1] ?? '';
      const start = entry.sentence.text.split('\n')[0].slice(0, 30);
      if (line.includes(start)) continue;
      // the sentence's first whole words, each as the line writes it or a slip of it the generator put right
      const wanted = words(start).slice(0, -1);
      const written = words(line).slice(0, wanted.length);
      expect(wanted.map((word, index) => word === written[index] || typingSlip(written[index] ?? '', word))).not.toContain(false);
      corrected += 1;
    }
    // CI installs hunspell-kk (.ci/run): without the dictionary nothing is corrected
    if (dictionaryPath('kk') !== undefined || process.env.CI === 'true') expect(corrected).toBeGreaterThan(0);
  });

  it('joins spelling variants under one id in the lookups', () => {
    const kyrgyz = (text.byEntity.get('kyrgyzstan') ?? []).map((index) => text.sentences[index].entities.find((m) => m.entityId === 'kyrgyzstan')?.stem);
    expect(new Set(kyrgyz)).toEqual(new Set(['Қырғыстан', 'Қырғызстан', 'Кырғыстан', 'Қызғызстан']));
    const mirziyoyev = (text.byEntity.get('person-mirziyoyev') ?? []).flatMap((index) => text.sentences[index].entities.filter((m) => m.entityId === 'person-mirziyoyev').map((m) => m.stem));
    expect(mirziyoyev.some((stem) => stem.includes('Мирзеев'))).toBe(true);
    expect(mirziyoyev.some((stem) => stem.includes('Мирзиеев'))).toBe(true);
  });

  it('finds the other sentences a distractor year would make true (the 1992/1993 trap)', () => {
    const introduced = text.sentences.find((s) => s.sentence.clean.includes('термині формалды түрде 1993 жылы'));
    expect(introduced).toBeDefined();
    const with1992 = (text.byYear.get(1992) ?? []).map((index) => text.sentences[index].sentence.clean);
    expect(with1992.some((clean) => clean.includes('Орталық Азия термині 1992 жылы'))).toBe(true);
  });

  it('pools values by kind, scale and unit, and finds sentences by value', () => {
    expect(text.valuePool.get('percent||')).toEqual(expect.arrayContaining([33, 28, 35, 21]));
    expect(text.valuePool.get('amount|billion|dollar')?.length).toBeGreaterThanOrEqual(5);
    expect(text.byValue.get(valueKey({ kind: 'percent', value: 33 }))?.length).toBeGreaterThanOrEqual(1);
    expect(text.entityPool.get('country')?.slice(0, 5)).toEqual(['kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan']);
  });

  it('keeps no citation mark in clean sentences, and flags the two lone brackets', () => {
    expect(text.sentences.filter((s) => /\[\d/.test(s.sentence.clean))).toEqual([]);
    const leftover = text.sentences.filter((s) => stemHygiene(s.sentence).includes('leftover-bracket'));
    expect(leftover.map((s) => s.lesson)).toEqual(['s2-2', 's2-2']);
  });

  it('is deterministic', () => {
    const again = indexCourseText(course);
    expect(JSON.stringify(again.sentences)).toBe(JSON.stringify(text.sentences));
    expect([...again.byEntity]).toEqual([...text.byEntity]);
  });
});
