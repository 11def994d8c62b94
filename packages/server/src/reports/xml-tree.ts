// A small XML reader for the tests that check generated Office files (word/document.xml,
// styles, headers): elements with their attributes and text, in document order. It is not a
// validating parser: no DTDs, no namespaces resolved (names keep their prefix, "w:p").

export type XmlElement = { name: string; attributes: Record<string, string>; children: XmlNode[] };
export type XmlNode = XmlElement | string;

export class XmlSyntaxError extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    const named = ENTITIES[body];
    if (named === undefined) throw new XmlSyntaxError(`unknown entity ${whole}`);
    return named;
  });
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/gy;

function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  let at = 0;
  while (at < text.length) {
    const space = /\s*/y;
    space.lastIndex = at;
    space.exec(text);
    at = space.lastIndex;
    if (at >= text.length) break;
    ATTRIBUTE.lastIndex = at;
    const match = ATTRIBUTE.exec(text);
    if (!match) throw new XmlSyntaxError(`bad attribute near "${text.slice(at, at + 30)}"`);
    attributes[match[1] as string] = decodeEntities(match[3] ?? match[4] ?? '');
    at = ATTRIBUTE.lastIndex;
  }
  return attributes;
}

function skipPast(text: string, from: number, marker: string): number {
  const end = text.indexOf(marker, from);
  if (end < 0) throw new XmlSyntaxError(`unterminated construct: no "${marker}"`);
  return end + marker.length;
}

/** The root element of an XML document. */
export function parseXml(text: string): XmlElement {
  const document: XmlElement = { name: '#document', attributes: {}, children: [] };
  const open: XmlElement[] = [document];
  let at = 0;
  while (at < text.length) {
    const parent = open[open.length - 1] as XmlElement;
    const lt = text.indexOf('<', at);
    if (lt < 0 || lt > at) {
      const raw = text.slice(at, lt < 0 ? text.length : lt);
      if (open.length > 1) parent.children.push(decodeEntities(raw));
      if (lt < 0) break;
      at = lt;
      continue;
    }
    if (text.startsWith('<?', at)) at = skipPast(text, at, '?>');
    else if (text.startsWith('<!--', at)) at = skipPast(text, at, '-->');
    else if (text.startsWith('<![CDATA[', at)) {
      const end = skipPast(text, at, ']]>');
      parent.children.push(text.slice(at + 9, end - 3));
      at = end;
    } else if (text.startsWith('<!', at)) at = skipPast(text, at, '>');
    else if (text.startsWith('</', at)) {
      const end = skipPast(text, at, '>');
      const name = text.slice(at + 2, end - 1).trim();
      if (open.length < 2 || parent.name !== name) throw new XmlSyntaxError(`unexpected </${name}>`);
      open.pop();
      at = end;
    } else {
      const end = skipPast(text, at, '>');
      const selfClosing = text[end - 2] === '/';
      const inside = text.slice(at + 1, selfClosing ? end - 2 : end - 1);
      const nameEnd = inside.search(/[\s/]|$/);
      const element: XmlElement = {
        name: inside.slice(0, nameEnd),
        attributes: parseAttributes(inside.slice(nameEnd)),
        children: [],
      };
      parent.children.push(element);
      if (!selfClosing) open.push(element);
      at = end;
    }
  }
  if (open.length !== 1) throw new XmlSyntaxError(`unclosed <${(open[open.length - 1] as XmlElement).name}>`);
  const root = document.children.find((n): n is XmlElement => typeof n !== 'string');
  if (!root) throw new XmlSyntaxError('no root element');
  return root;
}

export const isElement = (node: XmlNode): node is XmlElement => typeof node !== 'string';

/** The direct children with this name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((n): n is XmlElement => isElement(n) && n.name === name);
}

export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return childrenNamed(element, name)[0];
}

/** Every element below this one with this name, in document order. */
export function descendantsNamed(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement) => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.name === name) found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}

/** Every element below this one, in document order. */
export function allDescendants(element: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement) => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}
