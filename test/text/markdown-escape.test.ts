import MarkdownIt from 'markdown-it';
import { escapeParagraph, escapeTableCell } from '../../src/text/markdown-escape';

const markdown = new MarkdownIt();

/** What a reader sees: the rendered HTML with its tags removed and entities decoded. */
function shown(source: string): string {
  return markdown.render(source).replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"').replace(/&amp;/g, '&').trim();
}

describe('escapeParagraph', () => {
  const texts = [
    '<script>alert(1)</script> stays text',
    '# not a heading', '> not a quote', '+ not a list', '* not a list', '- not a list', '1) not a list',
    '2019. жылы', '| not | a table |', '```not code```', '`not code`', '**not bold** _not em_ ~~not struck~~',
    'an entity &amp; and &#169; stay', 'a backslash \\ and \\* stay', '<http://example.com> is no link',
    '[text](http://example.com) and ![img](x.png) and [ref][1]', '[1]: not a definition', ':::', '---', '===',
    'cited [12] and [12, 45 б.] and an unclosed [13',
  ];
  it.each(texts)('shows %j as written', (text) => {
    expect(shown(escapeParagraph(text))).toBe(text);
  });

  it('keeps citation marks unescaped in the source', () => {
    expect(escapeParagraph('деп жазды [12] және [12, 45 б.]')).toBe('деп жазды [12] және [12, 45 б.]');
  });
});

describe('escapeTableCell', () => {
  it('keeps a pipe inside its cell', () => {
    const table = `| a | b |\n| --- | --- |\n| ${escapeTableCell('5|6')} | ${escapeTableCell('<b>')} |\n`;
    const html = markdown.render(table);
    expect(html).toContain('<td>5|6</td>');
    expect(html).toContain('<td>&lt;b&gt;</td>');
  });
});
