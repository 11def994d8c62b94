import {
  OPEN311_SERVICE_CODES,
  open311RequestInputSchema,
  TIP_CATEGORIES,
  TIP_CATEGORY_LABELS,
  TIP_KIND_LABELS,
  type Open311ServiceRequest,
  type PortalTipSubmission,
  type TipStatus,
} from '@antt/shared';
import { createHash, randomBytes } from 'node:crypto';
import { DomainError, validationError } from '../errors/domain-error.ts';
import { newId } from '../lib/ids.ts';
import { Open311Repository, type Open311RequestRow } from '../repositories/open311.repository.ts';
import type { Actor } from './actor.ts';
import type { ServiceDeps } from './service-deps.ts';
import type { TipIntakeService } from './tip-intake.service.ts';

// Open311 GeoReport v2 over the tip intake (DESIGN.md section 5.2): existing civic-reporting
// apps can send a tip. What comes back to anyone holding a request id is only whether it is
// open or closed and when it changed; the description, the place and the sender never leave.

export type Open311Service = {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime';
  keywords: string;
  group: string;
};

export type Open311Attribute = {
  variable: boolean;
  code: string;
  datatype: 'singlevaluelist';
  required: boolean;
  datatype_description: string;
  order: number;
  description: string;
  values: { key: string; name: string }[];
};

export type Open311Submitted = { service_request_id: string; token: string; service_notice: string };

/** Without a registered key, this is the only identity a caller has: an opaque bucket name. */
export type Open311Caller = { apiKeyId: string | null };

const STATUS_NOTES = {
  open: 'Đã tiếp nhận, đang giải quyết theo quy định / received and being handled as the law requires',
  closed: 'Đã có kết quả giải quyết / handling has ended',
};

const SERVICE_NOTICE =
  'Tin đã được tiếp nhận. Người gửi không nhận mã tra cứu qua ứng dụng này; kết quả được thông báo theo quy định. / ' +
  'The tip was received; its result is notified as the law requires.';

/** 128 random bits in lowercase base32: unguessable and safe in a URL path. */
function publicId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  return [...randomBytes(26)].map((b) => alphabet[b & 31]).join('');
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function present(row: Open311RequestRow): Open311ServiceRequest {
  const closed = (row.status as TipStatus) === 'decided';
  return {
    service_request_id: row.service_request_id,
    status: closed ? 'closed' : 'open',
    status_notes: closed ? STATUS_NOTES.closed : STATUS_NOTES.open,
    service_code: row.kind,
    requested_datetime: row.received_at,
    updated_datetime: row.updated_at,
  };
}

export class Open311Gateway {
  private readonly repo: Open311Repository;

  constructor(
    private readonly deps: ServiceDeps,
    private readonly intake: TipIntakeService,
  ) {
    this.repo = new Open311Repository(deps.db);
  }

  services(): Open311Service[] {
    return OPEN311_SERVICE_CODES.map((code) => ({
      service_code: code,
      service_name: TIP_KIND_LABELS[code].vi,
      description: `${TIP_KIND_LABELS[code].vi} gửi cơ quan công an / ${TIP_KIND_LABELS[code].en} to the police`,
      metadata: true,
      type: 'realtime' as const,
      keywords: 'an ninh, trật tự, tội phạm, crime',
      group: 'ANTT',
    }));
  }

  serviceDefinition(code: string): { service_code: string; attributes: Open311Attribute[] } {
    if (!(OPEN311_SERVICE_CODES as readonly string[]).includes(code)) {
      throw new DomainError('not_found', `Không có dịch vụ ${code} / no service ${code}`);
    }
    return {
      service_code: code,
      attributes: [
        {
          variable: true,
          code: 'category',
          datatype: 'singlevaluelist',
          required: false,
          datatype_description: 'Lĩnh vực (mặc định: Khác) / category (default: other)',
          order: 1,
          description: 'Vụ việc thuộc lĩnh vực nào / what the tip is about',
          values: TIP_CATEGORIES.map((c) => ({ key: c, name: TIP_CATEGORY_LABELS[c].vi })),
        },
      ],
    };
  }

  /** A registered app's key, or null for an unknown or revoked one. */
  async apiKey(key: string | undefined): Promise<{ id: string; appName: string } | null> {
    if (!key) return null;
    const row = await this.repo.activeKeyByHash(hashApiKey(key));
    return row ? { id: row.id, appName: row.app_name } : null;
  }

