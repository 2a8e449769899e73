/**
 * What the SCORM 2004 XSDs let through but an LMS trips over: a misspelt namespace URI (the
 * extension elements then validate "laxly" as foreign markup and are silently ignored),
 * dangling `identifierref`s, duplicate identifiers, files listed but missing, untitled items,
 * a `minNormalizedMeasure` outside [-1, 1], resources without a valid `adlcp:scormType`.
 * Run on every package we write; any problem is a bug in coursepack, not in the course.
 */
import type { XmlElement } from '../xml';
import { MAX_TITLE_LENGTH } from '../scorm12/titles';
import { MANIFEST_PATH } from './manifest';
import { NAMESPACE_DECLARATIONS, SCHEMA_FILES, SCHEMA_VERSION, XSI_NS } from './namespaces';
import { attribute, childElements, descendants, prefixOf, textOf } from './xml-query';

/** xs:ID is an NCName; we only ever write the ASCII subset. */
const VALID_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const SCORM_TYPES: readonly string[] = ['sco', 'asset'];
/** imsss measureType: an xs:decimal (no exponent, no sign other than `-`/`+`). */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
/** imscp attr.version: at most 20 characters. */
const MAX_VERSION_LENGTH = 20;

/** Returns one sentence per problem; empty when the manifest is sound for these package paths. */
export function checkManifest(manifest: XmlElement, packagePaths: readonly string[]): string[] {
  const all = descendants(manifest);
  return [
    ...checkRoot(manifest),
    ...checkNamespaces(manifest, all),
    ...checkIdentifiers(all),
    ...checkReferences(all),
    ...checkTitles(all),
    ...checkFiles(all, packagePaths),
    ...checkScormTypes(all),
    ...checkMeasures(all),
  ];
}

function checkRoot(manifest: XmlElement): string[] {
  const problems: string[] = [];
  if (manifest.name !== 'manifest') problems.push(`the root element is <${manifest.name}>, not <manifest>`);
  const version = attribute(manifest, 'version');
  if (version !== undefined && Array.from(version).length > MAX_VERSION_LENGTH) {
    problems.push(`manifest version "${version}" is longer than ${MAX_VERSION_LENGTH} characters`);
  }
  const metadata = childElements(manifest).find((node) => node.name === 'metadata');
  const schemaVersion = metadata && childElements(metadata).find((node) => node.name === 'schemaversion');
  const written = schemaVersion ? textOf(schemaVersion).trim() : '';
  if (written !== SCHEMA_VERSION) problems.push(`<schemaversion> is "${written}", not "${SCHEMA_VERSION}"`);
  return problems;
}

/** Declarations only on the root, each URI exactly ours, every prefix used declared, schema locations paired. */
function checkNamespaces(manifest: XmlElement, all: readonly XmlElement[]): string[] {
  const problems: string[] = [];
  const expected = new Map(NAMESPACE_DECLARATIONS);
  const declared = new Map(manifest.attributes.filter(([name]) => isDeclaration(name)));
  for (const [name, uri] of expected) {
    const found = declared.get(name);
    if (found === undefined) problems.push(`the manifest does not declare ${name}="${uri}"`);
    else if (found !== uri) problems.push(`${name} is "${found}", not "${uri}"`);
  }
  for (const name of declared.keys()) {
    if (!expected.has(name)) problems.push(`the manifest declares an unexpected namespace ${name}`);
  }
  for (const node of all) {
    if (node !== manifest && node.attributes.some(([name]) => isDeclaration(name))) {
      problems.push(`<${node.name}> redeclares a namespace; declarations belong on <manifest> only`);
    }
    for (const name of [node.name, ...node.attributes.map(([key]) => key).filter((key) => !isDeclaration(key))]) {
      const prefix = prefixOf(name);
      if (prefix !== undefined && prefix !== 'xml' && !declared.has(`xmlns:${prefix}`)) {
        problems.push(`<${node.name}> uses the undeclared prefix "${prefix}" in ${name}`);
      }
    }
  }
  return [...problems, ...checkSchemaLocation(manifest)];
}

