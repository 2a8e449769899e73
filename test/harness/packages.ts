/**
 * Reading built packages the way an LMS does: find the zips, unpack them, and pull out of
 * `imsmanifest.xml` what the schema cannot check (references, files, titles).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import JSZip from 'jszip';

/** Paths of every `.zip` under `dir`, relative to it with `/` separators, sorted. */
export function findZips(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.zip')) found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

export interface UnpackedPackage {
  /** Path of the zip relative to the build folder, e.g. `scorm12/lessons/s1-1.zip`. */
  readonly zipPath: string;
  /** Folder the zip was unpacked into. */
  readonly dir: string;
  /** Entry names in the zip (files only), sorted. */
  readonly files: readonly string[];
}

/** Unpacks a zip into `targetDir`, refusing entries that would land outside it. */
export async function unpackZip(zipFile: string, targetDir: string): Promise<readonly string[]> {
  const zip = await JSZip.loadAsync(readFileSync(zipFile));
  const files = Object.values(zip.files).filter((entry) => !entry.dir);
  for (const entry of files) {
    if (entry.name.startsWith('/') || entry.name.split('/').includes('..')) {
      throw new Error(`${zipFile}: entry "${entry.name}" points outside the package`);
    }
    const target = join(targetDir, entry.name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
  }
  return files.map((entry) => entry.name).sort();
}

/** Unpacks every zip under `buildDir` into `targetDir/<zip path without .zip>/`. */
export async function unpackAll(buildDir: string, targetDir: string): Promise<UnpackedPackage[]> {
  const unpacked: UnpackedPackage[] = [];
  for (const zipPath of findZips(buildDir)) {
    const dir = join(targetDir, zipPath.replace(/\.zip$/, ''));
    const files = await unpackZip(join(buildDir, zipPath), dir);
    unpacked.push({ zipPath, dir, files });
  }
  return unpacked;
}

export interface ManifestItem {
  readonly identifier: string;
  readonly identifierref?: string;
  readonly title: string;
}

export interface ManifestResource {
  readonly identifier: string;
  readonly href?: string;
  readonly scormType?: string;
  readonly files: readonly string[];
}

export interface ManifestSummary {
  readonly organizationTitle: string;
  readonly items: readonly ManifestItem[];
  readonly resources: readonly ManifestResource[];
  readonly masteryScores: readonly string[];
}

/**
 * Reads the parts of a SCORM 1.2 manifest the tests check. Regular expressions are enough:
 * the manifest is written by our own writer, and the schema check runs separately.
 */
export function readManifest(xml: string): ManifestSummary {
  const organization = /<organization\b[^>]*>\s*<title>([\s\S]*?)<\/title>/.exec(xml);
  const items = [...xml.matchAll(/<item\b([^>]*)>\s*<title>([\s\S]*?)<\/title>/g)].map((match) => {
    const attributes = readAttributes(match[1]!);
    return {
      identifier: attributes['identifier'] ?? '',
      ...(attributes['identifierref'] !== undefined ? { identifierref: attributes['identifierref'] } : {}),
      title: decodeXml(match[2]!),
    };
  });
  const resources = [...xml.matchAll(/<resource\b([^>]*?)(\/>|>([\s\S]*?)<\/resource>)/g)].map((match) => {
    const attributes = readAttributes(match[1]!);
    const files = [...(match[3] ?? '').matchAll(/<file\b([^>]*?)\/?>/g)].map(
      (file) => readAttributes(file[1]!)['href'] ?? '',
    );
    return {
      identifier: attributes['identifier'] ?? '',
      ...(attributes['href'] !== undefined ? { href: attributes['href'] } : {}),
      ...(attributes['adlcp:scormtype'] !== undefined ? { scormType: attributes['adlcp:scormtype'] } : {}),
      files,
    };
  });
  const masteryScores = [...xml.matchAll(/<adlcp:masteryscore>([\s\S]*?)<\/adlcp:masteryscore>/g)].map((m) => m[1]!);
  return { organizationTitle: organization ? decodeXml(organization[1]!) : '', items, resources, masteryScores };
}

function readAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
    attributes[match[1]!] = decodeXml(match[2]!);
  }
  return attributes;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}
