import { element, escapeAttribute, escapeText, serializeDocument } from '../../src/formats/xml';

describe('xml builder', () => {
  it('escapes &, <, > in text and also quotes and newlines in attributes', () => {
    expect(escapeText('a & b < c > d "e"')).toBe('a &amp; b &lt; c &gt; d "e"');
    expect(escapeAttribute('say "hi"\nnow & <then>')).toBe('say &quot;hi&quot;&#10;now &amp; &lt;then&gt;');
  });

  it('replaces characters XML forbids instead of writing a broken document', () => {
    expect(escapeText('a\u0001b\u000Bc')).toBe('a\uFFFDb\uFFFDc');
    expect(escapeText('tab\tok\nline')).toBe('tab\tok\nline');
  });

  it('keeps Kazakh and other non-ASCII text as UTF-8 characters', () => {
    expect(escapeText('Қазақстан мен Өзбекстан')).toBe('Қазақстан мен Өзбекстан');
  });

  it('serialises with a declaration, attributes in the given order, and leaves out undefined ones', () => {
    const doc = element('root', { b: '2', a: '1', skip: undefined }, [element('child', {}, ['x & y']), element('empty')]);
    expect(serializeDocument(doc)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<root b="2" a="1">\n  <child>x &amp; y</child>\n  <empty/>\n</root>\n',
    );
  });
});
