import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The citizen portal is its own bundle (shared/DESIGN.md section 3): nothing it imports may
// reach the staff app, its texts or the staff-only modules. This follows the portal's own
// import graph from src/portal/main.tsx; the e2e test checks the built chunks as well.

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const IMPORT =
  /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function isFile(candidate: string): boolean {
  return existsSync(candidate) && statSync(candidate).isFile();
}

function resolveLocal(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = path.join(src, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else return null; // a package: the e2e test checks the built chunks for those
  const found = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(isFile);
  if (!found) throw new Error(`${path.relative(src, from)} imports ${specifier}, which does not exist`);
  return found;
}

function portalGraph(): Set<string> {
  const seen = new Set<string>();
  const queue = [path.join(src, 'portal/main.tsx')];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const resolved = resolveLocal(file, match[1] ?? match[2] ?? match[3]!);
      if (resolved) queue.push(resolved);
    }
  }
  return new Set([...seen].map((file) => path.relative(src, file)));
}

describe('the citizen portal bundle', () => {
  const files = portalGraph();

  it('imports no staff code', () => {
    const staff = [...files].filter(
      (file) =>
        file.startsWith('staff/') || file.startsWith('modules/') || file === 'i18n/staff-resources.ts',
    );
    expect(staff).toEqual([]);
  });

  it('carries only the portal and common texts', () => {
    const texts = [...files].filter((file) => file.endsWith('.json')).sort();
    expect(texts).toEqual([
      'i18n/en/common.json',
      'i18n/en/portal.json',
      'i18n/vi/common.json',
      'i18n/vi/portal.json',
    ]);
  });
});