  /** POST requests.json: validates, hands the tip to the intake, answers with an id and a token. */
  async submit(input: unknown): Promise<Open311Submitted> {
    const parsed = open311RequestInputSchema.safeParse(input);
    if (!parsed.success) {
      throw validationError(
        parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message })),
      );
    }
    const v = parsed.data;
    let apiKeyId: string | null = null;
    if (v.api_key) {
      const key = await this.apiKey(v.api_key);
      if (!key)
        throw new DomainError(
          'open311_api_key_invalid',
          'api_key không hợp lệ hoặc đã bị thu hồi / unknown or revoked api_key',
          { fields: [{ path: 'api_key', message: 'unknown or revoked' }] },
        );
      apiKeyId = key.id;
    }
    const name = [v.first_name, v.last_name].filter(Boolean).join(' ');
    const identified = Boolean(name || v.email || v.phone);
    const submission: PortalTipSubmission = {
      kind: v.service_code,
      category: v['attribute[category]'] ?? v.attribute?.category ?? 'other',
      description: v.description,
      lon: v.long,
      lat: v.lat,
      address: v.address_string,
      keepLocation: false,
      informant: identified ? { fullName: name || undefined, email: v.email, phone: v.phone } : undefined,
    };
    const ids = { service_request_id: publicId(), token: publicId() };
    await this.intake.submitFromPortal(submission, [], 'open311', {
      // The public id is written in the tip's own transaction: no tip without its id, or back.
      withinTransaction: async (trx, tip) => {
        await new Open311Repository(trx).insertRequest({
          ...ids,
          tip_id: tip.id,
          province_code: tip.province_code,
          api_key_id: apiKeyId,
          created_at: this.deps.clock.now().toISOString(),
        });
      },
    });
    return { ...ids, service_notice: SERVICE_NOTICE };
  }

  async requests(ids: string[]): Promise<Open311ServiceRequest[]> {
    return (await this.repo.byIds(ids)).map(present);
  }

  async requestsOfApiKey(apiKeyId: string, limit: number): Promise<Open311ServiceRequest[]> {
    return (await this.repo.byApiKey(apiKeyId, limit)).map(present);
  }

  async token(token: string): Promise<{ service_request_id: string; token: string }> {
    const row = await this.repo.byToken(token);
    if (!row) throw new DomainError('not_found', 'Không có mã này / unknown token');
    return { service_request_id: row.service_request_id, token };
  }

  /** `antt open311 key add`: the key is shown once; only its hash is kept. */
  async createApiKey(actor: Actor, appName: string): Promise<{ id: string; key: string }> {
    if (actor.kind !== 'cli')
      throw new DomainError('forbidden', 'API keys are managed from the command line');
    const name = appName.trim();
    if (name.length < 2 || name.length > 100) {
      throw validationError([{ path: 'app', message: 'an app name of 2 to 100 characters' }]);
    }
    const id = newId();
    const key = randomBytes(24).toString('base64url');
    await this.deps.db.transaction().execute(async (trx) => {
      await new Open311Repository(trx).insertKey({
        id,
        key_hash: hashApiKey(key),
        app_name: name,
        created_at: this.deps.clock.now().toISOString(),
        revoked_at: null,
      });
      await this.deps.audit.record(trx, actor, {
        action: 'open311.api_key_created',
        entityType: 'open311_api_key',
        entityId: id,
        details: { appName: name },
      });
    });
    return { id, key };
  }

  listApiKeys() {
    return this.repo.listKeys();
  }

  async revokeApiKey(actor: Actor, id: string): Promise<void> {
    if (actor.kind !== 'cli')
      throw new DomainError('forbidden', 'API keys are managed from the command line');
    await this.deps.db.transaction().execute(async (trx) => {
      const result = await new Open311Repository(trx).revokeKey(id, this.deps.clock.now().toISOString());
      if (Number(result.numUpdatedRows) === 0)
        throw new DomainError('not_found', `Không có khóa đang dùng ${id} / no active key ${id}`);
      await this.deps.audit.record(trx, actor, {
        action: 'open311.api_key_revoked',
        entityType: 'open311_api_key',
        entityId: id,
      });
    });
  }
}
