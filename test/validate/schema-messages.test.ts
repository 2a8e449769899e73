import courseSchema from '../../src/schema/course.schema.json';
import lessonSchema from '../../src/schema/lesson.schema.json';
import { parseYaml } from '../../src/load/yaml-source';
import { checkShape } from '../../src/validate/schema';

/** Messages and lines for the problems in a course.yaml text. */
function courseProblems(yaml: string): string[] {
  const parsed = parseYaml(yaml, '/c/course.yaml');
  expect(parsed.diagnostics).toEqual([]);
  return checkShape('course', parsed.data, parsed.source).diagnostics.map(
    (d) => `${d.place?.line}:${d.place?.column} ${d.code} ${d.message}`,
  );
}

const HEAD = 'id: c\nversion: 1.0.0\nlanguage: kk\ntitle:\n  kk: Курс\nlessons: []\n';

describe('schema errors in course.yaml, in human words at the right place', () => {
  it('accepts a minimal course', () => {
    expect(courseProblems(HEAD)).toEqual([]);
  });

  it('names an unsupported language and the ones that are', () => {
    expect(courseProblems(HEAD.replace('language: kk', 'language: fr'))).toEqual([
      '3:11 schema/invalid-value language "fr" is not supported: use kk, ru or en',
    ]);
  });

  it('asks for quotes when YAML read a version as a number', () => {
    expect(courseProblems(HEAD.replace('version: 1.0.0', 'version: 1.0'))).toEqual([
      '2:10 schema/wrong-type version must be text: write it in quotes, "1.0"',
    ]);
  });

  it('explains that a title is one text per language', () => {
    expect(courseProblems(HEAD.replace('title:\n  kk: Курс', 'title: Курс'))).toEqual([
      '4:8 schema/wrong-type title must be a mapping of languages (kk, ru, en) to text',
    ]);
  });

  it('lists the languages for an unknown one in a title', () => {
    expect(courseProblems(HEAD.replace('  kk: Курс', '  kk: Курс\n  de: Kurs'))).toEqual([
      '6:3 schema/unknown-key unknown language "de" in title: use kk, ru or en',
    ]);
  });

  it('points an empty value at its key', () => {
    expect(courseProblems(HEAD.replace('lessons: []', 'lessons:'))).toEqual(['6:1 schema/wrong-type lessons has no value']);
  });

  it('names the chapter of a missing key and points at that chapter', () => {
    expect(courseProblems(`${HEAD}chapters:\n  - id: ch1\n  - id: ch 2\n    title: Two\n    titel: x\n`)).toEqual([
      '8:5 schema/missing-key missing title in chapters[0]',
      '9:9 schema/invalid-id chapters[1].id "ch 2" is not a valid identifier: use Latin letters (a-z, A-Z), digits, - and _',
      '11:5 schema/unknown-key unknown key "titel" in chapters[1] (did you mean "title"?)',
    ]);
  });

  it('gives the limits of numeric settings', () => {
    expect(courseProblems(`${HEAD}settings:\n  masteryScore: 120\n  screen:\n    minWords: 0\n    maxwords: 10\n`)).toEqual([
      '8:17 schema/invalid-value settings.masteryScore must be at most 100',
      '10:15 schema/invalid-value settings.screen.minWords must be at least 1',
      '11:5 schema/unknown-key unknown setting "maxwords" in settings.screen (did you mean "maxWords"?)',
    ]);
  });

  it('says a lesson list entry is text, not a mapping', () => {
    expect(courseProblems(HEAD.replace('lessons: []', 'lessons:\n  - file: a.md'))).toEqual([
      '7:5 schema/wrong-type lessons[0] must be text',
    ]);
  });
});

describe('schema errors in front matter', () => {
  function lessonProblems(yaml: string): string[] {
    // As in a lesson file: the YAML starts on line 2, below the opening fence.
    const parsed = parseYaml(yaml, '/c/a.md', 1);
    return checkShape('lesson', parsed.data, parsed.source).diagnostics.map((d) => `${d.place?.line}:${d.place?.column} ${d.message}`);
  }

  it('reports positions at the real line of the file', () => {
    expect(lessonProblems('id: a\ntitle: A\norder: first\n')).toEqual(['4:8 order must be a whole number']);
  });

  it('wants two line numbers in source.lines', () => {
    expect(lessonProblems('id: a\ntitle: A\norder: 1\nsource:\n  file: t.txt\n  lines: [3]\n')).toEqual([
      '7:10 source.lines must hold exactly 2 items, like [12, 40]',
    ]);
  });

  it('calls empty front matter empty', () => {
    expect(lessonProblems('')).toEqual(['2:1 the front matter is empty']);
  });
});

describe('the two schemas', () => {
  it('define identifiers the same way, so that messages about them are the same', () => {
    expect(lessonSchema.$defs.identifier).toEqual(courseSchema.$defs.identifier);
  });
});
