import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SETTINGS } from '../../../src/model/course';
import { scorm12 } from '../../../src/formats/scorm12';
import type { PackageSpec } from '../../../src/formats/format';
import { lesson, sampleCourse, sampleInput } from '../sample-course';
import { requireXmllint, validateXml } from '../xmllint';
import { runTool } from '../../harness/tools';
import { contentOf } from '../files';

function manifestOf(spec: PackageSpec): string {
  const content = contentOf(spec.files.find((f) => f.path === 'imsmanifest.xml'));
  if (typeof content !== 'string') throw new Error(`no manifest in ${spec.path}`);
  return content;
}

/** Evaluates an XPath over the manifest with xmllint; namespaces are ignored through local-name(). */
function xpath(xml: string, expression: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'coursepack-xpath-'));
  try {
    const file = path.join(dir, 'm.xml');
    writeFileSync(file, xml);
    const run = runTool('xmllint', ['--xpath', expression, file]);
    return run.stdout.trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const el = (name: string) => `*[local-name()='${name}']`;

beforeAll(requireXmllint);

describe('SCORM 1.2 course package', () => {
  const specs = scorm12.packages(sampleInput());
  const coursePackage = specs[0];
  const xml = manifestOf(coursePackage);

  it('is named after the course and holds the layout of the page contract', () => {
    expect(coursePackage.path).toBe('scorm12/security-central-asia.zip');
    expect(coursePackage.files.map((f) => f.path).sort()).toEqual([
      'assets/player.css', 'assets/player.js', 'imsmanifest.xml',
      'lessons/conclusion/index.html', 'lessons/intro/index.html', 'lessons/s1-1/index.html',
      'lessons/s1-2/index.html', 'lessons/s2-1/index.html',
    ]);
  });

  it('validates against the SCORM 1.2 schemas', () => {
    const result = validateXml(xml);
    expect(result.output).toContain('validates');
    expect(result.status).toBe(0);
  });

  it('declares UTF-8 and keeps Kazakh titles as text, not character references', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(xml).toContain('<title>Орталық Азиядағы қауіпсіздік мәселелері</title>');
    expect(xml).toContain('<title>1.1 Теориялар</title>');
  });

  it('escapes markup characters in titles', () => {
    expect(xml).toContain('<title>2 Risks &amp; &lt;threats&gt; "today"</title>');
    expect(xpath(xml, `string(//${el('item')}[@identifier='CHAPTER-ch2']/${el('title')})`)).toBe('2 Risks & <threats> "today"');
  });

  it('groups lessons under their chapters and keeps the others at the top level, in course order', () => {
    const topLevel = xpath(xml, `//${el('organization')}/${el('item')}/@identifier`);
    expect(topLevel.split(/\s+/)).toEqual([
      'identifier="ITEM-intro"', 'identifier="CHAPTER-ch1"', 'identifier="CHAPTER-ch2"', 'identifier="ITEM-conclusion"',
    ]);
    const inChapter1 = xpath(xml, `//${el('item')}[@identifier='CHAPTER-ch1']/${el('item')}/@identifierref`);
    expect(inChapter1.split(/\s+/)).toEqual(['identifierref="RES-s1-1"', 'identifierref="RES-s1-2"']);
    expect(xpath(xml, `string(//${el('item')}[@identifier='CHAPTER-ch1']/${el('title')})`)).toBe('1 ҚАЗАҚСТАН МЕН ӨЗБЕКСТАН');
  });

  it('makes every lesson a SCO whose page and shared player files are listed', () => {
    expect(xpath(xml, `count(//${el('resource')}[@*[local-name()='scormtype']='sco'])`)).toBe('5');
    expect(xpath(xml, `string(//${el('resource')}[@identifier='RES-s1-1']/@href)`)).toBe('lessons/s1-1/index.html');
    const shared = xpath(xml, `//${el('resource')}[@identifier='SHARED-ASSETS']/${el('file')}/@href`);
    expect(shared).toContain('assets/player.js');
    expect(shared).toContain('assets/player.css');
  });

  it('writes the ADL metadata, the default organization and the course version', () => {
    expect(xml).toContain('<schema>ADL SCORM</schema>');
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xpath(xml, `string(//${el('organizations')}/@default)`)).toBe('ORG-security-central-asia');
    expect(xpath(xml, `string(/${el('manifest')}/@version)`)).toBe('1.0.0');
  });

  it('writes no mastery score unless the course sets one', () => {
    expect(xml).not.toContain('masteryscore');
    const withScore = sampleCourse({ settings: { ...DEFAULT_SETTINGS, screen: { minWords: 1, maxWords: 2 }, masteryScore: 80 } });
    const scored = manifestOf(scorm12.packages(sampleInput(withScore))[0]);
    expect(xpath(scored, `count(//${el('masteryscore')})`)).toBe('5');
    expect(scored).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(validateXml(scored).status).toBe(0);
  });

  it('prefixes identifiers so that ids starting with a digit stay valid xs:ID values', () => {
    const course = sampleCourse({ chapters: [], lessons: [lesson('1-intro', 1)] });
    const result = validateXml(manifestOf(scorm12.packages(sampleInput(course))[0]));
    expect(result.status).toBe(0);
  });

  it('shortens titles the schema would refuse (over 200 characters) at a word boundary', () => {
    const longTitle = 'сөз '.repeat(80).trim();
    const course = sampleCourse({ chapters: [], lessons: [lesson('long', 1, { title: longTitle })] });
    const manifest = manifestOf(scorm12.packages(sampleInput(course))[0]);
    const title = xpath(manifest, `string(//${el('item')}[@identifier='ITEM-long']/${el('title')})`);
    expect(Array.from(title).length).toBeLessThanOrEqual(200);
    expect(title.endsWith('сөз…')).toBe(true);
    expect(validateXml(manifest).status).toBe(0);
  });
});

