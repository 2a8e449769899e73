/**
 * Tells a .docx from what is not one before the document is read: an old binary Word file and a
 * password-protected .docx are both OLE compound files (the encrypted one holds an
 * `EncryptedPackage` stream), a .docx is a zip.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { importDiagnostic, placeAt } from '../diagnostics';

/** A .docx of this size is not a course text (images included). */
export const MAX_DOCX_BYTES = 100 * 1024 * 1024;

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from('PK\u0003\u0004', 'latin1');
/** Stream names in an OLE directory are UTF-16LE. */
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le');

function startsWith(bytes: Uint8Array, signature: Buffer): boolean {
  return bytes.length >= signature.length && Buffer.from(bytes.buffer, bytes.byteOffset, signature.length).equals(signature);
}

/** True for the first bytes of a Word file of any kind (.docx, .doc, encrypted). */
export function looksLikeWord(head: Uint8Array): boolean {
  return startsWith(head, OLE_SIGNATURE) || startsWith(head, ZIP_SIGNATURE);
}

export function checkDocx(bytes: Uint8Array, file: string): readonly Diagnostic[] {
  const at = placeAt(file, 1);
  if (bytes.length > MAX_DOCX_BYTES) {
    const megabytes = (bytes.length / 1024 / 1024).toFixed(1);
    return [importDiagnostic('import/too-large', `The document is ${megabytes} MB; the importer takes at most ${MAX_DOCX_BYTES / 1024 / 1024} MB.`,
      'Split the document into several and import them one by one, or compress its pictures.', at)];
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_STREAM)) {
      return [importDiagnostic('import/docx-encrypted', 'The document is protected by a password: its text cannot be read.',
        'Remove the password in Word (File → Info → Protect Document → Encrypt with Password, leave it empty), save, and import again.', at)];
    }
    return [importDiagnostic('import/doc-binary', 'This is an old binary Word document (.doc, Word 97–2003), not a .docx.',
      'Open it in Word or LibreOffice, choose "Save as… → Word Document (.docx)", and import the .docx.', at)];
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    return [corrupt(file, 'it is not a zip archive, as every .docx is')];
  }
  return [];
}

export function corrupt(file: string, reason: string): Diagnostic {
  return importDiagnostic('import/docx-corrupt', `The Word document cannot be read: ${reason}.`,
    'Open the file in Word (it offers to repair a damaged document) and save it again as .docx, then import that file.', placeAt(file, 1));
}
