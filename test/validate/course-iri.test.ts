import { checkCourseIri } from '../../src/validate/course-iri';

const YAML = '# comment\nid: my-course\nversion: 1.0.0\niri: https://coursepack.invalid/courses/my-course\nlanguage: kk\n';

describe('the course IRI warning (course/no-iri)', () => {
  it('asks for an iri when course.yaml has none, at the id line, with the default it falls back to', () => {
    const [warning, ...rest] = checkCourseIri({ id: 'my-course' }, 'course/course.yaml', '# c\nid: my-course\n');
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ code: 'course/no-iri', severity: 'warning', place: { file: 'course/course.yaml', line: 2, column: 1 } });
    expect(warning!.message).toContain('https://coursepack.invalid/courses/my-course');
    expect(warning!.hint).toMatch(/iri: https:\/\//);
  });

  it('warns about an iri under a reserved domain, at the iri line', () => {
    for (const iri of ['https://coursepack.invalid/courses/my-course', 'https://x.example/c', 'http://localhost/c', 'https://a.test/c']) {
      const found = checkCourseIri({ id: 'my-course', iri }, 'course.yaml', YAML);
      expect(found.map((d) => [d.code, d.place?.line])).toEqual([['course/no-iri', 4]]);
    }
  });

  it('says nothing about a real one', () => {
    expect(checkCourseIri({ id: 'my-course', iri: 'https://courses.example.edu/my-course' }, 'course.yaml', YAML)).toEqual([]);
    expect(checkCourseIri({ id: 'my-course', iri: 'https://learn.kaznu.kz/courses/sca' }, 'course.yaml', YAML)).toEqual([]);
  });
});
