import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { TipAttachmentTable } from '../db/tables/tip-attachment.ts';

export type TipAttachmentRow = Selectable<TipAttachmentTable>;
export type TipAttachmentInfoRow = Omit<TipAttachmentRow, 'content'>;

const INFO_COLUMNS = [
  'id',
  'province_code',
  'tip_id',
  'file_name',
  'content_type',
  'size_bytes',
  'sha256',
  'metadata_stripped',
  'uploaded_by',
  'created_at',
] as const;

export class TipAttachmentRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(row: Insertable<TipAttachmentTable>): Promise<void> {
    await this.db.insertInto('tip_attachments').values(row).execute();
  }

  /** What is attached, without the bytes. */
  listForTip(tipId: string): Promise<TipAttachmentInfoRow[]> {
    return this.db
      .selectFrom('tip_attachments')
      .select(INFO_COLUMNS)
      .where('tip_id', '=', tipId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  async countForTip(tipId: string): Promise<number> {
    const row = await this.db
      .selectFrom('tip_attachments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tip_id', '=', tipId)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  findWithContent(tipId: string, id: string): Promise<TipAttachmentRow | undefined> {
    return this.db
      .selectFrom('tip_attachments')
      .selectAll()
      .where('tip_id', '=', tipId)
      .where('id', '=', id)
      .executeTakeFirst();
  }
}
