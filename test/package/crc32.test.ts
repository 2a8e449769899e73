import { crc32, tableCrc32 } from '../../src/package/crc32';

describe('crc32', () => {
  it('gives the check value of the CRC-32 standard', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(tableCrc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('the fallback for Node before 20.15 agrees with the native one on text and bytes', () => {
    const samples = [Buffer.alloc(0), Buffer.from('Қазақша мәтін'), Buffer.from([0, 255, 128, 7]), Buffer.alloc(70000, 0xab)];
    for (const sample of samples) expect(tableCrc32(sample)).toBe(crc32(sample));
  });
});

describe('crc32 continued from an earlier CRC', () => {
  it('gives the CRC of the bytes joined, natively and in the fallback', () => {
    const first = Buffer.from('Орталық Азия ');
    const second = Buffer.from('қауіпсіздігі');
    const whole = crc32(Buffer.concat([first, second]));
    expect(crc32(second, crc32(first))).toBe(whole);
    expect(tableCrc32(second, tableCrc32(first))).toBe(whole);
    expect(crc32(second)).not.toBe(whole);
  });
});
