/**
 * The SCORM 1.2 `imsmanifest.xml`: IMS Content Packaging 1.1.2 with the ADL 1.2 extensions.
 * One SCO resource per lesson page; the player files form one shared asset resource that
 * every SCO depends on.
 */
import type { Lesson } from '../../model/course';
import { element, serializeDocument, type XmlElement } from '../xml';
import { lessonMediaPaths, lessonPagePath } from '../layout';
import * as ids from './identifiers';
import { chapterTitle, lessonTitle, manifestTitle } from './titles';
import type { OrganizationNode } from './organization';

const IMSCP_NS = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADLCP_NS = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
const IMSMD_NS = 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const SCHEMA_LOCATION = [
  `${IMSCP_NS} imscp_rootv1p1p2.xsd`,
  `${IMSMD_NS} imsmd_rootv1p2p1.xsd`,
  `${ADLCP_NS} adlcp_rootv1p2.xsd`,
].join(' ');

export const MANIFEST_PATH = 'imsmanifest.xml';

export interface ManifestInput {
  readonly identifier: string;
  readonly version: string;
  readonly organizationId: string;
  readonly organizationTitle: string;
  readonly organization: readonly OrganizationNode[];
  /** Every lesson whose page is in the package: one SCO resource each. */
  readonly lessons: readonly Lesson[];
  /** Package paths of the files every lesson page loads (the player). */
  readonly sharedFiles: readonly string[];
  /** `adlcp:masteryscore` by lesson id (./mastery.ts); a lesson without one gets none. */
  readonly masteryScores?: Readonly<Record<string, number | undefined>>;
}

export function manifestElement(input: ManifestInput): XmlElement {
  return element(
    'manifest',
    {
      identifier: input.identifier,
      version: input.version,
      xmlns: IMSCP_NS,
      'xmlns:adlcp': ADLCP_NS,
      'xmlns:xsi': XSI_NS,
      'xsi:schemaLocation': SCHEMA_LOCATION,
    },
    [metadataElement(), organizationsElement(input), resourcesElement(input)],
  );
}

export function manifestXml(input: ManifestInput): string {
  return serializeDocument(manifestElement(input));
}

function metadataElement(): XmlElement {
  return element('metadata', {}, [element('schema', {}, ['ADL SCORM']), element('schemaversion', {}, ['1.2'])]);
}

function organizationsElement(input: ManifestInput): XmlElement {
  const scores = input.masteryScores ?? {};
  const items = input.organization.map((node) => organizationItem(node, (lesson) => scores[lesson.id]));
  const organization = element('organization', { identifier: input.organizationId }, [
    element('title', {}, [manifestTitle(input.organizationTitle)]),
    ...items,
  ]);
  return element('organizations', { default: input.organizationId }, [organization]);
}

type MasteryOf = (lesson: Lesson) => number | undefined;

function organizationItem(node: OrganizationNode, masteryScore: MasteryOf): XmlElement {
  switch (node.kind) {
    case 'chapter':
      return element('item', { identifier: ids.chapterItemId(node.chapter.id) }, [
        element('title', {}, [chapterTitle(node.chapter)]),
        ...node.lessons.map((lesson) => lessonItem(lesson, masteryScore)),
      ]);
    case 'lesson':
      return lessonItem(node.lesson, masteryScore);
  }
}

function lessonItem(lesson: Lesson, masteryOf: MasteryOf): XmlElement {
  const masteryScore = masteryOf(lesson);
  const mastery = masteryScore === undefined ? [] : [element('adlcp:masteryscore', {}, [String(masteryScore)])];
  return element(
    'item',
    { identifier: ids.lessonItemId(lesson.id), identifierref: ids.lessonResourceId(lesson.id) },
    [element('title', {}, [lessonTitle(lesson)]), ...mastery],
  );
}

function resourcesElement(input: ManifestInput): XmlElement {
  const scos = input.lessons.map(lessonResource);
  const shared = element(
    'resource',
    { identifier: ids.SHARED_ASSETS_ID, type: 'webcontent', 'adlcp:scormtype': 'asset' },
    input.sharedFiles.map((href) => element('file', { href })),
  );
  return element('resources', {}, [...scos, shared]);
}

function lessonResource(lesson: Lesson): XmlElement {
  const page = lessonPagePath(lesson.id);
  return element(
    'resource',
    { identifier: ids.lessonResourceId(lesson.id), type: 'webcontent', 'adlcp:scormtype': 'sco', href: page },
    [element('file', { href: page }), ...lessonMediaPaths(lesson).map((href) => element('file', { href })), element('dependency', { identifierref: ids.SHARED_ASSETS_ID })],
  );
}
