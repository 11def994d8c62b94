import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { DataApprovalTable } from '../db/tables/data-value.ts';
import { chunks } from '../lib/chunks.ts';

export type DataApprovalRow = Selectable<DataApprovalTable>;

const CHUNK = 500;

/** Approval states of a data set per unit and period; no row means "open". SQL only. */
export class DataApprovalRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The rows of the set for the units whose period starts inside [fromDay, toDay]. */
  async inRange(
    dataSet: string,
    unitIds: readonly string[],
    fromDay: number,
    toDay: number,
  ): Promise<DataApprovalRow[]> {
    if (unitIds.length === 0) return [];
    const out: DataApprovalRow[] = [];
    for (const part of chunks(unitIds, CHUNK)) {
      out.push(
        ...(await this.db
          .selectFrom('data_approvals')
          .selectAll()
          .where('data_set_code', '=', dataSet)
          .where('admin_unit_id', 'in', part)
          .where('start_day', '>=', fromDay)
          .where('start_day', '<=', toDay)
          .execute()),
      );
    }
    return out;
  }

  /** Approved rows of any of the sets for the units and periods (the lock of a batch). */
  async approvedAmong(
    dataSets: readonly string[],
    unitIds: readonly string[],
    periods: readonly string[],
  ): Promise<DataApprovalRow[]> {
    if (dataSets.length === 0 || unitIds.length === 0 || periods.length === 0) return [];
    const out: DataApprovalRow[] = [];
    for (const part of chunks(unitIds, CHUNK)) {
      for (const periodPart of chunks(periods, CHUNK)) {
        out.push(
          ...(await this.db
            .selectFrom('data_approvals')
            .selectAll()
            .where('data_set_code', 'in', dataSets)
            .where('admin_unit_id', 'in', part)
            .where('period', 'in', periodPart)
            .where('state', '=', 'approved')
            .execute()),
        );
      }
    }
    return out;
  }

  /** Inserts or replaces the state of one unit and period. */
  async upsert(row: Insertable<DataApprovalTable>): Promise<void> {
    await this.db
      .insertInto('data_approvals')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['province_code', 'data_set_code', 'admin_unit_id', 'period']).doUpdateSet({
          state: row.state,
          comment: row.comment ?? null,
          changed_at: row.changed_at,
          changed_by: row.changed_by,
          start_day: row.start_day,
          end_day: row.end_day,
        }),
      )
      .execute();
  }
}
