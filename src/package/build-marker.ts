/**
 * The build marker: a small file a build leaves in the output folder and in each format folder
 * it writes, naming the files it wrote there. A build replaces a folder only when its marker
 * says the build wrote everything in it, so it never deletes a file it did not write itself.
 * The text holds no time or path, so that the same build writes the same bytes.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export const BUILD_MARKER = '.coursepack-build';

const WRITTEN_BY = 'coursepack build';

export interface BuildMarker {
  /** `/`-separated paths, relative to the marked folder, of the files the build wrote there. */
  readonly files: readonly string[];
}

export function markerText(files: readonly string[]): string {
  const body = {
    writtenBy: WRITTEN_BY,
    note: 'coursepack build replaces this folder only while it holds nothing but the files listed here.',
    files: [...files].sort(),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** The marker of `dir`, or null when it has none (or one coursepack did not write). */
export async function readMarker(dir: string): Promise<BuildMarker | null> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dir, BUILD_MARKER), 'utf8');
  } catch {
    return null;
  }
  try {
    const data = JSON.parse(text) as { writtenBy?: unknown; files?: unknown };
    if (data.writtenBy !== WRITTEN_BY || !Array.isArray(data.files)) return null;
    return { files: data.files.filter((file): file is string => typeof file === 'string') };
  } catch {
    return null;
  }
}
