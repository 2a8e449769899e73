import { readFileSync } from 'node:fs';
import { countWords } from '../../src/render/words';
import { CORPUS_FILE } from '../harness/shared-dir';

/** The definition, written the obvious way (an array of every token): the one-pass count must agree. */
function byDefinition(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

describe('countWords', () => {
  it('counts runs holding a letter or digit, not punctuation alone', () => {
    expect(countWords('Бұл – «мәтін»; 2016 жыл .')).toBe(4);
    expect(countWords('  one\u00a0two\tthree\n\nfour  ')).toBe(4);
    expect(countWords('— ; «» …')).toBe(0);
    expect(countWords('')).toBe(0);
  });

  it('takes astral letters as letters and a lone surrogate as a symbol, as the definition does', () => {
    const samples = ['𝐀𝐁 x', '\ud835 a', 'a \udc00', '😀 😀a', '𠀀 中'];
    for (const sample of samples) expect(countWords(sample)).toBe(byDefinition(sample));
  });

  it('agrees with the definition on the whole corpus and on every paragraph of it', () => {
    const corpus = readFileSync(CORPUS_FILE, 'utf8');
    expect(countWords(corpus)).toBe(byDefinition(corpus));
    const paragraphs = corpus.split(/\n\s*\n/u);
    expect(paragraphs.map(countWords)).toEqual(paragraphs.map(byDefinition));
  });
});
