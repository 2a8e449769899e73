import { cdata, escapeXml } from '../../src/export/moodle-xml/xml';
import { readXml } from './xml-tree';

describe('XML text helpers', () => {
  it('keeps any text inside a CDATA section, "]]>" included', () => {
    for (const text of ['a]]>b', ']]>', 'x]]]]>y', 'Қазақ <b> & ']) {
      expect(readXml(`<t>${cdata(text)}</t>`).text).toBe(text);
    }
  });

  it('escapes markup characters and drops characters XML forbids', () => {
    expect(escapeXml('<a href="x">&</a>\u0001')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
