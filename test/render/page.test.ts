import type { Lesson } from '../../src/model/course';
import type { PlayerConfig } from '../../src/model/rendered';
import { prepareLesson, renderLesson, renderLessonPage } from '../../src/render/index';
import { courseWith, makeChapter, makeCourse, makeLesson, RENDER_OPTIONS, words } from './helpers';

const small = { minWords: 20, maxWords: 40 };

function threeScreenLesson(overrides: Partial<Lesson> = {}): Lesson {
  const body = `${words(25)}\n\n## Бөлім А\n\n${words(15, 'а')}\n\n### Ішкі\n\n${words(5, 'ә')}\n\n## Бөлім Б\n\n${words(30, 'б')}\n`;
  return makeLesson({ body, number: '1.2', ...overrides });
}

function configOf(page: string): PlayerConfig {
  const match = /<script type="application\/json" id="cp-config">([^]*?)<\/script>/.exec(page);
  if (!match) throw new Error('no #cp-config');
  return JSON.parse(match[1]) as PlayerConfig;
}

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

describe('the lesson page follows docs/page-contract.md', () => {
  const lesson = threeScreenLesson();
  const { page, screens } = renderLesson(courseWith(lesson, small), lesson, RENDER_OPTIONS);

  it('is a complete document in the course language', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="kk">')).toBe(true);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toContain('<link rel="stylesheet" href="../../assets/player.css">');
    expect(page.trimEnd().endsWith('<script src="../../assets/player.js"></script>\n</body>\n</html>')).toBe(true);
  });

  it('has one section per screen, each labelled by its focusable h2 title, and a numbered contents link', () => {
    const opening = `С${words(8).slice(1)}…`; // the opening words, capitalized as a title
    expect(screens.map((screen) => screen.title)).toEqual([opening, 'Бөлім А', 'Бөлім Б']);
    screens.forEach((screen, i) => {
      const n = i + 1;
      // A title made of the screen's opening words would repeat them on screen: it is for screen readers.
      const titleClass = i === 0 ? 'cp-screen__title cp-visually-hidden' : 'cp-screen__title';
      // Every screen but the first comes hidden, so the first paint lays out one screen (issue 18); shown again without JavaScript.
      const hidden = i === 0 ? '' : ' hidden';
      expect(page).toContain(
        `<section class="cp-screen" id="cp-screen-${n}" data-cp-screen="${i}" aria-labelledby="cp-screen-${n}-title"${hidden}>\n` +
          `<h2 class="${titleClass}" id="cp-screen-${n}-title" tabindex="-1">${screen.title}</h2>`,
      );
      expect(page).toContain(`<a href="#cp-screen-${n}" data-cp-goto="${i}">${n}. ${screen.title}</a>`);
    });
    expect(count(page, /<section /g)).toBe(3);
    expect(page).toContain('<noscript><style>.cp-progress, .cp-pager { display: none; } .cp-screen[hidden] { display: block !important; }</style></noscript>');
    expect(page).toMatch(/<nav class="cp-toc" id="cp-toc" aria-label="[^"]+">/);
  });

  it('has the navigation, progress and notice elements the player drives', () => {
    expect(page).toContain('<main id="cp-main" tabindex="-1">');
    expect(page).toContain('<button type="button" id="cp-prev" class="cp-button">Алдыңғы</button>');
    expect(page).toContain('<button type="button" id="cp-next" class="cp-button cp-button--primary">Келесі</button>');
    expect(page).toContain('<p id="cp-position" aria-live="polite">1 / 3</p>');
    expect(page).toMatch(/class="cp-progress__bar" role="progressbar" aria-label="[^"]+" aria-valuemin="0" aria-valuemax="3" aria-valuenow="0"><div class="cp-progress__fill"><\/div>/);
    expect(page).toContain('<p id="cp-progress-text">Оқылған экрандар: 0 / 3</p>');
    expect(page).toContain('<div id="cp-notice" role="status" hidden></div>');
    expect(page).toMatch(/<a class="cp-skip" href="#cp-main">[^<]+<\/a>/);
  });

  it('hands the player its configuration and the UI strings of the course language', () => {
    expect(configOf(page)).toEqual({
      courseId: 'test-course',
      lessonId: 'l1',
      lessonTitle: 'Сабақ',
      language: 'kk',
      screenCount: 3,
      strings: expect.objectContaining({ progressFormat: 'Оқылған экрандар: {visited} / {total}' }),
    });
    expect(Object.keys(configOf(page).strings)).toEqual(['positionFormat', 'progressFormat', 'completed', 'standaloneNotice', 'lmsErrorNotice', 'lmsTerminatedNotice', 'reviewNotice']);
  });

  it('has one h1 and never skips a heading level', () => {
    const levels = [...page.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.slice(1).forEach((level, i) => expect(level).toBeLessThanOrEqual(levels[i] + 1));
    // `###` under a screen titled by `##` is one level below the screen title.
    expect(screens[1].html).toContain('<h3 id="h-ішкі">Ішкі</h3>');
  });

  it('shifts body headings below the screen title: ## becomes h3', () => {
    const one = makeLesson({ body: `${words(5)}\n\n## Бөлім\n\n${words(5)}\n\n### Ішкі\n` });
    const html = renderLesson(courseWith(one), one, RENDER_OPTIONS).screens[0].html;
    expect(html).toContain('<h3 id="h-бөлім">Бөлім</h3>');
    expect(html).toContain('<h4 id="h-ішкі">Ішкі</h4>');
  });

  it('uses the UI strings of an English course', () => {
    const english = renderLesson(courseWith(lesson, small, { language: 'en' }), lesson, RENDER_OPTIONS).page;
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('>Next</button>');
    expect(english).toContain('<span class="cp-lesson-number">Lesson 1.2.</span> Сабақ</h1>');
    expect(english).toContain('<title>1.2 Сабақ — Test course</title>');
  });

  it('is deterministic: the same input renders to the same page, whatever was rendered before', () => {
    const course = courseWith(lesson, small);
    const first = renderLesson(course, lesson, RENDER_OPTIONS).page;
    const other = threeScreenLesson({ id: 'other', body: '## Бөлім А\n\nБасқа.' });
    renderLesson(courseWith(other), other, RENDER_OPTIONS);
    expect(renderLesson(course, lesson, RENDER_OPTIONS).page).toBe(first);
  });
});

