import { newRenderEnv } from '../../src/render/env';
import { loadLocale } from '../../src/render/locales';
import { markdown } from '../../src/render/markdown';
import { countWords } from '../../src/render/words';

const render = (source: string) => markdown.render(source, newRenderEnv(loadLocale('en')));

describe('markdown: citation marks', () => {
  it.each(['[12]', '[12, 45 б.]', '[12; 14]', '[14-20]', '[3, с. 12-14]'])('shows %s as a reference mark', (mark) => {
    expect(render(`Text ${mark}.`)).toContain(`<sup class="cp-ref">${mark}</sup>`);
  });
  it('leaves bracketed words and links alone', () => {
    const html = render('A [note] and [a, b] and [12](https://example.org).');
    expect(html).not.toContain('cp-ref');
    expect(html).toContain('[note]');
    expect(html).toContain('<a href="https://example.org"');
  });
});

describe('markdown: links and images', () => {
  it('keeps http, https and mailto links, opening outside the lesson frame', () => {
    const html = render('[a](http://a.kz) [b](https://b.kz) [c](mailto:c@d.kz)');
    expect(html.match(/<a href="(http:|https:|mailto:)[^"]*" target="_blank" rel="noopener noreferrer">/g)).toHaveLength(3);
  });
  it.each([
    ['javascript', '[x](javascript:alert(1))'],
    ['JavaScript in capitals', '[x](JAVASCRIPT:alert(1))'],
    ['data', '[x](data:text/html,hi)'],
    ['relative', '[x](../other.html)'],
    ['fragment', '[x](#part)'],
    ['autolink', '<javascript:alert(1)>'],
  ])('turns a %s link into its text', (_name, source) => {
    const html = render(source);
    expect(html).not.toContain('<a');
    expect(html).not.toMatch(/href/);
  });
  it('shows an image as its alt text, never loading it', () => {
    expect(render('![Map *of* Asia](https://example.org/map.png)')).toBe('<p>Map of Asia</p>\n');
  });
  it('escapes the alt text it shows (regression: it was printed raw)', () => {
    expect(render('![<img src=x onerror=alert(1)>](x.png)')).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>\n');
  });
  it('shows raw HTML as text', () => {
    expect(render('<b onclick="x()">bold</b>')).toBe('<p>&lt;b onclick=&quot;x()&quot;&gt;bold&lt;/b&gt;</p>\n');
  });
});

describe('markdown: containers and tables', () => {
  it('puts a captioned table in a labelled, focusable region with a <caption>', () => {
    const html = render('::: table Table 1 – Groups\n| a | b |\n| - | - |\n| 1 | 2 |\n:::\n');
    expect(html).toContain('<div class="cp-table-wrap" role="region" tabindex="0" aria-label="Table 1 – Groups">\n<table>\n<caption>Table 1 – Groups</caption>');
    expect(html.match(/<div/g)).toHaveLength(1);
    expect(html.trimEnd().endsWith('</table>\n</div>')).toBe(true);
  });
  it('wraps a table without a caption in a region labelled "Table"', () => {
    expect(render('| a | b |\n| - | - |\n| 1 | 2 |\n')).toContain('<div class="cp-table-wrap" role="region" tabindex="0" aria-label="Table">');
  });
  it('keeps the caption of a table container that holds no table', () => {
    expect(render('::: table Table 9 – Lost\n:::\n')).toContain('<p>Table 9 – Lost</p>');
  });
  it('shows a figure that is not in the source as a captioned placeholder', () => {
    expect(render('::: figure Figure 1 – Trade routes\n:::\n')).toBe(
      '<figure class="cp-figure cp-figure--missing">\n' +
        '<p class="cp-figure__missing">The figure itself is not included in the source text.</p>\n' +
        '<figcaption>Figure 1 – Trade routes</figcaption>\n</figure>\n',
    );
  });
  it('leaves unknown containers as text', () => {
    expect(render('::: note Hi\n:::\n')).toContain('::: note Hi');
  });
});

describe('markdown: headings', () => {
  it('gives headings stable, unique ids from their text', () => {
    const env = newRenderEnv(loadLocale('kk'));
    const html = markdown.render('## Қауіпсіздік мәселелері\n\n## Қауіпсіздік мәселелері\n', env);
    expect(html).toContain('id="h-қауіпсіздік-мәселелері"');
    expect(html).toContain('id="h-қауіпсіздік-мәселелері-2"');
  });
  it('renders nested headings one level down, never above h3', () => {
    expect(render('> # Quote')).toContain('<h3 id="h-quote">Quote</h3>');
  });
});

describe('countWords', () => {
  it('counts Kazakh, Russian and English words and ignores punctuation-only tokens', () => {
    expect(countWords('Қазақстан мен Өзбекстан – «достар» .')).toBe(4);
    expect(countWords('Россия и Казахстан ; —')).toBe(3);
    expect(countWords('  two\twords\n')).toBe(2);
    expect(countWords('2021 жылы')).toBe(2);
  });
});
