import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OFFLINE_NAMESPACES } from './offline-resources.ts';
import { PORTAL_NAMESPACES } from './portal-resources.ts';
import { STAFF_NAMESPACES } from './staff-resources.ts';

// Every text exists in Vietnamese and in English, so switching language never shows a raw key.

const here = path.dirname(fileURLToPath(import.meta.url));
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

function load(language: string, namespace: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(here, language, `${namespace}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
}

/** Vietnamese has one plural form (other) and English two (one, other): compare the base keys. */
const baseKeys = (resource: unknown) =>
  [...new Set(keysOf(resource).map((key) => key.replace(PLURAL_SUFFIX, '')))].sort();

const namespaces = readdirSync(path.join(here, 'vi')).map((file) => file.replace(/\.json$/, ''));

describe('translations', () => {
  it('has the same namespaces in both languages, each one used by a bundle', () => {
    expect(readdirSync(path.join(here, 'en')).sort()).toEqual(readdirSync(path.join(here, 'vi')).sort());
    expect(
      namespaces.filter(
        (ns) =>
          !STAFF_NAMESPACES.includes(ns) &&
          !PORTAL_NAMESPACES.includes(ns) &&
          !OFFLINE_NAMESPACES.includes(ns),
      ),
    ).toEqual([]);
  });

  it.each(namespaces)('%s: every Vietnamese key has an English twin and back', (namespace) => {
    expect(baseKeys(load('en', namespace))).toEqual(baseKeys(load('vi', namespace)));
  });

  it.each(namespaces)('%s: no text is empty', (namespace) => {
    for (const language of ['vi', 'en']) {
      const flat = keysOf(load(language, namespace));
      const resource = load(language, namespace);
      for (const key of flat) {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resource);
        expect(typeof value === 'string' && value.trim().length > 0, `${language}/${namespace}:${key}`).toBe(
          true,
        );
      }
    }
  });

  it('writes Vietnamese in precomposed (NFC) letters, as fonts and search expect', () => {
    for (const namespace of namespaces) {
      const text = readFileSync(path.join(here, 'vi', `${namespace}.json`), 'utf8');
      expect(text, namespace).toBe(text.normalize('NFC'));
    }
  });
});
