/**
 * Issue 11, items 8 and 9: messages that said something else than what was wrong, and a
 * course.yaml link out of the course that was followed.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatDiagnostics } from '../../src/diagnostics/format';
import { loadCourse } from '../../src/load/index';
import { readText } from '../../src/load/read-text';

const VALID = path.join(__dirname, '..', 'fixtures', 'courses', 'valid');
let work: string;
beforeEach(() => { work = fs.mkdtempSync(path.join(os.tmpdir(), 'coursepack-messages-')); });
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

async function printed(dir: string): Promise<string> {
  const { course, diagnostics } = await loadCourse(dir);
  expect(course).toBeNull();
  return formatDiagnostics(diagnostics, { cwd: work });
}

describe('messages that say what is wrong', () => {
  it('calls a YAML alias bomb an alias bomb, not an empty course.yaml', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`);
    }
    fs.writeFileSync(path.join(work, 'course.yaml'), `${levels.join('\n')}\n`);
    const text = await printed(work);
    expect(text).toContain('course.yaml:2:8  error  yaml/too-many-aliases  aliases (*name) here expand to more values than a course file can hold; the file was not read');
    expect(text).toContain('hint: Write the values out instead of repeating them with anchors and aliases (&name, *name).');
    expect(text).not.toContain('empty');
  });

  it.each([
    ['little-endian with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id: курс\n', 'utf16le')]), 'UTF-16 (little-endian)'],
    ['big-endian with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('id: x\n', 'utf16le').swap16()]), 'UTF-16 (big-endian)'],
    ['little-endian without one', Buffer.from('Кіріспе мәтіні 2024\n', 'utf16le'), 'UTF-16 (little-endian)'],
  ])('says UTF-16 (%s) and how to convert it, not "NUL bytes"', async (_name, bytes, kind) => {
    const file = path.join(work, 'lesson.md');
    fs.writeFileSync(file, bytes);
    expect(await readText(file, 'lesson.md')).toEqual({
      kind: 'problem',
      code: 'file/not-utf8',
      message: `"lesson.md" is ${kind} text, not UTF-8: convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8 "lesson.md" > converted.txt, or "Save with encoding: UTF-8" in an editor)`,
    });
  });

  it('still calls a binary file with NULs binary', async () => {
    const file = path.join(work, 'picture.md');
    fs.writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x00, 0x44]));
    expect(await readText(file, 'picture.md')).toMatchObject({ code: 'file/binary' });
  });

  it('says a course folder that does not exist does not exist', async () => {
    const missing = path.join(work, 'nonexistent');
    expect(await printed(missing)).toBe([
      `error  course/no-folder  the course folder ${missing} does not exist`,
      '  hint: Give the course folder with --course (default: course, relative to where you run coursepack).',
      '',
      '1 error',
    ].join('\n'));
  });

  it('says a file given as the course folder is a file', async () => {
    const file = path.join(work, 'course.txt');
    fs.writeFileSync(file, 'x');
    expect(await printed(file)).toContain(`error  course/no-folder  ${file} is a file, not a course folder`);
  });

  it('asks for Latin letters in an id', async () => {
    fs.cpSync(VALID, path.join(work, 'course'), { recursive: true });
    const yaml = path.join(work, 'course', 'course.yaml');
    fs.writeFileSync(yaml, fs.readFileSync(yaml, 'utf8').replace('id: sample-course', 'id: қауіпсіздік'));
    expect(await printed(path.join(work, 'course'))).toContain('error  schema/invalid-id  id "қауіпсіздік" is not a valid identifier: use Latin letters (a-z, A-Z), digits, - and _');
  });
});

describe('course.yaml through a symbolic link (item 9)', () => {
  it('refuses one that leads out of the course folder, without showing its content', async () => {
    fs.cpSync(VALID, path.join(work, 'course'), { recursive: true });
    const outside = path.join(work, 'elsewhere.yaml');
    fs.renameSync(path.join(work, 'course', 'course.yaml'), outside);
    fs.appendFileSync(outside, '# private line\n');
    fs.symlinkSync(outside, path.join(work, 'course', 'course.yaml'));
    const text = await printed(path.join(work, 'course'));
    expect(text).toContain(`error  course/file-outside  ${path.join(work, 'course', 'course.yaml')} is a symbolic link to a file outside the course folder; it is not read`);
    expect(text).not.toContain('private line');
  });

  it('follows one that stays inside', async () => {
    fs.cpSync(VALID, path.join(work, 'course'), { recursive: true });
    fs.renameSync(path.join(work, 'course', 'course.yaml'), path.join(work, 'course', 'real.yaml'));
    fs.symlinkSync('real.yaml', path.join(work, 'course', 'course.yaml'));
    expect((await loadCourse(path.join(work, 'course'))).course?.id).toBe('sample-course');
  });
});
