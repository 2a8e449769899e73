/**
 * The files a backup carries (files.xml and files/<first two hex digits>/<sha1>): each stored
 * once by the SHA-1 of its content, as Moodle's file pool does, and listed once per place it
 * has in Moodle (context, component, file area, path, name). Folders are listed as Moodle lists
 * them, a `.` entry per folder.
 */
import { createHash } from 'node:crypto';
import type { OutputFile } from '../../model/files';
import { branch, fields, type Node } from './xml';

export interface FilePlace {
  readonly contextId: number;
  readonly component: string;
  readonly filearea: string;
}

interface FileRow extends FilePlace {
  readonly id: number;
  readonly filepath: string;
  readonly filename: string;
  readonly hash: string;
  readonly size: number;
  readonly mimetype: string | null;
}

/** SHA-1 of nothing: the content hash Moodle gives folders. */
const EMPTY_HASH = createHash('sha1').update('').digest('hex');

/** Moodle's names for the types our packages hold (its core_filetypes list). */
const MIMETYPES: Record<string, string> = {
  css: 'text/css',
  gif: 'image/gif',
  htm: 'text/html',
  html: 'text/html',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  js: 'application/x-javascript',
  json: 'application/json',
  png: 'image/png',
  svg: 'image/svg+xml',
  txt: 'text/plain',
  webp: 'image/webp',
  xml: 'application/xml',
  xsd: 'application/xml',
  zip: 'application/zip',
};

export class BackupFiles {
  private readonly rows: FileRow[] = [];
  private readonly contents = new Map<string, Uint8Array>();

  /** Adds the files at `place` (with their folders); returns the ids listed, for inforef.xml. */
  add(place: FilePlace, files: readonly OutputFile[]): number[] {
    const ids: number[] = [];
    const folders = new Set<string>(['/']);
    for (const file of files) {
      const parts = file.path.split('/');
      for (let depth = 1; depth < parts.length; depth += 1) folders.add(`/${parts.slice(0, depth).join('/')}/`);
    }
    const entries = [
      ...files.map((file) => {
        const slash = file.path.lastIndexOf('/');
        return { filepath: `/${file.path.slice(0, slash + 1)}`, filename: file.path.slice(slash + 1), content: bytesOf(file.content) };
      }),
      ...[...folders].map((folder) => ({ filepath: folder, filename: '.', content: undefined })),
    ].sort((a, b) => compare(`${a.filepath}${a.filename}`, `${b.filepath}${b.filename}`));
    for (const entry of entries) {
      const id = this.rows.length + 1;
      const hash = entry.content ? createHash('sha1').update(entry.content).digest('hex') : EMPTY_HASH;
      if (entry.content) this.contents.set(hash, entry.content);
      this.rows.push({
        ...place,
        id,
        filepath: entry.filepath,
        filename: entry.filename,
        hash,
        size: entry.content?.byteLength ?? 0,
        mimetype: entry.content ? mimetypeOf(entry.filename) : null,
      });
      ids.push(id);
    }
    return ids;
  }

  /** The content hash Moodle keeps for `content`. */
  hashOf(content: Uint8Array): string {
    return createHash('sha1').update(content).digest('hex');
  }

  /** files.xml's root. */
  xml(time: number): Node {
    return branch('files', this.rows.map((row) => branch('file', fields({
      contenthash: row.hash,
      contextid: row.contextId,
      component: row.component,
      filearea: row.filearea,
      itemid: 0,
      filepath: row.filepath,
      filename: row.filename,
      userid: null,
      filesize: row.size,
      mimetype: row.mimetype,
      status: 0,
      timecreated: time,
      timemodified: time,
      source: null,
      author: null,
      license: null,
      sortorder: 0,
      repositorytype: null,
      repositoryid: null,
      reference: null,
    }), { id: row.id })));
  }

  /** The pool: `files/ab/ab…` per distinct content. */
  pool(): OutputFile[] {
    return [...this.contents].map(([hash, content]) => ({ path: `files/${hash.slice(0, 2)}/${hash}`, content }));
  }

  /** Bytes of the distinct contents. */
  size(): number {
    let total = 0;
    for (const content of this.contents.values()) total += content.byteLength;
    return total;
  }
}

function bytesOf(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

function mimetypeOf(filename: string): string {
  const extension = filename.slice(filename.lastIndexOf('.') + 1).toLowerCase();
  return MIMETYPES[extension] ?? 'document/unknown';
}

/** By UTF-16 code units of ASCII-safe paths, never by locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
