/**
 * What no schema checks in an xAPI or cmi5 package but a launcher relies on: activity ids are
 * absolute IRIs and unique, every launch URL is a file of the package, mastery scores are in
 * 0–1, and nothing in any file looks like an LRS credential or endpoint (the launch URL must
 * bring those). Any problem is a bug in coursepack: the format throws.
 */
import { isPacked, type OutputFile, type PackageFile } from '../../model/files';
import type { XmlElement, XmlNode } from '../xml';

const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/;

/** Text that would be a credential or LRS address written into the package. */
const CREDENTIAL_PATTERNS: readonly RegExp[] = [/Basic [A-Za-z0-9+/=]{8,}/, /auth-token/i, /[?&](endpoint|auth|fetch)=/, /\/xAPI\//];
/** One pass over each file (pages are long) that matches wherever any of them would (and a little more, ignoring case); the single patterns then say what was found. */
const MAYBE_CREDENTIAL = new RegExp(CREDENTIAL_PATTERNS.map((pattern) => `(?:${pattern.source})`).join('|'), 'i');

/**
 * Reads each distinct text once for credentials, however many packages hold it: a lesson's page
 * is in the course package and in the lesson's own (issue 18). One per format run, so what it
 * remembers goes when the packages are made.
 */
export interface CredentialScan {
  /**
   * The patterns (their source) found in `text`; `key` stands for the text when the caller has one
   * (OutputFile.contentKey); `shared`, the beginning other texts share (OutputFile.sharedPrefix and
   * sharedPrefixKey: a lesson's xAPI and cmi5 pages), which is then read once for all of them.
   */
  found(text: string, key?: object, shared?: SharedBeginning): readonly string[];
  /** How many distinct texts were read. */
  readonly textsRead: number;
}

export function credentialScan(): CredentialScan {
  // Short texts by themselves; pages by their key (a map of long texts compares equal-length
  // pages character by character: V8 hashes a long string by its length alone).
  const seen = new Map<string, readonly string[]>();
  const seenByKey = new WeakMap<object, readonly string[]>();
  let textsRead = 0;
  return {
    found(text, key, shared) {
      let found = key === undefined ? seen.get(text) : seenByKey.get(key);
      if (found === undefined) {
        found = shared !== undefined && shared.length > SEAM_OVERLAP && shared.length < text.length ? foundAcross(text, shared) : patternsIn(text);
        if (key === undefined) seen.set(text, found);
        else seenByKey.set(key, found);
        textsRead += 1;
      }
      return found;
    },
    get textsRead() {
      return textsRead;
    },
  };
}

/** A beginning several texts share: its length in characters, and an object that stands for it. */
export interface SharedBeginning {
  readonly length: number;
  readonly key: object;
}

/**
 * A match that runs across the end of a shared beginning starts less than this many characters
 * before it, or else the beginning holds a match of the same pattern by itself: every pattern's
 * shortest match ("Basic " and 8 characters) is shorter.
 */
const SEAM_OVERLAP = 64;

/**
 * What each shared beginning holds, by its key, for every scan of the build: a beginning is the
 * same text wherever its key goes (it goes with the key).
 */
const beginnings = new WeakMap<object, readonly string[]>();

/** The patterns in the shared beginning (read once per beginning) or in the rest with the last characters of the beginning. */
function foundAcross(text: string, shared: SharedBeginning): readonly string[] {
  let head = beginnings.get(shared.key);
  if (head === undefined) {
    head = patternsIn(text.slice(0, shared.length));
    beginnings.set(shared.key, head);
  }
  const tail = patternsIn(text.slice(shared.length - SEAM_OVERLAP));
  if (head.length === 0) return tail;
  return CREDENTIAL_PATTERNS.map((pattern) => pattern.source).filter((source) => head.includes(source) || tail.includes(source));
}

function patternsIn(text: string): readonly string[] {
  return MAYBE_CREDENTIAL.test(text) ? CREDENTIAL_PATTERNS.filter((pattern) => pattern.test(text)).map((pattern) => pattern.source) : [];
}

export function checkPackage(structure: XmlElement, files: readonly PackageFile[], launchElement: 'launch' | 'url', scan: CredentialScan = credentialScan()): string[] {
  const all = descendants(structure);
  return [...checkIds(all), ...checkLaunches(all, launchElement, files), ...checkMastery(all), ...checkCredentials(files, scan)];
}

function checkIds(all: readonly XmlElement[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const node of all) {
    const id = attribute(node, 'id');
    if (id === undefined) continue;
    if (!ABSOLUTE_IRI.test(id)) problems.push(`<${node.name}> id "${id}" is not an absolute IRI`);
    if (seen.has(id)) problems.push(`id "${id}" is used twice`);
    seen.add(id);
  }
  return problems;
}

function checkLaunches(all: readonly XmlElement[], launchElement: string, files: readonly PackageFile[]): string[] {
  const present = new Set(files.map((file) => file.path));
  const launches = all.filter((node) => node.name === launchElement).map((node) => textOf(node).trim());
  const problems = launches.filter((path) => !present.has(path)).map((path) => `launch "${path}" is not in the package`);
  if (launches.length === 0) problems.push('nothing in the package can be launched');
  // The TinCan launch document: one launchable activity per package.
  if (launchElement === 'launch' && launches.length > 1) problems.push(`${launches.length} activities have a launch; a TinCan package allows one`);
  return problems;
}

function checkMastery(all: readonly XmlElement[]): string[] {
  return all
    .map((node) => attribute(node, 'masteryScore'))
    .filter((value): value is string => value !== undefined)
    .filter((value) => !/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/.test(value))
    .map((value) => `masteryScore "${value}" is not a number from 0 to 1`);
}

/** Packed files are pages the build zipped into their lesson's package before, where they were read. */
function checkCredentials(files: readonly PackageFile[], scan: CredentialScan): string[] {
  return files
    .filter((file): file is OutputFile & { content: string } => !isPacked(file) && typeof file.content === 'string' && !file.path.endsWith('.js'))
    .flatMap((file) => scan.found(file.content, file.contentKey, sharedBeginning(file)).map((source) => `${file.path} contains something like an LRS credential (${source})`));
}

function sharedBeginning({ sharedPrefix, sharedPrefixKey }: OutputFile): SharedBeginning | undefined {
  return sharedPrefix === undefined || sharedPrefixKey === undefined ? undefined : { length: sharedPrefix, key: sharedPrefixKey };
}

function descendants(node: XmlElement): XmlElement[] {
  const elements = node.children.filter((child): child is XmlElement => child.kind === 'element');
  return [node, ...elements.flatMap(descendants)];
}

function attribute(node: XmlElement, name: string): string | undefined {
  return node.attributes.find(([key]) => key === name)?.[1];
}

function textOf(node: XmlNode): string {
  return node.kind === 'text' ? node.text : node.children.map(textOf).join('');
}
