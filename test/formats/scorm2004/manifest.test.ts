import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scorm2004 } from '../../../src/formats/scorm2004';
import { manifestElement, type ManifestInput } from '../../../src/formats/scorm2004/manifest';
import { passMarkToMeasure } from '../../../src/formats/scorm2004/sequencing';
import type { PackageSpec } from '../../../src/formats/format';
import { serializeDocument } from '../../../src/formats/xml';
import { selectFormats } from '../../../src/formats/index';
import { lesson, renderedStub, sampleCourse, sampleInput } from '../sample-course';
import type { FormatInput } from '../../../src/formats/format';
import type { QuizPageData } from '../../../src/model/rendered';
import { requireXmllint, validateXml } from '../xmllint';
import { sharedPath } from '../../harness/shared-dir';
import { runTool } from '../../harness/tools';
import { contentOf } from '../files';

const SCORM2004_XSD = sharedPath('xsd', 'scorm2004-4th', 'scorm2004-all.xsd');

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
    return runTool('xmllint', ['--xpath', expression, file]).stdout.trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const el = (name: string) => `*[local-name()='${name}']`;
const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');

/** A manifest for two lessons, the first ending with a quiz (pass mark 70). */
function quizManifest(passingMeasure = 0.7): string {
  const a = lesson('a', 1);
  const b = lesson('b', 2);
  const input: ManifestInput = {
    identifier: 'MANIFEST-c',
    version: '1.0.0',
    organizationId: 'ORG-c',
    organizationTitle: 'Course',
    organization: [{ kind: 'lesson', lesson: a }, { kind: 'lesson', lesson: b }],
    lessons: [{ lesson: a, passingMeasure }, { lesson: b }],
    sharedFiles: ['assets/player.js', 'assets/player.css'],
  };
  return serializeDocument(manifestElement(input));
}

beforeAll(requireXmllint);

describe('SCORM 2004 course package', () => {
  const specs = scorm2004.packages(sampleInput());
  const coursePackage = specs[0]!;
  const xml = manifestOf(coursePackage);

  it('is named after the course in build/scorm2004 and holds the layout of the page contract', () => {
    expect(coursePackage.path).toBe('scorm2004/security-central-asia.zip');
    expect(coursePackage.files.map((f) => f.path).sort()).toEqual([
      'assets/player.css', 'assets/player.js', 'imsmanifest.xml',
      'lessons/conclusion/index.html', 'lessons/intro/index.html', 'lessons/s1-1/index.html',
      'lessons/s1-2/index.html', 'lessons/s2-1/index.html',
    ]);
  });

  it('validates against the SCORM 2004 4th edition schemas', () => {
    const result = validateXml(xml, SCORM2004_XSD);
    expect(result.output).toContain('validates');
    expect(result.status).toBe(0);
  });

  it('says it is SCORM 2004 4th edition with the ADL namespaces and their schema files', () => {
    expect(xml).toContain('<schema>ADL SCORM</schema>');
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain('xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"');
    expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"');
    expect(xml).toContain('xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"');
    expect(xml).toContain('xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"');
    expect(xml).toContain('xmlns:imsss="http://www.imsglobal.org/xsd/imsss"');
    const locations = words(xpath(xml, `string(/${el('manifest')}/@*[local-name()='schemaLocation'])`));
    expect(locations).toEqual([
      'http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd',
      'http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd',
      'http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd',
      'http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd',
      'http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd',
    ]);
  });

  it('groups lessons by chapter, in course order, with Kazakh titles kept as text', () => {
    const topLevel = words(xpath(xml, `//${el('organization')}/${el('item')}/@identifier`));
    expect(topLevel).toEqual([
      'identifier="ITEM-intro"', 'identifier="CHAPTER-ch1"', 'identifier="CHAPTER-ch2"', 'identifier="ITEM-conclusion"',
    ]);
    const inChapter1 = words(xpath(xml, `//${el('item')}[@identifier='CHAPTER-ch1']/${el('item')}/@identifierref`));
    expect(inChapter1).toEqual(['identifierref="RES-s1-1"', 'identifierref="RES-s1-2"']);
    expect(xml).toContain('<title>1.1 Теориялар</title>');
    expect(xml).toContain('<title>2 Risks &amp; &lt;threats&gt; "today"</title>');
  });

  it('makes every lesson a sco resource depending on one shared asset resource with the player', () => {
    expect(xpath(xml, `count(//${el('resource')}[@*[local-name()='scormType']='sco'])`)).toBe('5');
    expect(xpath(xml, `count(//${el('resource')}[@*[local-name()='scormType']='asset'])`)).toBe('1');
    expect(xpath(xml, `count(//${el('resource')}/${el('dependency')}[@identifierref='SHARED-ASSETS'])`)).toBe('5');
    expect(xpath(xml, `string(//${el('resource')}[@identifier='RES-s1-1']/@href)`)).toBe('lessons/s1-1/index.html');
    expect(words(xpath(xml, `//${el('resource')}[@identifier='SHARED-ASSETS']/${el('file')}/@href`))).toEqual([
      'href="assets/player.js"', 'href="assets/player.css"',
    ]);
  });

  it('lets the learner choose and flow on the organization and in every chapter', () => {
    const clusters = `//${el('organization')}/${el('sequencing')}/${el('controlMode')}` +
      ` | //${el('item')}[starts-with(@identifier,'CHAPTER-')]/${el('sequencing')}/${el('controlMode')}`;
    expect(xpath(xml, `count(${clusters})`)).toBe('3');
    expect(xpath(xml, `count((${clusters})[@choice='true' and @flow='true'])`)).toBe('3');
  });

  it('gives every lesson item exactly one primary objective, unmeasured while lessons have no quiz', () => {
    const lessonItems = `//${el('item')}[@identifierref]`;
    expect(xpath(xml, `count(${lessonItems}/${el('sequencing')}/${el('objectives')}/${el('primaryObjective')})`)).toBe('5');
    expect(xpath(xml, `string(//${el('item')}[@identifier='ITEM-s1-1']//${el('primaryObjective')}/@objectiveID)`)).toBe('OBJ-s1-1');
    expect(xml).not.toContain('minNormalizedMeasure');
    expect(xml).not.toContain('satisfiedByMeasure');
    expect(xml).not.toContain('completionThreshold');
  });
});

