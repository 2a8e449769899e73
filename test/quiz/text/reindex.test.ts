/**
 * One edited lesson read again against the last full reading of the course (reindexCourseText):
 * the same text a full reading gives when the edit teaches nothing new of the whole text, far
 * less work, and a full reading again when a second lesson or the course's settings change.
 */
import * as path from 'node:path';
import { loadCourse } from '../../../src/load';
import type { Course } from '../../../src/model/course';
import { indexCourseText, reindexCourseText } from '../../../src/quiz/text/course-text';
import type { CourseText } from '../../../src/quiz/text/types';

const COURSE_DIR = path.join(__dirname, '../../../course');
let course: Course;
let full: CourseText;

beforeAll(async () => {
  const loaded = await loadCourse(COURSE_DIR);
  course = loaded.course!;
  full = indexCourseText(course);
}, 60_000);

/** The course with one sentence added at the end of a lesson's body. */
function edited(base: Course, lessonId: string, sentence: string): Course {
  return { ...base, lessons: base.lessons.map((lesson) => (lesson.id === lessonId ? { ...lesson, body: `${lesson.body}\n\n${sentence}\n` } : lesson)) };
}

/** What a check reads of the text: sentences with their facts, and the lookups. */
const readable = (text: CourseText) => JSON.stringify({
  sentences: text.sentences,
  byYear: [...text.byYear], byEntity: [...text.byEntity], byValue: [...text.byValue], entityPool: [...text.entityPool], valuePool: [...text.valuePool],
});

describe('reading one edited lesson again', () => {
  it('gives what a full reading gives when the edit teaches nothing new of the whole text', () => {
    const after = edited(course, 's1-3', 'Қазақстан мен Өзбекстан 2018 жылы жаңа сауда келісіміне қол қойды.');
    const again = reindexCourseText(full, after);
    expect(readable(again)).toBe(readable(indexCourseText(after)));
    // the new sentence is there, after the lesson's others, and every later sentence is renumbered
    const added = again.sentences.find((sentence) => sentence.sentence.clean.startsWith('Қазақстан мен Өзбекстан 2018 жылы жаңа сауда'));
    expect(added?.lesson).toBe('s1-3');
    expect(again.sentences.every((sentence, index) => sentence.index === index)).toBe(true);
    expect(again.sentences.length).toBe(full.sentences.length + 1);
  });

  it('reads the lesson again each time it is saved, always against the same full reading', () => {
    const first = reindexCourseText(full, edited(course, 's1-3', 'Бірінші қосылған сөйлем 2019 жылы жазылды.'));
    const second = reindexCourseText(first, edited(course, 's1-3', 'Екінші қосылған сөйлем 2020 жылы жазылды.'));
    expect(second.sentences.some((sentence) => sentence.sentence.clean.includes('Бірінші қосылған'))).toBe(false);
    expect(second.sentences.some((sentence) => sentence.sentence.clean.includes('Екінші қосылған'))).toBe(true);
    expect(second.catalogue).toBe(full.catalogue);
    // the lesson back as it was: the full reading itself
    expect(reindexCourseText(second, course)).toBe(full);
  });

  it('reads the whole course again when a second lesson or the course\'s settings change', () => {
    const one = reindexCourseText(full, edited(course, 's1-3', 'Бірінші қосылған сөйлем 2019 жылы жазылды.'));
    const two = edited(edited(course, 's1-3', 'Бірінші қосылған сөйлем 2019 жылы жазылды.'), 's2-1', 'Тағы бір сөйлем 2021 жылы қосылды.');
    const again = reindexCourseText(one, two);
    expect(again.catalogue).not.toBe(full.catalogue);
    expect(readable(again)).toBe(readable(indexCourseText(two)));
    const retitled = { ...course, title: { kk: 'Басқа атау' } };
    expect(reindexCourseText(full, retitled).catalogue).not.toBe(full.catalogue);
  });
});
