import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { newRenderEnv } from '../../src/render/env';
import { parseLessonBody } from '../../src/render/lesson-markdown';
import { markdown } from '../../src/render/markdown';

/** Both parses of `body`, each with its own env, as JSON (every field of every token, in order) and the heading ids they gave out. */
function bothWays(body: string): { fast: string; whole: string } {
  const fastEnv = newRenderEnv({});
  const wholeEnv = newRenderEnv({});
  const fast = JSON.stringify([parseLessonBody(body, fastEnv), [...fastEnv.headingIds]]);
  const whole = JSON.stringify([markdown.parse(body, wholeEnv), [...wholeEnv.headingIds]]);
  return { fast, whole };
}

function bodyOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  const front = /^---\n[\s\S]*?\n---\n/.exec(text);
  return front ? text.slice(front[0].length) : text;
}

const COURSE = path.resolve(__dirname, '../../course/chapters');
const lessonFiles = readdirSync(COURSE).filter((name) => name.endsWith('.md'));

const PLAIN = 'Орталық Азия елдері [12] ынтымақтастық туралы.\nЕкінші жол [14-20], үшінші [12, 45 б.] және [12; 14].';

/** Bodies where a plain-looking paragraph is something else, or something else looks plain. */
const EDGE_CASES: Record<string, string> = {
  'plain paragraphs only': `${PLAIN}\n\n${PLAIN}\n`,
  'no final line break': PLAIN,
  'headings between paragraphs': `# Бас\n\n${PLAIN}\n\n## Бас\n${PLAIN}\n\n## Бас\n\n${PLAIN}`,
  'a list, then a paragraph at the margin': `- бір\n- екі\n\n${PLAIN}\n\n1. бір\n2. екі\n\n\n${PLAIN}`,
  'a loose list with an indented paragraph': `- бір\n\n  ішкі абзац\n\n- екі\n\n${PLAIN}`,
  'a list item starting with a number inside a paragraph': `${PLAIN}\n1. бір\n\n2019 жылы. Мәтін.\n\n2019. жылы\n\n12) жылы`,
  'a setext heading': `${PLAIN}\n===\n\n${PLAIN}\n---\n\n${PLAIN}`,
  'a figure with blank lines inside': `${PLAIN}\n\n::: figure Сурет 1 – [12] атауы\n\n![сурет](../images/a.png)\n\n${PLAIN}\n\n:::\n\n${PLAIN}`,
  'a table container and a pipe table': `::: table Кесте 1\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n:::\n\n${PLAIN}\n\na | b\n--|--\n1 | 2\n\n${PLAIN}`,
  'an unclosed container': `${PLAIN}\n\n::: figure Сурет\n\n${PLAIN}\n\n${PLAIN}`,
  'a long container marker': `:::: figure Сурет\n\n${PLAIN}\n\n::::\n\n${PLAIN}`,
  'a fence with blank lines': `${PLAIN}\n\n\`\`\`\nкод\n\nтағы\n\`\`\`\n\n${PLAIN}`,
  'a tilde fence': `~~~\nкод\n\n${PLAIN}\n~~~\n\n${PLAIN}`,
  'an indented code block': `${PLAIN}\n\n    код\n\n    код\n\n${PLAIN}`,
  'a blockquote': `> дәйексөз\n\n${PLAIN}\n> жалғасы`,
  'footnotes': `${PLAIN}[^1]\n\n${PLAIN}\n\n[^1]: Ескерту.\n\n${PLAIN}`,
  'a link reference defined later': `[сілтеме][a] мәтін\n\n${PLAIN}\n\n[a]: https://example.org\n\n${PLAIN}`,
  'a paragraph that is a reference definition': `[12]: https://example.org\n\n${PLAIN}\n\n[12]\n\n[13]: мәтін`,
  'a citation followed by a parenthesis is a link': `${PLAIN}\n\n[12](https://example.org) мәтін\n\n[12] (жақша)`,
  'brackets that are no citation': `${PLAIN}\n\n[мәтін] және [1a] және ]\n\n[12, ${'ұзын '.repeat(20)}]`,
  'a citation across a line break': `Мәтін [12,\n45 б.] және [12\n, 45 б.] соңы.`,
  'inline markup': `*екпін* және _екпін_ **қою**\n\n\`код\` және \\[12\\] және ~~сызу~~\n\n<b>тег</b> &amp; &copy; <https://example.org>\n\n![сурет](a.png) және ^[ішкі ескерту]`,
  'an exclamation mark': `Мәтін! Тағы! [12]! Соңы!\n\n![12] мәтін`,
  'spaces and tabs at the edges': `  шегініс\n\n${PLAIN}  \nкелесі\n\nсоңы \n\n\tтаб\n\nмәтін\tтаб\n\n \n\n${PLAIN}`,
  'a hard break and a space-only line': `бір  \nекі\n   \nүш`,
  'a no-break space at a line\'s edge': `\u00a0мәтін\n\nмәтін\u00a0\n\n\u00a0\n\n${PLAIN}`,
  'carriage returns and NUL': `${PLAIN}\r\n\r\n${PLAIN}\rсоңы\n\nNUL\u0000 мәтін\n\n${PLAIN}`,
  'a thematic break and html': `${PLAIN}\n\n***\n\n___\n\n<div>блок</div>\n\n${PLAIN}`,
  'blank lines at the start and end': `\n\n\n${PLAIN}\n\n\n`,
  'empty body': '',
};

describe('a lesson body parsed with its plain paragraphs taken apart', () => {
  it.each(lessonFiles)('gives the same tokens and heading ids as markdown-it for course lesson %s', (name) => {
    const { fast, whole } = bothWays(bodyOf(path.join(COURSE, name)));
    expect(fast).toBe(whole);
  });

  it.each(Object.entries(EDGE_CASES))('gives the same tokens and heading ids as markdown-it: %s', (_name, body) => {
    const { fast, whole } = bothWays(body);
    expect(fast).toBe(whole);
  });

  it('makes tokens markdown-it can render, with their lines in the body', () => {
    const body = `# Бас\n\n${PLAIN}\n\n- бір\n\n${PLAIN}`;
    const tokens = parseLessonBody(body, newRenderEnv({}));
    const html = markdown.renderer.render(tokens, markdown.options, newRenderEnv({}));
    expect(html).toContain('<p>Орталық Азия елдері <sup class="cp-ref">[12]</sup> ынтымақтастық туралы.\nЕкінші жол <sup class="cp-ref">[14-20]</sup>');
    expect(tokens.filter((token) => token.type === 'paragraph_open').map((token) => token.map)).toEqual([[2, 4], [5, 6], [7, 9]]);
  });
});
