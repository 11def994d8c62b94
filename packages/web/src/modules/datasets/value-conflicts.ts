import { dataValueSchema, type DataValueDto } from '@antt/shared';
import type { CellKey } from './entry-grid.ts';

// A save refused as a conflict (409 data_value_conflict) names, for each value sent on a stale
// version, what is stored now: someone else's value, or null when they cleared it.

/**
 * The cells in conflict with the value stored now, or null when the answer does not list them
 * (then the grid reads the stored values afresh to find them).
 */
export function conflictCells(
  details: unknown,
  sent: readonly { key: CellKey }[],
): Map<CellKey, DataValueDto | null> | null {
  const listed = (details as { conflicts?: unknown } | undefined)?.conflicts;
  if (!Array.isArray(listed)) return null;
  const out = new Map<CellKey, DataValueDto | null>();
  for (const item of listed as Array<{ index?: unknown; current?: unknown }>) {
    const change = typeof item?.index === 'number' ? sent[item.index] : undefined;
    if (!change) continue;
    const current = dataValueSchema.safeParse(item.current);
    out.set(change.key, current.success ? current.data : null);
  }
  return out;
}

/** The sent cells whose stored version is no longer the one the grid was loaded with. */
export function movedCells(
  sent: readonly { key: CellKey; baseVersion: number }[],
  storedNow: ReadonlyMap<CellKey, DataValueDto>,
): Map<CellKey, DataValueDto | null> {
  const out = new Map<CellKey, DataValueDto | null>();
  for (const change of sent) {
    const theirs = storedNow.get(change.key) ?? null;
    if ((theirs?.version ?? 0) !== change.baseVersion) out.set(change.key, theirs);
  }
  return out;
}
