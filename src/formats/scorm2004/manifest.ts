/**
 * The SCORM 2004 4th edition `imsmanifest.xml`: IMS CP 1.1.4 with the ADL CP, sequencing and
 * navigation extensions. As in SCORM 1.2, one SCO resource per lesson page, and the player
 * files form one shared `asset` resource every SCO depends on; lessons are grouped by chapter.
 */
import type { Lesson } from '../../model/course';
import { element, type XmlElement } from '../xml';
import { lessonMediaPaths, lessonPagePath } from '../layout';
import type { OrganizationNode } from '../scorm12/organization';
import { chapterTitle, lessonTitle, manifestTitle } from '../scorm12/titles';
import * as ids from './identifiers';
import { NAMESPACE_DECLARATIONS, SCHEMA_LOCATION, SCHEMA_NAME, SCHEMA_VERSION } from './namespaces';
import { clusterSequencing, lessonSequencing } from './sequencing';

export { MANIFEST_PATH } from '../scorm12/manifest';

/** A lesson that becomes a SCO. */
export interface ScoLesson {
  readonly lesson: Lesson;
  /** The pass mark as a fraction (0..1) when the lesson ends with a quiz; absent otherwise. */
  readonly passingMeasure?: number;
}

export interface ManifestInput {
  readonly identifier: string;
  readonly version: string;
  readonly organizationId: string;
  readonly organizationTitle: string;
  readonly organization: readonly OrganizationNode[];
  /** Every lesson whose page is in the package, in course order: one SCO resource each. */
  readonly lessons: readonly ScoLesson[];
  /** Package paths of the files every lesson page loads (the player). */
  readonly sharedFiles: readonly string[];
}

export function manifestElement(input: ManifestInput): XmlElement {
  const namespaces = Object.fromEntries(NAMESPACE_DECLARATIONS);
  return element(
    'manifest',
    {
      identifier: input.identifier,
      version: input.version,
      ...namespaces,
      'xsi:schemaLocation': SCHEMA_LOCATION,
    },
    [metadataElement(), organizationsElement(input), resourcesElement(input)],
  );
}

function metadataElement(): XmlElement {
  return element('metadata', {}, [element('schema', {}, [SCHEMA_NAME]), element('schemaversion', {}, [SCHEMA_VERSION])]);
}

function organizationsElement(input: ManifestInput): XmlElement {
  const measures = new Map(input.lessons.map((sco) => [sco.lesson.id, sco.passingMeasure]));
  const items = input.organization.map((node) => organizationItem(node, measures));
  const organization = element('organization', { identifier: input.organizationId }, [
    element('title', {}, [manifestTitle(input.organizationTitle)]),
    ...items,
    clusterSequencing(),
  ]);
  return element('organizations', { default: input.organizationId }, [organization]);
}

type Measures = ReadonlyMap<string, number | undefined>;

function organizationItem(node: OrganizationNode, measures: Measures): XmlElement {
  switch (node.kind) {
    case 'chapter':
      return element('item', { identifier: ids.chapterItemId(node.chapter.id) }, [
        element('title', {}, [chapterTitle(node.chapter)]),
        ...node.lessons.map((lesson) => lessonItem(lesson, measures.get(lesson.id))),
        clusterSequencing(),
      ]);
    case 'lesson':
      return lessonItem(node.lesson, measures.get(node.lesson.id));
  }
}

function lessonItem(lesson: Lesson, passingMeasure: number | undefined): XmlElement {
  return element('item', { identifier: ids.lessonItemId(lesson.id), identifierref: ids.lessonResourceId(lesson.id) }, [
    element('title', {}, [lessonTitle(lesson)]),
    lessonSequencing(ids.lessonObjectiveId(lesson.id), passingMeasure),
  ]);
}

function resourcesElement(input: ManifestInput): XmlElement {
  const scos = input.lessons.map((sco) => lessonResource(sco.lesson));
  const shared = element(
    'resource',
    { identifier: ids.SHARED_ASSETS_ID, type: 'webcontent', 'adlcp:scormType': 'asset' },
    input.sharedFiles.map((href) => element('file', { href })),
  );
  return element('resources', {}, [...scos, shared]);
}

function lessonResource(lesson: Lesson): XmlElement {
  const page = lessonPagePath(lesson.id);
  return element(
    'resource',
    { identifier: ids.lessonResourceId(lesson.id), type: 'webcontent', 'adlcp:scormType': 'sco', href: page },
    [element('file', { href: page }), ...lessonMediaPaths(lesson).map((href) => element('file', { href })), element('dependency', { identifierref: ids.SHARED_ASSETS_ID })],
  );
}
