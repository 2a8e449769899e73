import { readFileSync } from 'node:fs';
import path from 'node:path';
import { firstInvalidUtf8, utf8Text } from '../../src/load/read-text';

describe('firstInvalidUtf8', () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);
  it('accepts ASCII, Kazakh and four-byte characters', () => {
    expect(firstInvalidUtf8(Buffer.from('Abc Қазақ тілі 😀', 'utf8'))).toBe(-1);
  });
  it.each([
    ['a Latin-1 é', bytes(0x43, 0x61, 0x66, 0xe9, 0x20), 3],
    ['a lone continuation byte', bytes(0x41, 0x80), 1],
    ['an overlong /', bytes(0xc0, 0xaf), 0],
    ['an encoded surrogate', bytes(0x41, 0xed, 0xa0, 0x80), 1],
    ['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a sequence cut short at the end', bytes(0x41, 0xd2), 1],
  ])('finds %s', (_name, input, offset) => {
    expect(firstInvalidUtf8(input)).toBe(offset);
  });
});

describe('utf8Text', () => {
  it.each([
    ['ASCII', 'plain text, line\r\nand more'],
    ['Kazakh with a byte order mark and Windows line ends', '\uFEFFҚазақ тілі: әғқңөұүһі\r\nекінші жол'],
    ['four-byte characters and Latin-1 letters', 'Café 😀 𝔸 — «ok»'],
    ['nothing', ''],
  ])('reads %s as V8 decodes it', (_name, text) => {
    const bytes = Buffer.from(text, 'utf8');
    expect(utf8Text(bytes)).toBe(bytes.toString('utf8'));
  });

  it('reads the whole corpus as V8 decodes it', () => {
    const bytes = readFileSync(path.resolve(__dirname, '../../../shared/corpus/kz-uz-central-asia-dissertation.kk.txt'));
    expect(utf8Text(bytes)).toBe(bytes.toString('utf8'));
  });
});
