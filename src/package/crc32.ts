/**
 * CRC-32 (the zip checksum). Node's zlib has a native one from 20.15 on; `engines` allows any
 * Node 20, so older ones get the classic table-driven version, which gives the same numbers.
 */
import * as zlib from 'node:zlib';

/** The CRC of `data`; given the CRC of earlier bytes as `previous`, the CRC of those bytes followed by `data`. */
type Crc32 = (data: Uint8Array, previous?: number) => number;

const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

export const crc32: Crc32 = native ? (data, previous = 0) => native(data, previous) >>> 0 : tableCrc32;

let table: Uint32Array | undefined;

/** Reflected polynomial 0xEDB88320, one table lookup per byte. Exported so a test can compare it with the native one. */
export function tableCrc32(data: Uint8Array, previous = 0): number {
  table ??= makeTable();
  let crc = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function makeTable(): Uint32Array {
  const made = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    made[n] = c >>> 0;
  }
  return made;
}
