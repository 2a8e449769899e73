/**
 * What the SCORM 1.2 XSDs do not check but an LMS relies on: identifiers that are unique and
 * valid, references that resolve, titles present, files that exist, a numeric mastery score.
 * Run on every package we write; any problem is a bug in coursepack, not in the course.
 */
import type { XmlElement, XmlNode } from '../xml';
import { MAX_TITLE_LENGTH } from './titles';
import { MANIFEST_PATH } from './manifest';

/** xs:ID is an NCName; we only ever write the ASCII subset. */
const VALID_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/** imscp attr.version: at most 20 characters. */
const MAX_VERSION_LENGTH = 20;

/** Returns one sentence per problem; empty when the manifest is sound for these package paths. */
export function checkManifest(manifest: XmlElement, packagePaths: readonly string[]): string[] {
  const all = descendants(manifest);
  return [
    ...checkIdentifiers(all),
    ...checkReferences(manifest, all),
    ...checkTitles(all),
    ...checkFiles(all, packagePaths),
    ...checkMasteryScores(all),
    ...checkVersion(manifest),
  ];
}

function checkIdentifiers(all: readonly XmlElement[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const node of all) {
    const identifier = attribute(node, 'identifier');
    if (identifier === undefined) continue;
    if (!VALID_IDENTIFIER.test(identifier)) problems.push(`identifier "${identifier}" is not a valid xs:ID`);
    if (seen.has(identifier)) problems.push(`identifier "${identifier}" is used twice`);
    seen.add(identifier);
  }
  return problems;
}

function checkReferences(manifest: XmlElement, all: readonly XmlElement[]): string[] {
  const problems: string[] = [];
  const resources = new Set(identifiersOf(all, 'resource'));
  for (const node of all) {
    const ref = attribute(node, 'identifierref');
    if (ref !== undefined && !resources.has(ref)) {
      problems.push(`<${node.name}> refers to resource "${ref}", which does not exist`);
    }
  }
  const organizations = identifiersOf(all, 'organization');
  if (organizations.length === 0) problems.push('the manifest has no organization');
  const organizationsNode = all.find((node) => node.name === 'organizations');
  const defaultOrganization = organizationsNode && attribute(organizationsNode, 'default');
  if (defaultOrganization !== undefined && !organizations.includes(defaultOrganization)) {
    problems.push(`the default organization "${defaultOrganization}" does not exist`);
  }
  if (manifest.name !== 'manifest') problems.push(`the root element is <${manifest.name}>, not <manifest>`);
  return problems;
}

function checkTitles(all: readonly XmlElement[]): string[] {
  const problems: string[] = [];
  for (const node of all.filter((n) => n.name === 'item' || n.name === 'organization')) {
    const title = node.children.find((child): child is XmlElement => child.kind === 'element' && child.name === 'title');
    const text = title ? textOf(title).trim() : '';
    const name = attribute(node, 'identifier') ?? '?';
    if (text === '') problems.push(`<${node.name}> "${name}" has no title`);
    if (Array.from(text).length > MAX_TITLE_LENGTH) problems.push(`<${node.name}> "${name}" has a title over ${MAX_TITLE_LENGTH} characters`);
  }
  return problems;
}

function checkFiles(all: readonly XmlElement[], packagePaths: readonly string[]): string[] {
  const problems: string[] = [];
  const present = new Set(packagePaths);
  const listed = new Set<string>();
  for (const node of all) {
    const href = attribute(node, 'href');
    if (href === undefined) continue;
    if (!present.has(href)) problems.push(`<${node.name}> href "${href}" is not in the package`);
    if (node.name === 'file') listed.add(href);
  }
  for (const path of packagePaths) {
    if (path !== MANIFEST_PATH && !listed.has(path)) problems.push(`package file "${path}" is not listed in any resource`);
  }
  if (!present.has(MANIFEST_PATH)) problems.push(`the package has no ${MANIFEST_PATH}`);
  return problems;
}

function checkMasteryScores(all: readonly XmlElement[]): string[] {
  return all
    .filter((node) => node.name === 'adlcp:masteryscore')
    .map((node) => textOf(node).trim())
    .filter((text) => !/^\d+(\.\d+)?$/.test(text) || Number(text) > 100)
    .map((text) => `mastery score "${text}" is not a number from 0 to 100`);
}

function checkVersion(manifest: XmlElement): string[] {
  const version = attribute(manifest, 'version');
  if (version === undefined || Array.from(version).length <= MAX_VERSION_LENGTH) return [];
  return [`manifest version "${version}" is longer than ${MAX_VERSION_LENGTH} characters`];
}

function descendants(node: XmlElement): XmlElement[] {
  const elements = node.children.filter((child): child is XmlElement => child.kind === 'element');
  return [node, ...elements.flatMap(descendants)];
}

function identifiersOf(all: readonly XmlElement[], name: string): string[] {
  return all.filter((node) => node.name === name).flatMap((node) => attribute(node, 'identifier') ?? []);
}

function attribute(node: XmlElement, name: string): string | undefined {
  return node.attributes.find(([key]) => key === name)?.[1];
}

function textOf(node: XmlNode): string {
  return node.kind === 'text' ? node.text : node.children.map(textOf).join('');
}
