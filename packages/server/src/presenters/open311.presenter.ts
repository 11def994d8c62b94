// Open311 GeoReport v2 answers in the two formats the spec defines. JSON is the object as is;
// XML follows the spec's element names: a root per resource (<services>, <service_requests>,
// <errors> ...) holding one element per item (<service>, <request>, <error> ...).

export type Open311Format = 'json' | 'xml';

type Value = string | number | boolean | null | undefined | Value[] | { [key: string]: Value };

function escapeXml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[ch]!,
  );
}

/** Element names of repeated children inside a container element. */
const ITEM_OF: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  tokens: 'token',
};

function element(name: string, value: Value): string {
  if (value === undefined || value === null) return `<${name}/>`;
  if (Array.isArray(value)) {
    const item = ITEM_OF[name] ?? 'item';
    return `<${name}>${value.map((v) => element(item, v)).join('')}</${name}>`;
  }
  if (typeof value === 'object') {
    return `<${name}>${Object.entries(value)
      .map(([k, v]) => element(k, v))
      .join('')}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** The spec's XML: a declaration, then `root` holding the items. */
export function open311Xml(root: string, items: Value): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, items)}`;
}

export function contentTypeOf(format: Open311Format): string {
  return format === 'xml' ? 'application/xml; charset=utf-8' : 'application/json; charset=utf-8';
}
