import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Open311ApiKeyTable, Open311RequestTable } from '../db/tables/open311.ts';

/** The public face of a tip for Open311 reads: its public id, kind, status and times only. */
export type Open311RequestRow = {
  service_request_id: string;
  token: string;
  kind: string;
  status: string;
  received_at: string;
  updated_at: string;
};

export class Open311Repository {
  constructor(private readonly db: Kysely<DB>) {}

  private requests() {
    return this.db
      .selectFrom('open311_requests')
      .innerJoin('tips', (join) =>
        join
          .onRef('tips.id', '=', 'open311_requests.tip_id')
          .onRef('tips.province_code', '=', 'open311_requests.province_code'),
      )
      .select([
        'open311_requests.service_request_id',
        'open311_requests.token',
        'tips.kind',
        'tips.status',
        'tips.received_at',
        'tips.updated_at',
      ]);
  }

  insertRequest(row: Insertable<Open311RequestTable>) {
    return this.db.insertInto('open311_requests').values(row).execute();
  }

  byIds(ids: string[]): Promise<Open311RequestRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.requests().where('open311_requests.service_request_id', 'in', ids).execute();
  }

  byToken(token: string): Promise<Open311RequestRow | undefined> {
    return this.requests().where('open311_requests.token', '=', token).executeTakeFirst();
  }

  /** Requests an app sent with its key, newest first. */
  byApiKey(apiKeyId: string, limit: number): Promise<Open311RequestRow[]> {
    return this.requests()
      .where('open311_requests.api_key_id', '=', apiKeyId)
      .orderBy('open311_requests.created_at', 'desc')
      .limit(limit)
      .execute();
  }

  activeKeyByHash(keyHash: string) {
    return this.db
      .selectFrom('open311_api_keys')
      .select(['id', 'app_name'])
      .where('key_hash', '=', keyHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
  }

  insertKey(row: Insertable<Open311ApiKeyTable>) {
    return this.db.insertInto('open311_api_keys').values(row).execute();
  }

  listKeys() {
    return this.db
      .selectFrom('open311_api_keys')
      .select(['id', 'app_name', 'created_at', 'revoked_at'])
      .orderBy('created_at')
      .execute();
  }

  revokeKey(id: string, at: string) {
    return this.db
      .updateTable('open311_api_keys')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
  }
}
