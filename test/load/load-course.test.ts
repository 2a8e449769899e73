import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadCourse } from '../../src/load/index';
import type { Course } from '../../src/model/course';

const VALID = path.join(__dirname, '..', 'fixtures', 'courses', 'valid');

describe('loadCourse on a valid course', () => {
  let course: Course;
  beforeAll(async () => {
    const result = await loadCourse(VALID);
    expect(result.diagnostics).toEqual([]);
    expect(result.course).not.toBeNull();
    course = result.course!;
  });

  it('reads the course description', () => {
    expect(course).toMatchObject({
      id: 'sample-course',
      version: '1.0.0',
      language: 'kk',
      title: { kk: 'Орталық Азиядағы қауіпсіздік', en: 'Security in Central Asia' },
      authors: [{ name: 'Айгүл Серікқызы', role: 'зерттеуші' }, { name: 'Test Author' }],
      dir: VALID,
    });
    expect(course.description).toBeUndefined();
  });

  it('fills the settings the course leaves out with the defaults', () => {
    expect(course.settings).toMatchObject({ screen: { minWords: 100, maxWords: 600 } });
  });

  it('reads the chapters with their place in course.yaml', () => {
    expect(course.chapters).toEqual([
      {
        id: 'ch1', number: '1', title: 'Теориялық негіздер', overview: 'Бұл тарау негізгі ұғымдарды береді.\n',
        place: { file: path.join(VALID, 'course.yaml'), line: 16, column: 5 },
      },
      {
        id: 'ch2', number: '2', title: 'Практикалық талдау',
        place: { file: path.join(VALID, 'course.yaml'), line: 21, column: 5 },
      },
    ]);
  });

  it('sorts the lessons by order, not by their place in the list', () => {
    expect(course.lessons.map((l) => [l.id, l.order, l.chapter])).toEqual([
      ['kirispe', 1, undefined],
      ['s1-1', 2, 'ch1'],
      ['s1-2', 3, 'ch1'],
      ['s2-1', 4, 'ch2'],
    ]);
  });

  it('gives each lesson its file, relative and with / separators, even when listed as ./lessons/…', () => {
    expect(course.lessons.map((l) => l.file)).toEqual([
      'lessons/kirispe.md', 'lessons/s1-1.md', 'lessons/s1-2.md', 'lessons/s2-1.md',
    ]);
    expect(course.lessons[2]!.place).toEqual({ file: path.join(VALID, 'lessons', 's1-2.md'), line: 1, column: 1 });
  });

  it('keeps the body after the front matter and the file line it starts on', () => {
    const lesson = course.lessons.find((l) => l.id === 's1-1')!;
    expect(lesson).toMatchObject({
      number: '1.1',
      title: 'Негізгі теориялар',
      source: { file: 'kz-uz-central-asia-dissertation.kk.txt', lines: [126, 187] },
      bodyLine: 12,
    });
    // Body line n is file line bodyLine + n - 1: the heading is body line 2, so file line 13.
    const fileLines = fs.readFileSync(path.join(VALID, lesson.file), 'utf8').split('\n');
    const bodyLines = lesson.body.split('\n');
    expect(bodyLines[1]).toBe('## Реализм');
    const headingFileLine = lesson.bodyLine + 2 - 1;
    expect(headingFileLine).toBe(13);
    expect(fileLines[headingFileLine - 1]).toBe('## Реализм');
    expect(course.lessons[0]!).toMatchObject({ bodyLine: 6, body: 'Зерттеудің өзектілігі.\n' });
  });
});

