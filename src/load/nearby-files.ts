/**
 * The Markdown files that exist in the course folder, to suggest one when a listed lesson
 * file is not found. Listed lazily and once: most courses never need it.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** Enough for any course; stops a mistaken course folder (say, the home folder) from being walked whole. */
const MAX_FILES = 5000;
const MAX_DEPTH = 4;

export type NearbyFiles = () => Promise<readonly string[]>;

export function nearbyMarkdownFiles(dir: string): NearbyFiles {
  let listing: Promise<readonly string[]> | undefined;
  return () => (listing ??= listMarkdown(dir));
}

async function listMarkdown(dir: string): Promise<readonly string[]> {
  const found: string[] = [];
  await walk(dir, '', 0, found);
  return found.sort();
}

async function walk(root: string, relative: string, depth: number, found: string[]): Promise<void> {
  if (depth > MAX_DEPTH || found.length >= MAX_FILES) return;
  let entries;
  try {
    entries = await fs.readdir(path.join(root, relative), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) await walk(root, child, depth + 1, found);
    else if (entry.isFile() && entry.name.endsWith('.md') && found.length < MAX_FILES) found.push(child);
  }
}
