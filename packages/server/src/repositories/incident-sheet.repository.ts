import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { chunks } from '../lib/chunks.ts';
import type { TipRow } from './tip.repository.ts';

// The tips a spreadsheet of incidents names by tracking code (ma_tin_bao): looked up in bulk,
// so importing or exporting many rows costs a few queries, not one per row.

export type SheetTipRow = Pick<
  TipRow,
  | 'id'
  | 'tracking_code'
  | 'province_code'
  | 'area_admin_unit_id'
  | 'owner_unit_id'
  | 'assignee_user_id'
  | 'status'
>;

export class IncidentSheetRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Every tip carrying one of the codes (a code is unique per province, not nation-wide). */
  async tipsByTrackingCodes(codes: readonly string[]): Promise<SheetTipRow[]> {
    const out: SheetTipRow[] = [];
    for (const part of chunks([...new Set(codes)], 1000)) {
      out.push(
        ...(await this.db
          .selectFrom('tips')
          .select([
            'id',
            'tracking_code',
            'province_code',
            'area_admin_unit_id',
            'owner_unit_id',
            'assignee_user_id',
            'status',
          ])
          .where('tracking_code', 'in', part)
          .execute()),
      );
    }
    return out;
  }

  /** Tip id → tracking code, for the ma_tin_bao column of an export. */
  async trackingCodesOf(tipIds: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks([...new Set(tipIds)], 1000)) {
      const rows = await this.db
        .selectFrom('tips')
        .select(['id', 'tracking_code'])
        .where('id', 'in', part)
        .execute();
      for (const r of rows) out.set(r.id, r.tracking_code);
    }
    return out;
  }
}
