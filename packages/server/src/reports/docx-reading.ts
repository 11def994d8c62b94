import { childNamed, descendantsNamed, parseXml, type XmlElement } from './xml-tree.ts';
import { zipEntries } from './zip-entries.ts';

// What a test needs to read back from a .docx: its XML parts as trees, and the text, run
// formatting and paragraph layout of WordprocessingML written out as plain values.

export type DocxParts = { names: string[]; xml: (name: string) => XmlElement };

export function readDocx(docx: Buffer): DocxParts {
  const entries = zipEntries(docx);
  return {
    names: [...entries.keys()],
    xml: (name) => {
      const content = entries.get(name);
      if (content === undefined) throw new Error(`${name} is not in the document`);
      return parseXml(content.toString('utf8'));
    },
  };
}

/** An on/off property (w:b, w:i, w:keepNext …): present and not switched off by w:val. */
export function isOn(properties: XmlElement | undefined, name: string): boolean {
  const element = properties === undefined ? undefined : childNamed(properties, name);
  if (element === undefined) return false;
  const value = element.attributes['w:val'];
  return value === undefined || !['0', 'false', 'off'].includes(value);
}

const numberAttribute = (element: XmlElement | undefined, name: string): number | null => {
  const value = element?.attributes[name];
  return value === undefined ? null : Number(value);
};

export type RunFormat = {
  text: string;
  /** w:sz, in half-points. */
  halfPoints: number | null;
  bold: boolean;
  italic: boolean;
  /** The w:rFonts attributes (w:ascii, w:hAnsi, w:cs, w:eastAsia …). */
  fonts: Record<string, string>;
};

export function runFormat(run: XmlElement): RunFormat {
  const properties = childNamed(run, 'w:rPr');
  const fonts = properties === undefined ? undefined : childNamed(properties, 'w:rFonts');
  return {
    text: descendantsNamed(run, 'w:t')
      .map((t) => t.children.join(''))
      .join(''),
    halfPoints: numberAttribute(properties && childNamed(properties, 'w:sz'), 'w:val'),
    bold: isOn(properties, 'w:b'),
    italic: isOn(properties, 'w:i'),
    fonts: { ...(fonts?.attributes ?? {}) },
  };
}

/** The runs of a paragraph (or of any element) that carry text. */
export function textRuns(element: XmlElement): RunFormat[] {
  return descendantsNamed(element, 'w:r')
    .map(runFormat)
    .filter((r) => r.text !== '');
}

export function paragraphText(paragraph: XmlElement): string {
  return descendantsNamed(paragraph, 'w:t')
    .map((t) => t.children.join(''))
    .join('');
}

export type ParagraphLayout = {
  alignment: string | null;
  firstLine: number | null;
  indentLeft: number | null;
  indentRight: number | null;
  spacingBefore: number | null;
  spacingAfter: number | null;
  line: number | null;
  lineRule: string | null;
  keepNext: boolean;
  /** The w:val of the top border (w:pBdr/w:top), if any. */
  topBorder: string | null;
};

export function paragraphLayout(paragraph: XmlElement): ParagraphLayout {
  const properties = childNamed(paragraph, 'w:pPr');
  const indent = properties && childNamed(properties, 'w:ind');
  const spacing = properties && childNamed(properties, 'w:spacing');
  const borders = properties && childNamed(properties, 'w:pBdr');
  const top = borders && childNamed(borders, 'w:top');
  return {
    alignment: (properties && childNamed(properties, 'w:jc'))?.attributes['w:val'] ?? null,
    firstLine: numberAttribute(indent, 'w:firstLine'),
    indentLeft: numberAttribute(indent, 'w:left') ?? numberAttribute(indent, 'w:start'),
    indentRight: numberAttribute(indent, 'w:right') ?? numberAttribute(indent, 'w:end'),
    spacingBefore: numberAttribute(spacing, 'w:before'),
    spacingAfter: numberAttribute(spacing, 'w:after'),
    line: numberAttribute(spacing, 'w:line'),
    lineRule: spacing?.attributes['w:lineRule'] ?? null,
    keepNext: isOn(properties, 'w:keepNext'),
    topBorder: top?.attributes['w:val'] ?? null,
  };
}
