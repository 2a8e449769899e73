import { courseTitle, DEFAULT_SETTINGS, type Course } from '../../src/model/course';

describe('courseTitle', () => {
  const base: Course = {
    id: 'c', version: '1', language: 'kk', title: { kk: 'Қазақша', en: 'English' }, authors: [],
    settings: DEFAULT_SETTINGS, chapters: [], lessons: [], dir: '/tmp/c',
  };
  it('uses the title in the course language', () => {
    expect(courseTitle(base)).toBe('Қазақша');
    expect(courseTitle({ ...base, language: 'en' })).toBe('English');
  });
  it('falls back to the id when the course language has no title', () => {
    expect(courseTitle({ ...base, language: 'ru' })).toBe('c');
  });
});
