import { firstInvalidUtf8 } from '../../src/load/read-text';

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
