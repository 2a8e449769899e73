/** Figures with their images, and footnotes, on the lesson page. */
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadCourse } from '../../src/load/index';
import type { Course } from '../../src/model/course';
import { IMAGE_WORDS } from '../../src/render/blocks';
import { renderLesson } from '../../src/render/index';
import { writeFigureCourse } from '../import/docx/figure-course';

let dir: string;
let course: Course;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'coursepack-figures-'));
  course = (await loadCourse(await writeFigureCourse(dir))).course!;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const render = (index: number) => renderLesson(course, course.lessons[index]!, { assetBase: '../../assets/' });

it('shows a figure as its image (from the package media folder) and its caption, not as a placeholder', () => {
  const html = render(0).screens.map((screen) => screen.html).join('');
  expect(html).toContain('<figure class="cp-figure">\n<img class="cp-image" src="../../media/images/figure-1.png" alt="Орталық Азия елдерінің картасы" loading="lazy" decoding="async"><figcaption>Сурет 1 – Аймақ картасы</figcaption>\n</figure>');
  expect(html).not.toContain('cp-figure--missing');
});

it('counts an image as the room of IMAGE_WORDS words on the screen', () => {
  const withImage = render(0);
  const bare = { ...course.lessons[0]!, images: [] };
  const textOnly = renderLesson({ ...course, lessons: [bare, ...course.lessons.slice(1)] }, bare, { assetBase: '../../assets/' });
  const words = (rendered: typeof withImage) => rendered.screens.reduce((sum, screen) => sum + screen.words, 0);
  expect(words(withImage) - words(textOnly)).toBe(IMAGE_WORDS);
  // Without its file the figure is the placeholder again, and the image shows its alt text.
  expect(textOnly.screens.map((screen) => screen.html).join('')).toContain('cp-figure--missing');
});

it('lists a lesson\'s footnotes at its end, once', () => {
  const html = render(1).page;
  expect(html).toContain('<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>');
  expect(html.match(/class="footnotes"/g)).toHaveLength(1);
  expect(html).toContain('<li id="fn1" class="footnote-item"><p>Ескертпе мәтіні.');
});
