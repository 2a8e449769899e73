/**
 * The XML of a Moodle backup file as Moodle's own backup writes it: two-space indentation, a
 * text element on one line, an element with children opened and closed on lines of their own
 * (also when it has none), `$@NULL@$` for a database NULL, no newline at the end.
 */
import { escapeXml } from '../moodle-xml/xml';

/** Moodle's mark for a NULL column in backup XML. */
export const NULL_MARK = '$@NULL@$';

export type XmlValue = string | number | null;

export interface Node {
  readonly name: string;
  readonly attributes?: Readonly<Record<string, XmlValue>>;
  /** Text content (a value), or child elements. */
  readonly content: XmlValue | readonly Node[];
}

/** An element holding a value. */
export function leaf(name: string, value: XmlValue): Node {
  return { name, content: value };
}

/** An element holding elements. */
export function branch(name: string, children: readonly Node[], attributes?: Record<string, XmlValue>): Node {
  return attributes === undefined ? { name, content: children } : { name, attributes, content: children };
}

/** Elements named by the keys of `fields`, in their order. */
export function fields(values: Readonly<Record<string, XmlValue>>): Node[] {
  return Object.entries(values).map(([name, value]) => leaf(name, value));
}

export function xmlDocument(root: Node): string {
  return ['<?xml version="1.0" encoding="UTF-8"?>', ...lines(root, 0)].join('\n');
}

function lines(node: Node, depth: number): string[] {
  const pad = '  '.repeat(depth);
  const open = `${node.name}${attributeText(node.attributes)}`;
  if (!Array.isArray(node.content)) return [`${pad}<${open}>${valueText(node.content as XmlValue)}</${node.name}>`];
  const children = node.content as readonly Node[];
  return [`${pad}<${open}>`, ...children.flatMap((child) => lines(child, depth + 1)), `${pad}</${node.name}>`];
}

function attributeText(attributes: Readonly<Record<string, XmlValue>> | undefined): string {
  if (attributes === undefined) return '';
  return Object.entries(attributes).map(([key, value]) => ` ${key}="${valueText(value)}"`).join('');
}

function valueText(value: XmlValue): string {
  if (value === null) return NULL_MARK;
  return escapeXml(String(value));
}
