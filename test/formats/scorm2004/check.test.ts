import { checkManifest } from '../../../src/formats/scorm2004/check';
import { manifestElement, type ManifestInput } from '../../../src/formats/scorm2004/manifest';
import { scorm2004 } from '../../../src/formats/scorm2004';
import { serializeDocument, type XmlElement } from '../../../src/formats/xml';
import { lesson, sampleInput } from '../sample-course';
import { requireXmllint, validateXml } from '../xmllint';
import { sharedPath } from '../../harness/shared-dir';

const SCORM2004_XSD = sharedPath('xsd', 'scorm2004-4th', 'scorm2004-all.xsd');
const PACKAGE = ['imsmanifest.xml', 'assets/player.js', 'assets/player.css', 'lessons/a/index.html'];

function input(overrides: Partial<ManifestInput> = {}): ManifestInput {
  const a = lesson('a', 1);
  return {
    identifier: 'MANIFEST-c',
    version: '1.0.0',
    organizationId: 'ORG-c',
    organizationTitle: 'Course',
    organization: [{ kind: 'lesson', lesson: a }],
    lessons: [{ lesson: a, passingMeasure: 0.7 }],
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

function setAttribute(node: XmlElement, name: string, value: string): XmlElement {
  return { ...node, attributes: node.attributes.map(([k, v]) => [k, k === name ? value : v] as const) };
}

function renameAttribute(node: XmlElement, from: string, to: string): XmlElement {
  return { ...node, attributes: node.attributes.map(([k, v]) => [k === from ? to : k, v] as const) };
}

beforeAll(requireXmllint);

describe('checkManifest (SCORM 2004)', () => {
  it('finds nothing wrong with the manifests we generate', () => {
    expect(checkManifest(manifestElement(input()), PACKAGE)).toEqual([]);
    // Every package of the sample course passed the check, or packages() would have thrown.
    expect(scorm2004.packages(sampleInput())).toHaveLength(6);
  });

  it('catches a dangling identifierref that the schema accepts', () => {
    const dangling = edit(manifestElement(input()), (n) => n.name === 'item', (n) => setAttribute(n, 'identifierref', 'RES-missing'));
    expect(validateXml(serializeDocument(dangling), SCORM2004_XSD).status).toBe(0);
    expect(checkManifest(dangling, PACKAGE)).toEqual(['<item> refers to resource "RES-missing", which does not exist']);
  });

  it('catches a misspelt namespace URI that the schema accepts', () => {
    const wrong = 'http://www.imsglobal.org/xsd/imsss_v1p0';
    const misspelt = setAttribute(manifestElement(input()), 'xmlns:imsss', wrong);
    expect(validateXml(serializeDocument(misspelt), SCORM2004_XSD).status).toBe(0);
    expect(checkManifest(misspelt, PACKAGE)).toEqual([`xmlns:imsss is "${wrong}", not "http://www.imsglobal.org/xsd/imsss"`]);
  });

  it('catches a missing declaration, a prefix used but undeclared, and a schemaLocation out of step', () => {
    const root = manifestElement(input());
    const undeclared = { ...root, attributes: root.attributes.filter(([k]) => k !== 'xmlns:adlnav' && k !== 'xmlns:adlcp') };
    const problems = checkManifest(undeclared, PACKAGE);
    expect(problems).toContain('the manifest does not declare xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"');
    expect(problems).toContain('<resource> uses the undeclared prefix "adlcp" in adlcp:scormType');
    const relocated = setAttribute(root, 'xsi:schemaLocation', 'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd');
    expect(checkManifest(relocated, PACKAGE)).toContain(
      'xsi:schemaLocation gives no file for http://www.imsglobal.org/xsd/imsss, not "imsss_v1p0.xsd"',
    );
  });

  it('catches a minNormalizedMeasure outside [-1, 1] or not a decimal', () => {
    expect(checkManifest(manifestElement(input({ lessons: [{ lesson: lesson('a', 1), passingMeasure: 1.5 }] })), PACKAGE)).toEqual([
      'minNormalizedMeasure "1.5000" is not a decimal from -1 to 1',
    ]);
    const exponent = edit(manifestElement(input()), (n) => n.name === 'imsss:minNormalizedMeasure', (n) => ({ ...n, children: [{ kind: 'text', text: '7e-1' }] }));
    expect(checkManifest(exponent, PACKAGE)).toEqual(['minNormalizedMeasure "7e-1" is not a decimal from -1 to 1']);
  });

  it('catches the 1.2 spelling adlcp:scormtype and values other than sco and asset', () => {
    const lowercase = edit(manifestElement(input()), (n) => n.name === 'resource', (n) => renameAttribute(n, 'adlcp:scormType', 'adlcp:scormtype'));
    expect(validateXml(serializeDocument(lowercase), SCORM2004_XSD).status).toBe(0);
    expect(checkManifest(lowercase, PACKAGE)).toEqual([
      'resource "RES-a" has no adlcp:scormType',
      'resource "SHARED-ASSETS" has no adlcp:scormType',
    ]);
    const wrongValue = edit(manifestElement(input()), (n) => attribute(n, 'identifier') === 'RES-a', (n) => setAttribute(n, 'adlcp:scormType', 'SCO'));
    expect(checkManifest(wrongValue, PACKAGE)).toEqual(['resource "RES-a" has adlcp:scormType "SCO", not sco or asset']);
  });

  it('catches duplicate identifiers, untitled items and files missing from the package or from the manifest', () => {
    expect(checkManifest(manifestElement(input({ organizationId: 'RES-a' })), PACKAGE)).toContain('identifier "RES-a" is used twice');
    const untitled = edit(manifestElement(input()), (n) => n.name === 'item', (n) => ({
      ...n, children: n.children.filter((c) => c.kind !== 'element' || c.name !== 'title'),
    }));
    expect(checkManifest(untitled, PACKAGE)).toEqual(['<item> "ITEM-a" has no title']);
    expect(checkManifest(manifestElement(input()), ['imsmanifest.xml', 'assets/player.js', 'lessons/a/index.html', 'extra.txt'])).toEqual([
      '<file> href "assets/player.css" is not in the package',
      'package file "extra.txt" is not listed in any resource',
    ]);
  });

  it('catches a schemaversion other than 2004 4th Edition', () => {
    const third = edit(manifestElement(input()), (n) => n.name === 'schemaversion', (n) => ({ ...n, children: [{ kind: 'text', text: '2004 3rd Edition' }] }));
    expect(checkManifest(third, PACKAGE)).toEqual(['<schemaversion> is "2004 3rd Edition", not "2004 4th Edition"']);
  });
});

function attribute(node: XmlElement, name: string): string | undefined {
  return node.attributes.find(([key]) => key === name)?.[1];
}
