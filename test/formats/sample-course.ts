/** A small course in memory, shaped like a loaded one, for format and build tests. */
import { DEFAULT_SETTINGS, type Course, type Lesson } from '../../src/model/course';
import type { RenderedLesson } from '../../src/model/rendered';
import type { FormatInput } from '../../src/formats/format';

const place = { file: 'course/course.yaml', line: 1, column: 1 };

export function lesson(id: string, order: number, extra: Partial<Lesson> = {}): Lesson {
  return { id, order, title: `Lesson ${id}`, body: 'Text.', file: `chapters/${id}.md`, bodyLine: 5, place, ...extra };
}

export function sampleCourse(overrides: Partial<Course> = {}): Course {
  return {
    id: 'security-central-asia',
    version: '1.0.0',
    language: 'kk',
    title: { kk: 'Орталық Азиядағы қауіпсіздік мәселелері', en: 'Security issues in Central Asia' },
    authors: [],
    settings: DEFAULT_SETTINGS,
    chapters: [
      { id: 'ch1', number: '1', title: 'ҚАЗАҚСТАН МЕН ӨЗБЕКСТАН', place },
      { id: 'ch2', number: '2', title: 'Risks & <threats> "today"', place },
    ],
    lessons: [
      lesson('intro', 1, { title: 'Кіріспе' }),
      lesson('s1-1', 2, { chapter: 'ch1', number: '1.1', title: 'Теориялар' }),
      lesson('s1-2', 3, { chapter: 'ch1', number: '1.2', title: 'Тұжырымдамалар' }),
      lesson('s2-1', 4, { chapter: 'ch2', number: '2.1', title: 'Water & energy' }),
      lesson('conclusion', 5, { title: 'Қорытынды' }),
    ],
    dir: '/tmp/course',
    ...overrides,
  };
}

export function renderedStub(l: Lesson): RenderedLesson {
  return { lesson: l, screens: [], page: `<!doctype html><title>${l.id}</title>` };
}

export function sampleInput(course: Course = sampleCourse()): FormatInput {
  return { course, lessons: course.lessons.map(renderedStub), player: { js: 'console.log(1);', css: 'body{}' } };
}
