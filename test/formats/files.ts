/** What a package file holds, for tests that read it; a file the build gave already deflated (PackedFile) has no text here. */
import { isPacked, type PackageFile } from '../../src/model/files';

export function contentOf(file: PackageFile | undefined): string | Uint8Array | undefined {
  return file === undefined || isPacked(file) ? undefined : file.content;
}
