import { normalizeEntryPath, screenLessonEntries } from '../../src/validate/lesson-entries';

describe('lesson entries of course.yaml', () => {
  it.each([
    ['chapters/01.md', 'chapters/01.md'],
    ['./chapters/01.md', 'chapters/01.md'],
    ['chapters/../intro.md', 'intro.md'],
    ['chapters\\01.md', 'chapters/01.md'],
  ])('keeps %s inside the folder as %s', (entry, normalized) => {
    expect(normalizeEntryPath(entry)).toBe(normalized);
  });

  it.each(['../x.md', 'chapters/../../x.md', '/etc/passwd', 'C:\\x.md', '..\\x.md'])('refuses %s', (entry) => {
    expect(normalizeEntryPath(entry)).toBeUndefined();
  });

  it('reads a file listed twice once, even when spelt differently', () => {
    const place = (line: number) => ({ file: '/c/course.yaml', line, column: 5 });
    const result = screenLessonEntries([
      { path: 'a.md', index: 0, place: place(7) },
      { path: './a.md', index: 1, place: place(8) },
    ]);
    expect(result.readable.map((e) => e.path)).toEqual(['a.md']);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'course/lesson-listed-twice', message: 'lesson file "./a.md" is listed twice (first on line 7)', place: place(8) }),
    ]);
  });
});
