// A minimal XML tree: QTI items are built once as a tree, then named for 2.1 or 3.0 and serialised.
import { escapeXml } from '../text/xml';

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

export function el(name: string, attributes: Record<string, string> = {}, children: readonly XmlNode[] = []): XmlElement {
  return { name, attributes, children };
}

export function mapNames(node: XmlNode, element: (name: string) => string, attribute: (name: string) => string): XmlNode {
  if (typeof node === 'string') return node;
  const attributes = Object.fromEntries(Object.entries(node.attributes).map(([key, value]) => [attribute(key), value]));
  return el(element(node.name), attributes, node.children.map((child) => mapNames(child, element, attribute)));
}

export function allText(node: XmlNode): string[] {
  if (typeof node === 'string') return [node];
  return [...Object.values(node.attributes), ...node.children.flatMap(allText)];
}

/** Indented for people, except inside mixed content, where added whitespace would change the text. */
export function serialize(node: XmlNode, indent = ''): string {
  if (typeof node === 'string') return escapeXml(node);
  const attributes = Object.entries(node.attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  if (node.children.length === 0) return `${indent}<${node.name}${attributes}/>`;
  const mixed = node.children.some((child) => typeof child === 'string');
  if (mixed) return `${indent}<${node.name}${attributes}>${node.children.map((child) => serialize(child)).join('')}</${node.name}>`;
  const inner = node.children.map((child) => serialize(child, `${indent}  `)).join('\n');
  return `${indent}<${node.name}${attributes}>\n${inner}\n${indent}</${node.name}>`;
}
