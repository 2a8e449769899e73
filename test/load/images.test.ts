/**
 * Images in lessons when a course is loaded: the images a lesson can ship are read into it;
 * every other image and every figure without its image is a warning at its file:line.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadCourse } from '../../src/load/index';
import { SQUARE_IMAGE, WIDE_IMAGE, writeFigureCourse } from '../import/docx/figure-course';

let dir: string;
let courseDir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'coursepack-images-'));
  courseDir = await writeFigureCourse(dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('reads the images of an imported Word document into their lessons, without a warning', async () => {
  const { course, diagnostics } = await loadCourse(courseDir);
  expect(diagnostics).toEqual([]);
  expect(course!.lessons.map((lesson) => (lesson.images ?? []).map((image) => [image.src, image.path, image.content.length]))).toEqual([
    [['../images/figure-1.png', 'images/figure-1.png', WIDE_IMAGE.length]],
    [['../images/figure-2.png', 'images/figure-2.png', SQUARE_IMAGE.length]],
  ]);
});

it('warns at file:line about every image it cannot ship and every figure without its image', async () => {
  const lessonFile = path.join(courseDir, 'chapters', '02-s1-2.md');
  writeFileSync(path.join(dir, 'outside.png'), SQUARE_IMAGE);
  mkdirSync(path.join(courseDir, 'images'), { recursive: true });
  writeFileSync(path.join(courseDir, 'images', 'huge.png'), Buffer.alloc(3.5 * 1024 * 1024));
  writeFileSync(path.join(courseDir, 'images', 'chart.emf'), Buffer.alloc(10));
  writeFileSync(lessonFile, [
    '---', 'id: s1-2', 'title: Су мәселесі', 'chapter: ch1', 'order: 2', '---', '',
    '![](../images/figure-2.png)',
    '',
    '![Карта](../images/missing.png) and ![Сызба](https://example.org/x.png)',
    '',
    '![Сыртта](../../outside.png)',
    '',
    '![Үлкен](../images/huge.png)',
    '',
    '![Кесте](../images/chart.emf)',
    '',
    '::: figure Сурет 3 – Суреті жоқ',
    ':::',
    '',
    'Сурет 4 бойынша мәтін, тағы да сурет 4 және Рисунок 1.',
    '',
  ].join('\n'));
  const { course, diagnostics } = await loadCourse(courseDir);
  expect(course).not.toBeNull();
  expect(diagnostics.map((d) => [d.code, d.severity, d.place?.line, d.place?.column, d.message])).toEqual([
    ['image/no-alt', 'warning', 8, 1, 'image "../images/figure-2.png" has no alt text'],
    ['image/missing', 'warning', 10, 1, 'image file "../images/missing.png" not found (looked for images/missing.png in the course folder)'],
    ['image/remote', 'warning', 10, 37, 'image "https://example.org/x.png" is not a file in the course; packages are used offline'],
    ['image/outside-course', 'warning', 12, 1, 'image "../../outside.png" is outside the course folder'],
    ['image/too-large', 'warning', 14, 1, 'image "../images/huge.png" is 3.5 MB; a lesson image may be at most 3.0 MB'],
    ['image/unsupported', 'warning', 16, 1, 'image "../images/chart.emf" is not PNG, JPEG, GIF, WebP or SVG: browsers may not show it'],
    ['figure/no-image', 'warning', 18, 1, 'figure 3 has no image: only its caption is shown'],
    ['figure/no-image', 'warning', 21, 1, 'the text refers to "Сурет 4", but no figure of the course has that number'],
  ]);
  expect(diagnostics.every((d) => d.place?.file === lessonFile)).toBe(true);
  // The image without alt text is still shipped; the others show their alt text.
  expect(course!.lessons[1]!.images!.map((image) => image.path)).toEqual(['images/figure-2.png']);
});