describe('SCORM 2004 objectives of lessons with a quiz', () => {
  it('are satisfied by measure, with the pass mark as the minimum normalized measure', () => {
    const xml = quizManifest();
    const objective = `//${el('item')}[@identifier='ITEM-a']//${el('primaryObjective')}`;
    expect(xpath(xml, `string(${objective}/@satisfiedByMeasure)`)).toBe('true');
    expect(xpath(xml, `string(${objective}/${el('minNormalizedMeasure')})`)).toBe('0.7000');
    expect(xpath(xml, `count(//${el('item')}[@identifier='ITEM-b']//${el('minNormalizedMeasure')})`)).toBe('0');
    expect(validateXml(xml, SCORM2004_XSD).status).toBe(0);
  });

  it('come from the quiz each rendered lesson carries, in course and lesson packages', () => {
    const course = sampleCourse();
    const quiz = (lessonId: string): QuizPageData => ({
      lessonId, textScreens: 3, questionsPerAttempt: 5, passMark: 65, attempts: 3, requireAllScreens: true,
      statusOnPass: 'passed', statusOnFail: 'incomplete', pool: [],
    });
    const input: FormatInput = {
      ...sampleInput(course),
      lessons: course.lessons.map((l) => (l.id === 's1-2' ? { ...renderedStub(l), quiz: quiz(l.id) } : renderedStub(l))),
    };
    const specs = scorm2004.packages(input);
    const measures = (spec: PackageSpec) => words(xpath(manifestOf(spec), `//${el('minNormalizedMeasure')}/text()`));
    expect(measures(specs[0]!)).toEqual(['0.6500']);
    expect(xpath(manifestOf(specs[0]!), `string(//${el('item')}[@identifier='ITEM-s1-2']//${el('minNormalizedMeasure')})`)).toBe('0.6500');
    expect(measures(specs.find((s) => s.path === 'scorm2004/lessons/s1-2.zip')!)).toEqual(['0.6500']);
    expect(measures(specs.find((s) => s.path === 'scorm2004/lessons/s1-1.zip')!)).toEqual([]);
    for (const spec of specs) expect(validateXml(manifestOf(spec), SCORM2004_XSD).status).toBe(0);
  });

  it('turn the percent pass mark into a measure in [0, 1]', () => {
    expect(passMarkToMeasure(70)).toBe(0.7);
    expect(passMarkToMeasure(100)).toBe(1);
    expect(passMarkToMeasure(0)).toBe(0);
    expect(passMarkToMeasure(250)).toBe(1);
  });

  it('are refused by the schema when the measure is out of range (so the schema does check sequencing)', () => {
    expect(validateXml(quizManifest(1.5), SCORM2004_XSD).status).toBe(3);
  });
});

describe('SCORM 2004 lesson packages', () => {
  const specs = scorm2004.packages(sampleInput());

  it('gives every lesson its own valid package with one SCO and the player', () => {
    expect(specs.slice(1).map((s) => s.path)).toEqual([
      'scorm2004/lessons/intro.zip', 'scorm2004/lessons/s1-1.zip', 'scorm2004/lessons/s1-2.zip',
      'scorm2004/lessons/s2-1.zip', 'scorm2004/lessons/conclusion.zip',
    ]);
    for (const spec of specs.slice(1)) {
      const xml = manifestOf(spec);
      expect(validateXml(xml, SCORM2004_XSD).status).toBe(0);
      expect(xpath(xml, `count(//${el('resource')}[@*[local-name()='scormType']='sco'])`)).toBe('1');
      expect(spec.files.map((f) => f.path)).toEqual(expect.arrayContaining(['assets/player.js', 'assets/player.css']));
    }
  });

  it('titles the organization after the lesson, without its chapter', () => {
    const xml = manifestOf(specs.find((s) => s.path === 'scorm2004/lessons/s1-1.zip')!);
    expect(xpath(xml, `string(//${el('organization')}/${el('title')})`)).toBe('1.1 Теориялар');
    expect(xml).not.toContain('CHAPTER-');
    expect(xpath(xml, `count(//${el('organization')}/${el('sequencing')}/${el('controlMode')}[@flow='true'])`)).toBe('1');
  });

  it('keeps ids starting with a digit valid', () => {
    const course = sampleCourse({ chapters: [], lessons: [lesson('1-intro', 1)] });
    for (const spec of scorm2004.packages(sampleInput(course))) {
      expect(validateXml(manifestOf(spec), SCORM2004_XSD).status).toBe(0);
    }
  });
});

describe('the format registry', () => {
  it('builds SCORM 1.2 and SCORM 2004 by default, and either alone on request', () => {
    expect(selectFormats().formats.map((format) => format.id)).toEqual(expect.arrayContaining(['scorm12', 'scorm2004']));
    expect(selectFormats(['scorm2004']).formats.map((format) => format.runtime)).toEqual(['scorm2004']);
  });
});
