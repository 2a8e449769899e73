import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCourse } from '../../../src/load/index';
import { courseIri } from '../../../src/model/course';

const FIXTURE = join(__dirname, '../../fixtures/xapi/course');

describe('the course IRI', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'coursepack-iri-'));
    cpSync(FIXTURE, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const withIri = (line: string | null) => {
    const file = join(dir, 'course.yaml');
    const text = readFileSync(file, 'utf8').replace(/^iri: .*\n/m, line === null ? '' : `${line}\n`);
    writeFileSync(file, text);
  };

  it('is read from course.yaml', async () => {
    const { course } = await loadCourse(dir);
    expect(course && courseIri(course)).toBe('https://courses.example.edu/xapi-course');
  });

  it('defaults to https://coursepack.invalid/courses/<id> when absent', async () => {
    withIri(null);
    const { course } = await loadCourse(dir);
    expect(course?.iri).toBeUndefined();
    expect(course && courseIri(course)).toBe('https://coursepack.invalid/courses/xapi-course');
  });

  it.each(['not an iri', 'https://courses.example.edu/c/', 'https://courses.example.edu/c?x=1', 'relative/path'])('refuses "%s" with a schema diagnostic', async (bad) => {
    withIri(`iri: "${bad}"`);
    const result = await loadCourse(dir);
    expect(result.course).toBeNull();
    expect(result.diagnostics.map((d) => d.message).join('\n')).toMatch(/iri/);
  });
});
