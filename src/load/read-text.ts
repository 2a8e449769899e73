/**
 * Reads a source file as text, refusing what cannot be a source: too large, binary, or not
 * UTF-8. The caller decides where to point the problem (the file itself or the line that
 * lists it), so problems come back as data, not as diagnostics.
 */
import { isAscii, isUtf8, transcode } from 'node:buffer';
import { promises as fs } from 'node:fs';
import type { DiagnosticCode } from '../diagnostics/codes';

/** Larger than any sensible lesson: a bigger file is almost surely a wrong file. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

export type ReadTextResult =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'problem'; readonly code: DiagnosticCode; readonly message: string };

/** `name` is how the file is named in messages (a path relative to the course folder). */
export async function readText(file: string, name: string): Promise<ReadTextResult> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return problem('file/unreadable', `"${name}" is not a file`);
    if (stat.size > MAX_SOURCE_BYTES) {
      return problem('file/too-large', `"${name}" is ${megabytes(stat.size)} MB; the limit is 2 MB`);
    }
    bytes = await fs.readFile(file);
  } catch (error) {
    if (isMissing(error)) return { kind: 'missing' };
    return problem('file/unreadable', `"${name}" cannot be read (${errorCode(error)})`);
  }
  return decode(bytes, name);
}

function decode(bytes: Buffer, name: string): ReadTextResult {
  const utf16 = utf16Kind(bytes);
  if (utf16 !== undefined) {
    return problem('file/not-utf8', `"${name}" is ${utf16} text, not UTF-8: convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8 "${name}" > converted.txt, or "Save with encoding: UTF-8" in an editor)`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return problem('file/binary', `"${name}" is not a text file: it contains NUL bytes (first on line ${lineAt(bytes, nul)})`);
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    return problem('file/not-utf8', `"${name}" is not valid UTF-8 text (first bad byte on line ${lineAt(bytes, bad)})`);
  }
  // Lines and columns are unchanged by dropping a BOM's zero-width character and the \r of \r\n.
  const text = utf8Text(bytes).replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  return { kind: 'text', text };
}

/**
 * Valid UTF-8 as a string. Text that is not all ASCII (Kazakh, Russian) goes through ICU's
 * converter to UTF-16 and is then copied as it is: about 3× faster than V8's UTF-8 decoder on
 * Cyrillic text (34 MB of lessons: ~0.1 s, issue 18), and the same string. Without ICU (a Node
 * built without it has no `transcode`), V8 decodes.
 */
export function utf8Text(bytes: Buffer): string {
  if (typeof transcode !== 'function' || isAscii(bytes)) return bytes.toString('utf8');
  return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
}

/**
 * UTF-16 as Windows editors save it: a byte order mark, or (without one) NULs in the first
 * characters on one side of each byte pair only.
 */
function utf16Kind(bytes: Buffer): string | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 (little-endian)';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 (big-endian)';
  const sample = bytes.subarray(0, Math.min(bytes.length, 200) & ~1);
  if (sample.length < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  // Spaces, digits and line ends have a NUL high byte even in Cyrillic text (one character in
  // ten or more); a binary file has NULs on both sides, or a stray one.
  const enough = Math.max(2, sample.length / 2 / 10);
  if (oddNul >= enough && evenNul === 0) return 'UTF-16 (little-endian)';
  if (evenNul >= enough && oddNul === 0) return 'UTF-16 (big-endian)';
  return undefined;
}

function problem(code: DiagnosticCode, message: string): ReadTextResult {
  return { kind: 'problem', code, message };
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function megabytes(size: number): string {
  return (size / (1024 * 1024)).toFixed(1);
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629), or -1 when the bytes are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  // Node's native check (same RFC 3629 rules) answers the usual case, valid text, at memory
  // speed; the byte walk below runs only to find where invalid text goes wrong.
  if (isUtf8(bytes)) return -1;
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when it is not valid. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  if (lead < 0x80) return 1;
  const [length, min, max] = leadRange(lead);
  if (length === 0) return 0;
  const second = bytes[i + 1] ?? -1;
  if (second < min || second > max) return 0;
  for (let k = 2; k < length; k++) {
    const next = bytes[i + k] ?? -1;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/**
 * For a lead byte: the sequence length and the allowed range of the second byte, which
 * excludes overlong forms, surrogates and code points above U+10FFFF.
 */
function leadRange(lead: number): readonly [number, number, number] {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  return [0, 0, 0];
}

function isMissing(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) return String(error.code);
  return String(error);
}
