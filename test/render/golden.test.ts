import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, type ScreenLength } from '../../src/model/course';
import { renderLesson } from '../../src/render/index';
import { makeChapter, makeCourse, makeLesson, RENDER_OPTIONS } from './helpers';

/**
 * Golden fixtures: one folder per case under test/fixtures/render with `input.md` (the lesson
 * body), an optional `case.json` and the expected `screens.json` and `page.html`.
 * `UPDATE=1 npx jest test/render` rewrites the expectations; review the diff before committing.
 */
interface CaseSettings {
  readonly title?: string;
  readonly number?: string;
  readonly screen?: ScreenLength;
  /** Markdown overview of the lesson's chapter. */
  readonly overview?: string;
  /** Whether the lesson is its chapter's first (default true when `overview` is given). */
  readonly firstInChapter?: boolean;
}

const FIXTURES = join(__dirname, '..', 'fixtures', 'render');
const UPDATE = process.env.UPDATE === '1';

function renderCase(dir: string) {
  const settingsFile = join(dir, 'case.json');
  const settings: CaseSettings = existsSync(settingsFile) ? JSON.parse(readFileSync(settingsFile, 'utf8')) : {};
  const body = readFileSync(join(dir, 'input.md'), 'utf8');
  const inChapter = settings.overview !== undefined;
  const lesson = makeLesson({
    id: 's1-2',
    title: settings.title ?? 'Орталық Азия және қауіпсіздік',
    number: settings.number,
    chapter: inChapter ? 'ch1' : undefined,
    order: 2,
    body,
  });
  const earlier = makeLesson({ id: 's1-1', chapter: 'ch1', order: 1 });
  const lessons = inChapter && settings.firstInChapter === false ? [earlier, lesson] : [lesson];
  const course = makeCourse(lessons, {
    chapters: inChapter ? [makeChapter({ overview: settings.overview })] : [],
    settings: { ...DEFAULT_SETTINGS, screen: settings.screen ?? DEFAULT_SETTINGS.screen },
  });
  return renderLesson(course, lesson, RENDER_OPTIONS);
}

function expectFile(file: string, actual: string): void {
  if (UPDATE) {
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`${file} is missing: run UPDATE=1 npx jest test/render`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('golden lesson renders', () => {
  const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(5));
  for (const entry of cases) {
    it(entry.name, () => {
      const dir = join(FIXTURES, entry.name);
      const rendered = renderCase(dir);
      const screens = rendered.screens.map(({ index, title, words, html }) => ({ index, title, words, html }));
      expectFile(join(dir, 'screens.json'), `${JSON.stringify(screens, null, 2)}\n`);
      expectFile(join(dir, 'page.html'), rendered.page);
    });
  }
});
