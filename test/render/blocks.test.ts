import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { plainText, toBlocks, wordsIn } from '../../src/render/blocks';
import { newRenderEnv } from '../../src/render/env';
import { markdown } from '../../src/render/markdown';
import { countWords } from '../../src/render/words';

const COURSE = path.resolve(__dirname, '../../course/chapters');

describe('words in a block', () => {
  it('are the words of its text as a reader sees it, counted token by token', () => {
    const [block] = toBlocks(markdown.parse('Бір *екі* [12] үш,\nтөрт `код` ![сурет суреті](a.png) бес', newRenderEnv({})));
    expect(plainText(block.tokens)).toContain('екі');
    expect(wordsIn(block.tokens)).toBe(countWords(plainText(block.tokens)));
    expect(wordsIn(block.tokens)).toBe(8);
  });

  it.each(readdirSync(COURSE).filter((name) => name.endsWith('.md')))('match the joined text\'s count in every block of course lesson %s', (name) => {
    const body = readFileSync(path.join(COURSE, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const block of toBlocks(markdown.parse(body, newRenderEnv({})))) expect(wordsIn(block.tokens)).toBe(countWords(plainText(block.tokens)));
  });
});