describe('chapter overview', () => {
  const first = makeLesson({ id: 'a', chapter: 'ch1', order: 1, body: 'Бірінші.' });
  const second = makeLesson({ id: 'b', chapter: 'ch1', order: 2, body: 'Екінші.' });
  const course = makeCourse([first, second], { chapters: [makeChapter({ overview: 'Тарау туралы *шолу*.' })] });

  it('opens the first screen of the chapter\'s first lesson', () => {
    const html = renderLesson(course, first, RENDER_OPTIONS).screens[0].html;
    expect(html.startsWith('<aside class="cp-overview" aria-label="Тарауға шолу">\n<p>Тарау туралы <em>шолу</em>.</p>\n</aside>')).toBe(true);
  });
  it('is not repeated in later lessons of the chapter', () => {
    expect(renderLesson(course, second, RENDER_OPTIONS).page).not.toContain('cp-overview');
  });
  it('is left out when the chapter has none', () => {
    const bare = makeCourse([first], { chapters: [makeChapter()] });
    expect(renderLesson(bare, first, RENDER_OPTIONS).page).not.toContain('cp-overview');
  });
});

describe('escaping: nothing from the course runs in the page', () => {
  const hostile = '</script><script>alert(1)</script>';
  const lesson = makeLesson({
    title: hostile,
    number: '"><script>alert(2)</script>',
    body: [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '![x" onerror="alert(1)](javascript:alert(1))',
      '[click](javascript:alert(1)) [click](  JaVaScRiPt:alert(1)) <javascript:alert(1)> [x](vbscript:msgbox(1))',
      `## ${hostile}`,
      `::: table ${hostile}`,
      '| <svg onload=alert(1)> | b |',
      '| - | - |',
      '| 1 | 2 |',
      ':::',
      `::: figure <iframe src=javascript:alert(1)>`,
      ':::',
      '<!-- comment --> \u2028 \u2029',
    ].join('\n\n'),
  });
  const course = courseWith(lesson, undefined, { title: { kk: hostile } });
  const { page } = renderLesson(course, lesson, RENDER_OPTIONS);

  it('has no script elements but the page\'s own two', () => {
    expect(count(page, /<script/gi)).toBe(2);
    expect(count(page, /<\/script/gi)).toBe(2);
  });
  it('has no event handler attributes, javascript: URLs, images, frames or comments', () => {
    expect(page).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(page).not.toMatch(/<[^>]*\s(href|src)\s*=\s*["']?\s*(javascript|vbscript|data):/i);
    expect(page).not.toMatch(/<(img|svg|iframe)\b/i);
    expect(page).not.toContain('<!--');
  });
  it('shows markup from the text as text', () => {
    expect(page).toContain('<p>x&quot; onerror=&quot;alert(1)</p>');
    expect(page).toContain('<figcaption>&lt;iframe src=javascript:alert(1)&gt;</figcaption>');
  });
  it('keeps the hostile title intact as data for the player', () => {
    expect(configOf(page).lessonTitle).toBe(hostile);
    expect(page).toContain('\\u003c/script\\u003e');
  });
});

describe('one lesson, one page for every runtime', () => {
  const lesson = threeScreenLesson();
  const course = courseWith(lesson, small);
  const prepared = prepareLesson(course, lesson);
  const rendered = renderLessonPage(prepared, { assetBase: '../../assets/' });

  it('names no runtime (the player bundle beside it is the runtime\'s own), and says how much every package\'s version of it shares', () => {
    expect(configOf(rendered.page)).not.toHaveProperty('target');
    const shared = rendered.sharedLength!;
    expect(shared).toBeGreaterThan(rendered.page.indexOf('</main>'));
    expect(rendered.page.slice(0, shared).endsWith('<script type="application/json" id="cp-config">')).toBe(true);
    // Asked again, it is the same page object: it stands for the page, so that every format's package deflates it once.
    expect(renderLessonPage(prepared, { assetBase: '../../assets/' })).toBe(rendered);
    // Rendered by itself, a lesson's page is the same as the one prepared once.
    expect(renderLesson(course, lesson, { assetBase: '../../assets/' }).page).toBe(rendered.page);
  });

  it('keep the asset folder each asks for', () => {
    const elsewhere = renderLessonPage(prepared, { assetBase: 'assets/' });
    expect(elsewhere.page).toContain('<link rel="stylesheet" href="assets/player.css">');
    expect(elsewhere.page).toContain('<script src="assets/player.js"></script>');
    expect(rendered.page).toContain('<script src="../../assets/player.js"></script>');
  });
});
