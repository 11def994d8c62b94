import { describe, expect, it } from 'vitest';
import { childNamed, descendantsNamed, parseXml, XmlSyntaxError } from './xml-tree.ts';

describe('xml tree', () => {
  it('reads elements, attributes, entities and CDATA in document order', () => {
    const root = parseXml(
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- part --><w:p a="1" b='x &amp; y'><w:r><w:t xml:space="preserve">Số: 05 &lt;BC&gt; &#273;&#x1EA1;</w:t></w:r><w:br/><w:t><![CDATA[<raw>]]></w:t></w:p>`,
    );
    expect(root.name).toBe('w:p');
    expect(root.attributes).toEqual({ a: '1', b: 'x & y' });
    expect(descendantsNamed(root, 'w:t').map((t) => t.children.join(''))).toEqual([
      'Số: 05 <BC> đạ',
      '<raw>',
    ]);
    expect(childNamed(root, 'w:br')).toMatchObject({ name: 'w:br', children: [] });
  });

  it('refuses mismatched and unclosed elements', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(XmlSyntaxError);
    expect(() => parseXml('<a><b/>')).toThrow(XmlSyntaxError);
    expect(() => parseXml('<a x=1/>')).toThrow(XmlSyntaxError);
  });
});
