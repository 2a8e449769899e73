import { checkManifest } from '../../../src/formats/scorm12/check';
import { manifestElement, type ManifestInput } from '../../../src/formats/scorm12/manifest';
import { scorm12 } from '../../../src/formats/scorm12';
import type { XmlElement } from '../../../src/formats/xml';
import { InternalError } from '../../../src/diagnostics/errors';
import { lesson, sampleCourse, sampleInput } from '../sample-course';

const PACKAGE = ['imsmanifest.xml', 'assets/player.js', 'assets/player.css', 'lessons/a/index.html'];

function input(overrides: Partial<ManifestInput> = {}): ManifestInput {
  const a = lesson('a', 1);
  return {
    identifier: 'MANIFEST-c',
    version: '1.0.0',
    organizationId: 'ORG-c',
    organizationTitle: 'Course',
    organization: [{ kind: 'lesson', lesson: a }],
    lessons: [a],
    sharedFiles: ['assets/player.js', 'assets/player.css'],
    ...overrides,
  };
}

/** Rewrites every element the predicate picks, to break a sound manifest in one place. */
function edit(node: XmlElement, pick: (n: XmlElement) => boolean, change: (n: XmlElement) => XmlElement): XmlElement {
  const children = node.children.map((c) => (c.kind === 'element' ? edit(c, pick, change) : c));
  const rebuilt = { ...node, children };
  return pick(rebuilt) ? change(rebuilt) : rebuilt;
}

describe('checkManifest', () => {
  it('finds nothing wrong with a manifest we generate', () => {
    expect(checkManifest(manifestElement(input()), PACKAGE)).toEqual([]);
  });

  it('catches an item pointing at a resource that does not exist', () => {
    const dangling = edit(manifestElement(input()), (n) => n.name === 'item', (n) => ({
      ...n, attributes: n.attributes.map(([k, v]) => [k, k === 'identifierref' ? 'RES-missing' : v] as const),
    }));
    expect(checkManifest(dangling, PACKAGE)).toEqual(['<item> refers to resource "RES-missing", which does not exist']);
  });

  it('catches a file listed in the manifest but missing from the package, and a file not listed', () => {
    const problems = checkManifest(manifestElement(input()), ['imsmanifest.xml', 'assets/player.js', 'lessons/a/index.html', 'extra.txt']);
    expect(problems).toEqual([
      '<file> href "assets/player.css" is not in the package',
      'package file "extra.txt" is not listed in any resource',
    ]);
  });

  it('catches duplicate and invalid identifiers', () => {
    const twice = input({ organizationId: 'RES-a' });
    expect(checkManifest(manifestElement(twice), PACKAGE)).toContain('identifier "RES-a" is used twice');
    const digit = input({ identifier: '1-course' });
    expect(checkManifest(manifestElement(digit), PACKAGE)).toContain('identifier "1-course" is not a valid xs:ID');
  });

  it('catches an item without a title', () => {
    const untitled = edit(manifestElement(input()), (n) => n.name === 'item', (n) => ({
      ...n, children: n.children.filter((c) => c.kind !== 'element' || c.name !== 'title'),
    }));
    expect(checkManifest(untitled, PACKAGE)).toEqual(['<item> "ITEM-a" has no title']);
  });

  it('catches a mastery score that is not a number from 0 to 100', () => {
    for (const bad of ['eighty', '101', '-5']) {
      const scored = edit(manifestElement(input({ masteryScores: { a: 80 } })), (n) => n.name === 'adlcp:masteryscore', (n) => ({
        ...n, children: [{ kind: 'text', text: bad }],
      }));
      expect(checkManifest(scored, PACKAGE)).toEqual([`mastery score "${bad}" is not a number from 0 to 100`]);
    }
    expect(checkManifest(manifestElement(input({ masteryScores: { a: 0 } })), PACKAGE)).toEqual([]);
    expect(checkManifest(manifestElement(input({ masteryScores: { a: 100 } })), PACKAGE)).toEqual([]);
  });

  it('catches a version longer than the schema allows', () => {
    expect(checkManifest(manifestElement(input({ version: '1.0.0-preview.20240101' })), PACKAGE)).toEqual([
      'manifest version "1.0.0-preview.20240101" is longer than 20 characters',
    ]);
  });

  it('catches a default organization that does not exist', () => {
    const wrongDefault = edit(manifestElement(input()), (n) => n.name === 'organizations', (n) => ({
      ...n, attributes: [['default', 'ORG-other']],
    }));
    expect(checkManifest(wrongDefault, PACKAGE)).toEqual(['the default organization "ORG-other" does not exist']);
  });

  it('is run by the adapter, which reports a failure as a bug', () => {
    // A lesson id with a space can only reach the adapter if the loader let it through.
    const course = sampleCourse({ chapters: [], lessons: [lesson('bad id', 1)] });
    const run = () => scorm12.packages(sampleInput(course));
    expect(run).toThrow(InternalError);
    expect(run).toThrow(/identifier "ITEM-bad id" is not a valid xs:ID/);
  });
});
