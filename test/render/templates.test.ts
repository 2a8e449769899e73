import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadLessonTemplate, writePrecompiledTemplates } from '../../src/render/templates';
import { loadLocale } from '../../src/render/locales';
import { runTs } from '../package/run-ts';

describe('the lesson template precompiled at compile time', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'coursepack-templates-'));
    file = path.join(dir, 'lesson.js');
    // The generated code is plain data and functions; handlebars' runtime comes from the caller.
    symlinkSync(path.resolve(__dirname, '../../node_modules'), path.join(dir, 'node_modules'));
    writePrecompiledTemplates(file);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const view = {
    lang: 'kk',
    documentTitle: 'Сабақ <1> — «Курс»',
    assetBase: '../../assets/',
    strings: loadLocale('kk'),
    courseTitle: 'Курс',
    lessonTitle: 'Сабақ',
    lessonNumberLabel: '1.1-сабақ',
    screenCount: 2,
    positionText: '1 / 2',
    progressText: '0 / 2',
    screens: [
      { index: 0, number: 1, title: 'Бірінші', titleShown: false, words: 3, html: '<p>бір екі үш</p>' },
      { index: 1, number: 2, title: 'Екінші <x>', titleShown: true, words: 2, html: '<p>төрт бес</p>' },
    ],
    configJson: '{"target":"scorm12"}',
    quiz: null,
  };

  it('prints exactly what the template compiled at run time prints', () => {
    const precompiled = loadLessonTemplate(file);
    const compiled = loadLessonTemplate(path.join(dir, 'missing.js'));
    const printed = precompiled(view);
    expect(printed).toBe(compiled(view));
    // Escaped where the template escapes, and the partials are there.
    expect(printed).toContain('Екінші &lt;x&gt;');
    expect(printed).toContain('<p>төрт бес</p>');
    expect(printed).toContain('id="cp-toc"');
  });

  it('is used when made from the current templates: a build does not compile them', () => {
    const marked = path.join(dir, 'marked.js');
    // Same fingerprint, other output: only the generated file can print the marker.
    writeFileSync(marked, readFileSync(file, 'utf8').replace('cp-toc', 'cp-precompiled'));
    expect(loadLessonTemplate(marked)(view)).toContain('cp-precompiled');
    // Compiling at run time (the fallback) leaves the fingerprint of the generated file valid.
    loadLessonTemplate(path.join(dir, 'missing.js'))(view);
    expect(loadLessonTemplate(marked)(view)).toContain('cp-precompiled');
  });

  it('made by one process, is used by the next (as npm run compile, then a build)', () => {
    const made = path.join(dir, 'made.js');
    runTs(`require('./src/render/templates.ts').writePrecompiledTemplates(${JSON.stringify(made)});`, {});
    writeFileSync(made, readFileSync(made, 'utf8').replace('cp-toc', 'cp-precompiled'));
    const printed = runTs(
      `const { loadLessonTemplate } = require('./src/render/templates.ts');
       process.stdout.write(loadLessonTemplate(${JSON.stringify(made)})(${JSON.stringify(view)}));`,
      {},
    );
    expect(printed).toContain('cp-precompiled');
  });

  it('is ignored once a template changed since (its fingerprint differs)', () => {
    const stale = path.join(dir, 'stale.js');
    writeFileSync(stale, readFileSync(file, 'utf8').replace(/exports\.fingerprint = "[0-9a-f]+"/, 'exports.fingerprint = "0000"').replace('cp-toc', 'cp-stale'));
    const printed = loadLessonTemplate(stale)(view);
    expect(printed).toContain('id="cp-toc"');
    expect(printed).not.toContain('cp-stale');
  });

  it('is ignored once a template file is edited: the edit shows', () => {
    const templates = path.join(dir, 'templates');
    cpSync(path.resolve(__dirname, '../../templates'), templates, { recursive: true });
    const made = path.join(dir, 'from-copy.js');
    writePrecompiledTemplates(made, templates);
    expect(loadLessonTemplate(made, templates)(view)).toContain('class="cp-toc"');
    const toc = path.join(templates, 'partials', 'toc.hbs');
    writeFileSync(toc, readFileSync(toc, 'utf8').replace('class="cp-toc"', 'class="cp-toc cp-edited"'));
    expect(loadLessonTemplate(made, templates)(view)).toContain('class="cp-toc cp-edited"');
  });

  it('is ignored when it cannot be loaded (a damaged file)', () => {
    const damaged = path.join(dir, 'damaged.js');
    writeFileSync(damaged, readFileSync(file, 'utf8').slice(0, 500));
    expect(loadLessonTemplate(damaged)(view)).toContain('id="cp-toc"');
  });

  it('still fails on a field the template does not know (strict), as compiled ones do', () => {
    const { documentTitle: _unused, ...withoutTitle } = view;
    expect(() => loadLessonTemplate(path.join(dir, 'missing.js'))(withoutTitle)).toThrow(/documentTitle/);
    expect(() => loadLessonTemplate(file)(withoutTitle)).toThrow(/documentTitle/);
  });
});
