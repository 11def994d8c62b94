import type { DataElement } from '@antt/shared';

// The columns of a data set's entry grid, in order, as an administrator rearranges them:
// each move returns a new list and leaves the one given untouched (React state).

/** Moves the element at `index` one place up (-1) or down (+1); at either end nothing moves. */
export function moveElement(codes: readonly string[], index: number, step: -1 | 1): string[] {
  const target = index + step;
  if (index < 0 || index >= codes.length || target < 0 || target >= codes.length) return [...codes];
  const moved = [...codes];
  [moved[index], moved[target]] = [moved[target]!, moved[index]!];
  return moved;
}

/** Adds an element as the last column, once. */
export function addElement(codes: readonly string[], code: string): string[] {
  return codes.includes(code) ? [...codes] : [...codes, code];
}

export function removeElement(codes: readonly string[], code: string): string[] {
  return codes.filter((c) => c !== code);
}

/** The catalogue's elements not in the set yet, in the catalogue's order: what may be added. */
export function elementsOutside(catalogue: readonly DataElement[], codes: readonly string[]): DataElement[] {
  const inSet = new Set(codes);
  return catalogue.filter((e) => !inSet.has(e.code));
}

/** What a save did to the set's columns, for the notice after it. */
export function membershipChange(
  before: readonly string[],
  after: readonly string[],
): { added: string[]; removed: string[]; reordered: boolean } {
  const added = after.filter((c) => !before.includes(c));
  const removed = before.filter((c) => !after.includes(c));
  const kept = after.filter((c) => before.includes(c));
  const keptBefore = before.filter((c) => after.includes(c));
  return { added, removed, reordered: kept.some((c, i) => c !== keptBefore[i]) };
}

/**
 * The catalogue in the order units meet it: the columns of each set in turn, then the elements
 * no set holds yet (the server lists them by code, which scatters a set's columns).
 */
export function inSetOrder(
  catalogue: readonly DataElement[],
  sets: ReadonlyArray<{ elements: readonly string[] }>,
): DataElement[] {
  const position = new Map<string, number>();
  for (const code of sets.flatMap((s) => s.elements))
    if (!position.has(code)) position.set(code, position.size);
  const rank = (e: DataElement) => position.get(e.code) ?? Number.MAX_SAFE_INTEGER;
  // Array.prototype.sort is stable: elements outside every set keep the catalogue's order.
  return [...catalogue].sort((a, b) => rank(a) - rank(b));
}
