import { DEFAULT_SETTINGS, type Chapter, type Course, type Lesson, type ScreenLength } from '../../src/model/course';

const place = { file: 'course/chapters/lesson.md', line: 1, column: 1 };

export function makeLesson(overrides: Partial<Lesson> = {}): Lesson {
  return {
    id: 'l1',
    title: 'Сабақ',
    order: 1,
    body: '',
    file: 'chapters/lesson.md',
    bodyLine: 6,
    place,
    ...overrides,
  };
}

export function makeChapter(overrides: Partial<Chapter> = {}): Chapter {
  return { id: 'ch1', number: '1', title: 'Бірінші тарау', place, ...overrides };
}

export function makeCourse(lessons: readonly Lesson[], overrides: Partial<Course> = {}): Course {
  return {
    id: 'test-course',
    version: '1.0.0',
    language: 'kk',
    title: { kk: 'Сынақ курсы', en: 'Test course' },
    authors: [],
    settings: DEFAULT_SETTINGS,
    chapters: [],
    lessons,
    dir: '/tmp/test-course',
    ...overrides,
  };
}

/** A course holding just this lesson, with the given screen limits. */
export function courseWith(lesson: Lesson, screen?: ScreenLength, overrides: Partial<Course> = {}): Course {
  return makeCourse([lesson], { settings: { ...DEFAULT_SETTINGS, screen: screen ?? DEFAULT_SETTINGS.screen }, ...overrides });
}

/** `count` distinct Kazakh-looking words, so that word counts in tests are easy to read. */
export function words(count: number, stem = 'сөз'): string {
  return Array.from({ length: count }, (_, i) => `${stem}${i + 1}`).join(' ');
}

export const RENDER_OPTIONS = { assetBase: '../../assets/' } as const;