describe('SCORM 1.2 lesson packages', () => {
  const specs = scorm12.packages(sampleInput());

  it('gives every lesson its own package with one SCO', () => {
    expect(specs.slice(1).map((s) => s.path)).toEqual([
      'scorm12/lessons/intro.zip', 'scorm12/lessons/s1-1.zip', 'scorm12/lessons/s1-2.zip',
      'scorm12/lessons/s2-1.zip', 'scorm12/lessons/conclusion.zip',
    ]);
    const single = specs[2];
    expect(single.files.map((f) => f.path).sort()).toEqual([
      'assets/player.css', 'assets/player.js', 'imsmanifest.xml', 'lessons/s1-1/index.html',
    ]);
    const xml = manifestOf(single);
    expect(validateXml(xml).status).toBe(0);
    expect(xpath(xml, `count(//${el('item')})`)).toBe('1');
    expect(xpath(xml, `string(//${el('organization')}/${el('title')})`)).toBe('1.1 Теориялар');
    expect(xpath(xml, `string(/${el('manifest')}/@identifier)`)).toBe('MANIFEST-security-central-asia-LESSON-s1-1');
  });
});

import { lessonMasteryScore } from '../../../src/formats/scorm12/mastery';

describe('SCORM 1.2 mastery score of quiz lessons', () => {
  const quiz = (statusOnFail: 'failed' | 'incomplete') => ({
    lessonId: 'a', textScreens: 2, questionsPerAttempt: 5, passMark: 75, attempts: 2, requireAllScreens: true,
    statusOnPass: 'passed' as const, statusOnFail, pool: [],
  });
  const rendered = (q?: ReturnType<typeof quiz>) => ({ lesson: {} as never, screens: [], page: '', ...(q ? { quiz: q } : {}) });

  it('writes the pass mark when the course reports failed quizzes as failed', () => {
    expect(lessonMasteryScore(rendered(quiz('failed')), DEFAULT_SETTINGS)).toBe(75);
  });

  it('writes none for statusOnFail incomplete, which an LMS mastery override would turn into failed', () => {
    expect(lessonMasteryScore(rendered(quiz('incomplete')), DEFAULT_SETTINGS)).toBeUndefined();
  });

  it('keeps the course mastery score for lessons without a quiz', () => {
    expect(lessonMasteryScore(rendered(), { ...DEFAULT_SETTINGS, masteryScore: 80 })).toBe(80);
    expect(lessonMasteryScore(rendered(), DEFAULT_SETTINGS)).toBeUndefined();
  });
});
