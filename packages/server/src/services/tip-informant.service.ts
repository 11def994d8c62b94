import {
  revealInformantRequestSchema,
  TIP_WORKFLOW_RULES,
  type InformantInput,
  type TipInformantDto,
} from '@antt/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { DomainError, validationError } from '../errors/domain-error.ts';
import { TipInformantRepository } from '../repositories/tip-informant.repository.ts';
import { TipRepository } from '../repositories/tip.repository.ts';
import { columnAad, TIP_INFORMANT_COLUMNS } from '../vault/encrypted-columns.ts';
import type { Vault } from '../vault/vault.ts';
import { hasRole, type Actor } from './actor.ts';
import type { ServiceDeps } from './service-deps.ts';
import { assertMaySeeTip, forbidden, isOwnerLeader } from './tip-access.ts';
import { recordTipStep } from './tip-step.ts';

// An identified informant's personal data (shared/DESIGN.md section 5.2): stored only as vault
// values (AES-256-GCM, the key in a file outside the database, the key version in each value,
// the AAD naming the column and the tip), and shown only to the officer handling the tip and
// the leaders of the unit that owns it, after they state a reason; every reveal is audited
// with that reason. TIP_WORKFLOW_RULES.informantReveal says why a procurator is not among them.

const FIELDS = ['fullName', 'phone', 'email', 'address', 'idNumber'] as const;

/** Writes the informant's row for a tip being created, every value encrypted. */
export async function storeInformant(
  trx: Kysely<DB>,
  vault: Vault,
  tip: { id: string; province_code: string; created_at: string },
  informant: InformantInput,
): Promise<void> {
  const seal = (field: (typeof FIELDS)[number]) => {
    const value = informant[field];
    return value ? vault.encrypt(value, columnAad(TIP_INFORMANT_COLUMNS[field], tip.id)) : null;
  };
  await new TipInformantRepository(trx).insert({
    province_code: tip.province_code,
    tip_id: tip.id,
    full_name: seal('fullName'),
    phone: seal('phone'),
    email: seal('email'),
    address: seal('address'),
    id_number: seal('idNumber'),
    created_at: tip.created_at,
  });
}

export class TipInformantService {
  constructor(private readonly deps: ServiceDeps) {}

  /**
   * The informant's identity, for the assignee or a leader of the owning unit, with a stated
   * reason. The reveal is written to the timeline (staff only) and the audit log, reason
   * included, in the same transaction that reads the values: no reveal without its record.
   */
  async reveal(actor: Actor, tipId: string, input: { reason: string }): Promise<TipInformantDto> {
    const parsed = revealInformantRequestSchema.safeParse(input);
    if (!parsed.success) {
      throw validationError(
        parsed.error.issues.map((i) => ({ path: i.path.join('.') || 'reason', message: i.message })),
        'Ghi rõ lý do xem thông tin người tố giác / state why you need the informant’s identity',
      );
    }
    const tip = await new TipRepository(this.deps.db).findById(tipId);
    assertMaySeeTip(actor, tip);
    const row = tip!;
    const mayReveal =
      actor.kind === 'user' && (actor.userId === row.assignee_user_id || isOwnerLeader(actor, row));
    if (!mayReveal) {
      const why = hasRole(actor, 'procurator')
        ? `${TIP_WORKFLOW_RULES.informantReveal.article}`
        : 'chỉ cán bộ được phân công và lãnh đạo đơn vị đang giải quyết / only the assigned officer and the leaders of the handling unit';
      throw forbidden(
        `Không được xem thông tin người tố giác (${why})`,
        'you may not see the informant’s identity',
      );
    }
    return this.deps.db.transaction().execute(async (trx) => {
      const stored = await new TipInformantRepository(trx).findByTip(row.id);
      if (!stored) {
        throw new DomainError(
          'not_found',
          'Tin báo này nặc danh, không có thông tin người tố giác / this tip is anonymous: there is no identity',
        );
      }
      const open = (field: (typeof FIELDS)[number], value: string | null) =>
        value === null
          ? null
          : this.deps.vault.decrypt(value, columnAad(TIP_INFORMANT_COLUMNS[field], row.id));
      const identity: TipInformantDto = {
        fullName: open('fullName', stored.full_name),
        phone: open('phone', stored.phone),
        email: open('email', stored.email),
        address: open('address', stored.address),
        idNumber: open('idNumber', stored.id_number),
      };
      await recordTipStep(trx, this.deps, actor, row, {
        type: 'informant_revealed',
        expectedVersion: null,
        details: { reason: parsed.data.reason },
        audit: {
          action: 'tip.informant_revealed',
          details: { reason: parsed.data.reason, fields: FIELDS.filter((f) => identity[f] !== null) },
        },
      });
      return identity;
    });
  }
}
