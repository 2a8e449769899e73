import { cmi5 } from '../../../src/formats/cmi5';
import { masteryScoreOf, moveOnFor } from '../../../src/formats/cmi5/course-structure';
import { DEFAULT_QUIZ_SETTINGS } from '../../../src/model/course';
import { sampleCourse } from '../sample-course';
import { requireXmllint, validateXml } from '../xmllint';
import { QUIZ_LESSON, stubInput } from '../xapi/stub-input';
import { sharedPath } from '../../harness/shared-dir';
import type { PackageFile } from '../../../src/model/files';
import { contentOf } from '../files';

const CMI5_XSD = sharedPath('xsd', 'cmi5', 'CourseStructure.xsd');
const IRI = 'https://coursepack.invalid/courses/security-central-asia';
const text = (content: string | Uint8Array | undefined) => String(content ?? '');
const structureOf = (files: readonly PackageFile[]) => text(contentOf(files.find((f) => f.path === 'cmi5.xml')));

beforeAll(() => requireXmllint());

describe('the cmi5 packages', () => {
  const packages = cmi5.packages(stubInput());
  const xml = structureOf(packages[0]!.files);

  it('are valid against CourseStructure.xsd, the course and every lesson package', () => {
    for (const pkg of packages) {
      const result = validateXml(structureOf(pkg.files), CMI5_XSD);
      expect([pkg.path, result.status, result.output.trim()]).toEqual([pkg.path, 0, expect.stringContaining('validates')]);
    }
  });

  it('fail the XSD when an AU loses its url (the schema check is real)', () => {
    expect(validateXml(xml.replace(/<url>[^<]*<\/url>/, ''), CMI5_XSD).status).toBe(3);
  });

  it('hold the course, a block per chapter with its lessons, and lessons outside chapters as AUs, in order', () => {
    const opened = [...xml.matchAll(/<(course|block|au) id="([^"]+)"/g)].map((m) => `${m[1]} ${m[2].replace(IRI, '')}`);
    expect(opened).toEqual(['course ', 'au /lessons/intro', 'block /chapters/ch1', 'au /lessons/s1-1', 'au /lessons/s1-2', 'block /chapters/ch2', 'au /lessons/s2-1', 'au /lessons/conclusion']);
  });

  it('give quiz lessons CompletedAndPassed with masteryScore = passMark / 100, others Completed', () => {
    const aus = [...xml.matchAll(/<au id="[^"]+\/lessons\/([^"]+)"([^>]*)>/g)].map((m) => [m[1], m[2].trim()]);
    expect(aus).toEqual([
      ['intro', 'moveOn="Completed" launchMethod="AnyWindow"'],
      [QUIZ_LESSON, 'moveOn="CompletedAndPassed" masteryScore="0.7" launchMethod="AnyWindow"'],
      ['s1-2', 'moveOn="Completed" launchMethod="AnyWindow"'],
      ['s2-1', 'moveOn="Completed" launchMethod="AnyWindow"'],
      ['conclusion', 'moveOn="Completed" launchMethod="AnyWindow"'],
    ]);
    expect(xml).toContain('<url>lessons/s1-1/index.html</url>');
  });

  it('derive moveOn and masteryScore from the quiz settings', () => {
    expect(moveOnFor(false, DEFAULT_QUIZ_SETTINGS)).toBe('Completed');
    expect(moveOnFor(true, DEFAULT_QUIZ_SETTINGS)).toBe('CompletedAndPassed');
    expect(moveOnFor(true, { ...DEFAULT_QUIZ_SETTINGS, requireAllScreens: false })).toBe('Passed');
    expect(masteryScoreOf(70)).toBe('0.7');
    expect(masteryScoreOf(66.67)).toBe('0.6667');
    expect(masteryScoreOf(100)).toBe('1');
  });

  it('write titles and descriptions as langstrings, the course in every language it has', () => {
    expect(xml).toContain('<langstring lang="kk">Орталық Азиядағы қауіпсіздік мәселелері</langstring>\n      <langstring lang="en">Security issues in Central Asia</langstring>');
    expect(xml).toContain('<langstring lang="kk">2 Risks &amp; &lt;threats&gt; "today"</langstring>');
  });

  it('make a lesson package a course of its own whose AU keeps the lesson id', () => {
    const lesson = packages.find((pkg) => pkg.path === `cmi5/lessons/${QUIZ_LESSON}.zip`)!;
    const structure = structureOf(lesson.files);
    expect(structure).toContain(`<course id="${IRI}/packages/${QUIZ_LESSON}">`);
    expect([...structure.matchAll(/<au id="([^"]+)"/g)].map((m) => m[1])).toEqual([`${IRI}/lessons/${QUIZ_LESSON}`]);
    expect(structure).not.toContain('<block');
  });

  it('are byte-identical when built twice', () => {
    expect(cmi5.packages(stubInput())).toEqual(packages);
  });

  it('write no credential, endpoint or launch parameter into any file', () => {
    for (const pkg of cmi5.packages(stubInput(sampleCourse({ iri: 'https://courses.example.edu/sca' })))) {
      for (const file of pkg.files) expect([pkg.path, file.path, /Basic |auth|endpoint|fetch=|registration=/.test(text(contentOf(file)))]).toEqual([pkg.path, file.path, false]);
    }
  });
});
