/**
 * A tiny XML builder for manifests: elements are plain data, serialisation escapes every
 * text and attribute value, so no caller ever concatenates markup by hand.
 */
import { InternalError } from '../diagnostics/errors';

export interface XmlElement {
  readonly kind: 'element';
  readonly name: string;
  /** Attributes in the order they are written (the order is part of the byte-identical output). */
  readonly attributes: readonly (readonly [string, string])[];
  readonly children: readonly XmlNode[];
}

export interface XmlText {
  readonly kind: 'text';
  readonly text: string;
}

export type XmlNode = XmlElement | XmlText;

/** Attribute values; `undefined` leaves the attribute out. */
export type XmlAttributes = Readonly<Record<string, string | undefined>>;

export function element(name: string, attributes: XmlAttributes = {}, children: readonly (XmlNode | string)[] = []): XmlElement {
  const written = Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return { kind: 'element', name, attributes: written, children: children.map(toNode) };
}

function toNode(child: XmlNode | string): XmlNode {
  return typeof child === 'string' ? { kind: 'text', text: child } : child;
}

/** Characters XML 1.0 forbids even when escaped (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/FFFF). */
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Forbidden characters become U+FFFD so that the mistake stays visible instead of breaking the file. */
function replaceForbidden(value: string): string {
  return value.replace(FORBIDDEN_CHARACTERS, '\uFFFD');
}

export function escapeText(value: string): string {
  return replaceForbidden(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(value: string): string {
  // Tabs and newlines are escaped too: a parser would normalise them to spaces otherwise.
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** The whole document: UTF-8 declaration, two-space indentation, a final newline. */
export function serializeDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeElement(root, '')}\n`;
}

function serializeElement(node: XmlElement, indent: string): string {
  const attributes = node.attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const open = `${indent}<${node.name}${attributes}`;
  if (node.children.length === 0) return `${open}/>`;
  if (node.children.every((child) => child.kind === 'text')) {
    // Text-only elements stay on one line so that no whitespace is added to titles.
    return `${open}>${node.children.map((child) => serializeNode(child, '')).join('')}</${node.name}>`;
  }
  const inner = node.children.map((child) => serializeNode(child, `${indent}  `)).join('\n');
  return `${open}>\n${inner}\n${indent}</${node.name}>`;
}

function serializeNode(node: XmlNode, indent: string): string {
  switch (node.kind) {
    case 'element':
      return serializeElement(node, indent);
    case 'text':
      return indent + escapeText(node.text);
    default:
      return assertNever(node);
  }
}

function assertNever(value: never): never {
  throw new InternalError(`unexpected XML node ${JSON.stringify(value)}`);
}