function checkSchemaLocation(manifest: XmlElement): string[] {
  if (attribute(manifest, 'xmlns:xsi') !== XSI_NS) return [];
  const words = (attribute(manifest, 'xsi:schemaLocation') ?? '').trim().split(/\s+/).filter((word) => word !== '');
  const pairs = new Map<string, string>();
  for (let i = 0; i + 1 < words.length; i += 2) pairs.set(words[i]!, words[i + 1]!);
  const problems: string[] = words.length % 2 === 0 ? [] : ['xsi:schemaLocation does not hold namespace/file pairs'];
  for (const [namespace, file] of SCHEMA_FILES) {
    const found = pairs.get(namespace);
    if (found !== file) problems.push(`xsi:schemaLocation gives ${found === undefined ? 'no file' : `"${found}"`} for ${namespace}, not "${file}"`);
  }
  return problems;
}

function isDeclaration(name: string): boolean {
  return name === 'xmlns' || name.startsWith('xmlns:');
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
  const objectives = all.flatMap((node) => attribute(node, 'objectiveID') ?? []);
  for (const [i, id] of objectives.entries()) {
    if (objectives.indexOf(id) !== i) problems.push(`objectiveID "${id}" is used twice`);
  }
  return problems;
}

function checkReferences(all: readonly XmlElement[]): string[] {
  const problems: string[] = [];
  const resources = new Set(identifiersOf(all, 'resource'));
  for (const node of all) {
    const ref = attribute(node, 'identifierref');
    if (ref !== undefined && !resources.has(ref)) problems.push(`<${node.name}> refers to resource "${ref}", which does not exist`);
  }
  const organizations = identifiersOf(all, 'organization');
  if (organizations.length === 0) problems.push('the manifest has no organization');
  const organizationsNode = all.find((node) => node.name === 'organizations');
  const defaultOrganization = organizationsNode && attribute(organizationsNode, 'default');
  if (defaultOrganization !== undefined && !organizations.includes(defaultOrganization)) {
    problems.push(`the default organization "${defaultOrganization}" does not exist`);
  }
  return problems;
}

function checkTitles(all: readonly XmlElement[]): string[] {
  const problems: string[] = [];
  for (const node of all.filter((n) => n.name === 'item' || n.name === 'organization')) {
    const title = childElements(node).find((child) => child.name === 'title');
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
    if (node.name === 'resource' && !childElements(node).some((file) => file.name === 'file' && attribute(file, 'href') === href)) {
      problems.push(`resource "${attribute(node, 'identifier') ?? '?'}" launches "${href}" without listing it as a <file>`);
    }
  }
  for (const path of packagePaths) {
    if (path !== MANIFEST_PATH && !listed.has(path)) problems.push(`package file "${path}" is not listed in any resource`);
  }
  if (!present.has(MANIFEST_PATH)) problems.push(`the package has no ${MANIFEST_PATH}`);
  return problems;
}

/** `adlcp:scormType` is required on every resource in 2004 (the XSD only sees a foreign attribute). */
function checkScormTypes(all: readonly XmlElement[]): string[] {
  const problems: string[] = [];
  for (const node of all.filter((n) => n.name === 'resource')) {
    const name = attribute(node, 'identifier') ?? '?';
    const type = attribute(node, 'adlcp:scormType');
    if (type === undefined) problems.push(`resource "${name}" has no adlcp:scormType`);
    else if (!SCORM_TYPES.includes(type)) problems.push(`resource "${name}" has adlcp:scormType "${type}", not sco or asset`);
    else if (type === 'sco' && attribute(node, 'href') === undefined) problems.push(`SCO resource "${name}" has no href to launch`);
  }
  return problems;
}

function checkMeasures(all: readonly XmlElement[]): string[] {
  return all
    .filter((node) => node.name === 'imsss:minNormalizedMeasure')
    .map((node) => textOf(node).trim())
    .filter((text) => !DECIMAL.test(text) || Math.abs(Number(text)) > 1)
    .map((text) => `minNormalizedMeasure "${text}" is not a decimal from -1 to 1`);
}

function identifiersOf(all: readonly XmlElement[], name: string): string[] {
  return all.filter((node) => node.name === name).flatMap((node) => attribute(node, 'identifier') ?? []);
}
