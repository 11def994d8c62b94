import type { Kysely } from 'kysely';
import type { DialectName } from '../db/dialect.ts';
import type { DB } from '../db/schema.ts';
import { DomainError } from '../errors/domain-error.ts';
import { newId } from '../lib/ids.ts';
import { IncidentRollupRepository, RollupDeltas } from '../repositories/incident-rollup.repository.ts';
import { IncidentRepository, type IncidentRow } from '../repositories/incident.repository.ts';
import { actorLabel, actorUserId, type Actor } from './actor.ts';
import { factChanges, type IncidentFacts } from './incident-record.ts';

// Every write to the register goes through here, inside the caller's transaction: the row, its
// history event, and the rollup deltas (old contribution out, new one in). flush() writes the
// merged deltas once, so an import of 100,000 rows touches each rollup key once.

export type IncidentEventType =
  'created' | 'updated' | 'imported' | 'reimported' | 'bulk_updated' | 'deleted';

export class IncidentWriter {
  private readonly incidents: IncidentRepository;
  private readonly rollups: IncidentRollupRepository;
  private readonly deltas = new RollupDeltas();
  private readonly events: {
    incident: IncidentRow | (IncidentFacts & { id: string });
    type: IncidentEventType;
    changes: Record<string, [unknown, unknown]>;
  }[] = [];

  constructor(
    trx: Kysely<DB>,
    dialect: DialectName,
    private readonly actor: Actor,
    private readonly now: Date,
  ) {
    this.incidents = new IncidentRepository(trx, dialect);
    this.rollups = new IncidentRollupRepository(trx, dialect);
  }

  /** New incidents; returns the rows as stored. */
  async create(all: IncidentFacts[], type: 'created' | 'imported'): Promise<IncidentRow[]> {
    const at = this.now.toISOString();
    const label = actorLabel(this.actor);
    const rows: IncidentRow[] = all.map((f) => ({
      ...f,
      id: newId(),
      version: 1,
      created_at: at,
      updated_at: at,
      created_by: label,
      updated_by: label,
    }));
    await this.incidents.insertMany(rows);
    for (const row of rows) {
      this.deltas.add(row, 1);
      this.events.push({ incident: row, type, changes: factChanges(null, row) });
    }
    return rows;
  }

  /** Replaces the facts of an incident read at `old.version`; stale_version if it moved on since. */
  async update(
    old: IncidentRow,
    facts: IncidentFacts,
    type: 'updated' | 'reimported' | 'bulk_updated',
  ): Promise<IncidentRow> {
    const changes = factChanges(old, facts);
    const at = this.now.toISOString();
    const ok = await this.incidents.update(old, {
      ...facts,
      updated_at: at,
      updated_by: actorLabel(this.actor),
    });
    if (!ok) throw staleVersion();
    const row: IncidentRow = {
      ...old,
      ...facts,
      version: old.version + 1,
      updated_at: at,
      updated_by: actorLabel(this.actor),
    };
    this.deltas.add(old, -1);
    this.deltas.add(row, 1);
    this.events.push({ incident: row, type, changes });
    return row;
  }

  async remove(old: IncidentRow): Promise<void> {
    if (!(await this.incidents.delete(old))) throw staleVersion();
    this.deltas.add(old, -1);
    this.events.push({ incident: old, type: 'deleted', changes: {} });
  }

  /** Writes the rollup deltas and the history; call once, before the transaction commits. */
  async flush(): Promise<void> {
    await this.rollups.apply(this.deltas);
    const at = this.now.toISOString();
    await this.incidents.insertEvents(
      this.events.map((e) => ({
        id: newId(),
        province_code: e.incident.province_code,
        incident_id: e.incident.id,
        at,
        type: e.type,
        actor_label: actorLabel(this.actor),
        actor_user_id: actorUserId(this.actor),
        changes: JSON.stringify(e.changes),
      })),
    );
    this.events.length = 0;
  }
}

export function staleVersion(): DomainError {
  return new DomainError(
    'stale_version',
    'Vụ việc đã được người khác sửa; hãy tải lại / someone else changed this incident first; reload it',
  );
}
