/**
 * A small reader for the XML the Moodle exporter writes: elements, attributes, text and CDATA.
 * Well-formedness is xmllint's job (the tests run it first); this only gives the tests a tree
 * to walk, and throws on anything it does not expect rather than guessing.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own text and CDATA, decoded, in document order. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    const value = ENTITIES[name];
    if (value === undefined) throw new Error(`unknown entity ${whole}`);
    return value;
  });
}

export function readXml(source: string): XmlElement {
  const body = source.replace(/^<\?xml[^?]*\?>\s*/, '');
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const token = /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\/([\w:-]+)\s*>|<([\w:-]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = token.exec(body)) !== null) {
    if (match.index !== consumed) throw new Error(`unexpected markup at ${consumed}: ${body.slice(consumed, consumed + 40)}`);
    consumed = token.lastIndex;
    const current = stack[stack.length - 1]!;
    const [, cdata, closing, opening, attributes, selfClosing, text] = match;
    if (cdata !== undefined) current.text += cdata;
    else if (closing !== undefined) {
      if (current.name !== closing) throw new Error(`</${closing}> closes <${current.name}>`);
      stack.pop();
    } else if (opening !== undefined) {
      const element: XmlElement = { name: opening, attributes: readAttributes(attributes ?? ''), children: [], text: '' };
      current.children.push(element);
      if (selfClosing !== '/') stack.push(element);
    } else if (text !== undefined) current.text += decodeEntities(text);
  }
  if (consumed !== body.length || stack.length !== 1) throw new Error('unbalanced document');
  const [top] = root.children;
  if (!top || root.children.length !== 1) throw new Error('expected one root element');
  return top;
}

function readAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, value] of source.matchAll(/([\w:-]+)="([^"]*)"/g)) attributes[name!] = decodeEntities(value!);
  return attributes;
}

/** The children named `name`. */
export function all(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The single child named `name`; throws when there is none or several. */
export function one(element: XmlElement, name: string): XmlElement {
  const found = all(element, name);
  if (found.length !== 1) throw new Error(`<${element.name}> has ${found.length} <${name}>, expected 1`);
  return found[0]!;
}

/** The text of `<name><text>…</text></name>`. */
export function textOf(element: XmlElement, name: string): string {
  return one(one(element, name), 'text').text;
}