describe('loadCourse on awkward input', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coursepack-load-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const courseYaml = (lessons: string) =>
    `id: c\nversion: 1.0.0\nlanguage: en\ntitle:\n  en: C\nlessons:\n${lessons}`;

  it('reports a folder without course.yaml', async () => {
    const result = await loadCourse(dir);
    expect(result.course).toBeNull();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['course/no-course-file']);
  });

  it('reads Windows line ends and a BOM with the same lines and body', async () => {
    fs.writeFileSync(path.join(dir, 'course.yaml'), courseYaml('  - a.md\n').replace(/\n/g, '\r\n'));
    fs.writeFileSync(path.join(dir, 'a.md'), '\uFEFF---\r\nid: a\r\ntitle: A\r\norder: 1\r\n---\r\nText.\r\n');
    const result = await loadCourse(dir);
    expect(result.diagnostics).toEqual([]);
    expect(result.course!.lessons[0]).toMatchObject({ body: 'Text.\n', bodyLine: 6 });
  });

  it('refuses a lesson file larger than 2 MB, pointing at its entry in course.yaml', async () => {
    fs.writeFileSync(path.join(dir, 'course.yaml'), courseYaml('  - big.md\n'));
    fs.writeFileSync(path.join(dir, 'big.md'), `---\nid: a\ntitle: A\norder: 1\n---\n${'x'.repeat(2 * 1024 * 1024)}`);
    const result = await loadCourse(dir);
    expect(result.course).toBeNull();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'file/too-large', place: { file: path.join(dir, 'course.yaml'), line: 7, column: 5 } }),
    ]);
  });

  it('reports a lesson file without front matter and one whose front matter is never closed', async () => {
    fs.writeFileSync(path.join(dir, 'course.yaml'), courseYaml('  - a.md\n  - b.md\n'));
    fs.writeFileSync(path.join(dir, 'a.md'), '# Just Markdown\n');
    fs.writeFileSync(path.join(dir, 'b.md'), '---\nid: b\ntitle: B\norder: 2\n\nText.\n');
    const result = await loadCourse(dir);
    expect(result.diagnostics.map((d) => [d.code, path.basename(d.place!.file), d.place!.line])).toEqual([
      ['lesson/no-front-matter', 'a.md', 1],
      ['lesson/unclosed-front-matter', 'b.md', 1],
    ]);
  });

  it('refuses a lesson that leads outside the course folder through a symbolic link', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'coursepack-outside-'));
    try {
      fs.writeFileSync(path.join(outside, 'secret.md'), '---\nid: a\ntitle: A\norder: 1\n---\nText.\n');
      fs.symlinkSync(outside, path.join(dir, 'linked'));
      fs.writeFileSync(path.join(dir, 'course.yaml'), courseYaml('  - linked/secret.md\n'));
      const result = await loadCourse(dir);
      expect(result.course).toBeNull();
      expect(result.diagnostics.map((d) => d.code)).toEqual(['course/lesson-path-outside']);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('still checks the lessons when course.yaml has a schema error', async () => {
    fs.writeFileSync(path.join(dir, 'course.yaml'), `${courseYaml('  - a.md\n')}colour: red\n`);
    fs.writeFileSync(path.join(dir, 'a.md'), '---\nid: a\norder: 1\n---\nText.\n');
    const result = await loadCourse(dir);
    expect(result.diagnostics.map((d) => d.message)).toEqual(['unknown key "colour" in course.yaml', 'missing title']);
  });
});

describe('loadCourse on many lessons', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coursepack-many-'));
    fs.mkdirSync(path.join(dir, 'lessons'));
    // Listed in an order that is neither the files' names nor their order numbers.
    const ids = Array.from({ length: 40 }, (_, i) => `l${String((i * 17) % 40).padStart(2, '0')}`);
    ids.forEach((id, i) => fs.writeFileSync(path.join(dir, 'lessons', `${id}.md`), `---\nid: ${id}\ntitle: Сабақ ${id}\norder: ${i + 1}\n---\n\nМәтін ${id}.\n`));
    fs.writeFileSync(path.join(dir, 'course.yaml'), `id: many\nversion: 1.0.0\nlanguage: kk\ntitle:\n  kk: Көп сабақ\nlessons:\n${ids.map((id) => `  - lessons/${id}.md\n`).join('')}`);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads every lesson, a bounded number at a time (issue 18: peak memory), in the order course.yaml lists them', async () => {
    let reading = 0;
    let most = 0;
    const readFile = fs.promises.readFile;
    const spy = jest.spyOn(fs.promises, 'readFile').mockImplementation(async (...args: Parameters<typeof readFile>) => {
      const lesson = String(args[0]).endsWith('.md');
      if (lesson) most = Math.max(most, ++reading);
      try {
        await new Promise((resolve) => setTimeout(resolve, 2));
        return await readFile(...args);
      } finally {
        if (lesson) reading -= 1;
      }
    });
    try {
      const { course, diagnostics } = await loadCourse(dir);
      expect(diagnostics).toEqual([]);
      const listed = fs.readFileSync(path.join(dir, 'course.yaml'), 'utf8').split('\n').filter((line) => line.startsWith('  - ')).map((line) => line.slice('  - lessons/'.length, -'.md'.length));
      expect(course!.lessons.map((lesson) => lesson.id)).toEqual(listed);
      expect(course!.lessons[5].body).toContain(`Мәтін ${listed[5]}.`);
      expect(most).toBeGreaterThan(1);
      expect(most).toBeLessThanOrEqual(16);
    } finally {
      spy.mockRestore();
    }
  });
});
