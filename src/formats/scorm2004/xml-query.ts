/** Reading our own manifest tree back (for ./check.ts): elements, attributes, text. */
import type { XmlElement, XmlNode } from '../xml';

/** The element and every element below it, in document order. */
export function descendants(node: XmlElement): XmlElement[] {
  return [node, ...childElements(node).flatMap(descendants)];
}

export function childElements(node: XmlElement): XmlElement[] {
  return node.children.filter((child): child is XmlElement => child.kind === 'element');
}

export function attribute(node: XmlElement, name: string): string | undefined {
  return node.attributes.find(([key]) => key === name)?.[1];
}

export function textOf(node: XmlNode): string {
  return node.kind === 'text' ? node.text : node.children.map(textOf).join('');
}

/** `imsss:objectives` → `imsss`; `item` → undefined. */
export function prefixOf(name: string): string | undefined {
  const colon = name.indexOf(':');
  return colon < 0 ? undefined : name.slice(0, colon);
}
