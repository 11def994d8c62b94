import {
  formatTipSecret,
  formatTrackingCode,
  portalTipSubmissionSchema,
  PUBLIC_TIP_STATUS_LABELS,
  staffTipIntakeRequestSchema,
  TIP_HANDLING_UNIT_KINDS,
  TIP_WORKFLOW_RULES,
  UPLOAD_TYPES,
  vnDayOf,
  type DayNumber,
  type InformantInput,
  type PortalTipReceipt,
  type PortalTipSubmission,
  type StaffTipIntakeRequest,
  type TipCategory,
  type TipChannel,
  type TipKind,
  type UploadType,
} from '@antt/shared';
import type { Kysely } from 'kysely';
import { createHash } from 'node:crypto';
import type { ZodType } from 'zod';
import { isUniqueViolation } from '../db/dialect.ts';
import type { DB } from '../db/schema.ts';
import { DomainError, validationError } from '../errors/domain-error.ts';
import { newId } from '../lib/ids.ts';
import type { PoliceUnitRow } from '../repositories/police-unit.repository.ts';
import { TipAttachmentRepository } from '../repositories/tip-attachment.repository.ts';
import { TipRoutingRepository } from '../repositories/tip-routing.repository.ts';
import { TipRollupRepository, tipRollupKey } from '../repositories/tip-rollup.repository.ts';
import { TipRepository } from '../repositories/tip.repository.ts';
import { checkUploads } from '../uploads/check-upload.ts';
import { stripMetadata } from '../uploads/strip-metadata.ts';
import { hasRole, type Actor } from './actor.ts';
import type { AdminUnit, AdminUnitService } from './admin-unit.service.ts';
import type { ServiceDeps } from './service-deps.ts';
import { forbidden } from './tip-access.ts';
import type { TipDeadlines } from './tip-deadlines.ts';
import { storeInformant } from './tip-informant.service.ts';
import { hashTipSecret, newTipSecret, newTrackingCode } from './tip-receipt.ts';
import type { TipRouting } from './tip-routing.ts';
import { currentDue, recordTipStep } from './tip-step.ts';

// Receipt of a tip (shared/DESIGN.md section 5.2; BLTTHS 2015 art. 145): from the citizen
// portal (or an Open311 app) it is routed to the commune police of its place or the duty desk;
// from an officer (phone, in person, mail, media, a transfer) it is entered in the officer's
// own unit's register. Either way: an intake-register number, a tracking code and a secret,
// the place as the commune version valid on the day of receipt, the identity (if any) only
// encrypted, attachments checked by content and stripped of metadata — in one transaction.
// Nothing here sees or stores a client address: an anonymous tip leaves no trace of its sender.

/** A file as it came in a request: the bytes and the name the browser gave (used in messages only). */
export type TipUpload = { bytes: Buffer; declaredName: string };

export type TipReceipt = PortalTipReceipt & { tipId: string };

/** A future "occurred" time more than this ahead of the server clock is a mistake, not a skew. */
const CLOCK_SKEW_MS = 5 * 60_000;
const TRACKING_CODE_ATTEMPTS = 8;

type PreparedFile = { type: UploadType; extension: string; bytes: Buffer; metadataStripped: boolean };

type TipDraft = {
  kind: TipKind;
  channel: TipChannel;
  category: TipCategory;
  description: string;
  occurredAt: string | undefined;
  place: AdminUnit | null;
  lon: number | undefined;
  lat: number | undefined;
  address: string | undefined;
  informant: InformantInput | undefined;
  sourceAgency: string | undefined;
  receiptRecordNo: string | undefined;
  receivingUnit: PoliceUnitRow;
  routedBecause: string | null;
  files: PreparedFile[];
  /** Extra writes that must commit with the tip (e.g. its Open311 public id). */
  withinTransaction?: WithinTipTransaction;
};

/** Runs inside the tip's own transaction, after the tip row is written. */
export type WithinTipTransaction = (
  trx: Kysely<DB>,
  tip: { id: string; province_code: string },
) => Promise<void>;

function parseOrThrow<T>(schema: ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw validationError(
      parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message })),
    );
  }
  return parsed.data;
}

export class TipIntakeService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly adminUnits: AdminUnitService,
    private readonly routing: TipRouting,
    private readonly deadlines: TipDeadlines,
  ) {}

  /** A citizen's tip from the portal (or an Open311 app): routed by its place, answered with the receipt. */
  async submitFromPortal(
    input: PortalTipSubmission,
    uploads: TipUpload[] = [],
    channel: Extract<TipChannel, 'portal' | 'open311'> = 'portal',
    extra: { withinTransaction?: WithinTipTransaction } = {},
  ): Promise<TipReceipt> {
    const data = parseOrThrow(portalTipSubmissionSchema, input);
    const now = this.deps.clock.now();
    const today = vnDayOf(now);
    this.assertOccurredInPast(data.occurredAt, now);
    const files = this.prepareFiles(uploads, data.keepLocation);
    const place = await this.resolvePlace(data, today);
    const routed = await this.routing.route(place, today, today, data.provinceCode);
    return this.create({ kind: 'citizen' }, now, {
      kind: data.kind,
      channel,
      category: data.category,
      description: data.description,
      occurredAt: data.occurredAt,
      place,
      lon: data.lon,
      lat: data.lat,
      address: data.address,
      informant: data.informant,
      sourceAgency: undefined,
      receiptRecordNo: undefined,
      receivingUnit: routed.unit,
      routedBecause: routed.reason,
      files,
      withinTransaction: extra.withinTransaction,
    });
  }

  /**
   * A tip an officer takes by phone, in person, by mail, from the media or from another
   * agency: entered in the register of the officer's own unit, which then owns it (and routes
   * or hands it over as the workflow says).
   */
  async recordByStaff(actor: Actor, input: StaffTipIntakeRequest): Promise<{ id: string }> {
    if (actor.kind !== 'user' || !hasRole(actor, 'officer', 'leader')) {
      throw forbidden(
        'Chỉ cán bộ, lãnh đạo đơn vị được tiếp nhận tin báo',
        'only officers and leaders take tips',
      );
    }
    const data = parseOrThrow(staffTipIntakeRequestSchema, input);
    const unit = await new TipRoutingRepository(this.deps.db).findUnit(actor.unitId);
    if (!unit || !(TIP_HANDLING_UNIT_KINDS as readonly string[]).includes(unit.kind)) {
      throw forbidden(
        'Đơn vị của bạn không tiếp nhận tin báo trên hệ thống này (chỉ công an xã, phường, trực ban và Cơ quan điều tra)',
        'your unit does not take tips here (commune police, the duty desk and the investigating body do)',
      );
    }
    const now = this.deps.clock.now();
    const today = vnDayOf(now);
    this.assertOccurredInPast(data.occurredAt, now);
    const place = await this.resolvePlace(data, today);
    const receipt = await this.create(actor, now, {
      kind: data.kind,
      channel: data.channel,
      category: data.category,
      description: data.description,
      occurredAt: data.occurredAt,
      place,
      lon: data.lon,
      lat: data.lat,
      address: data.address,
      informant: data.informant,
      sourceAgency: data.sourceAgency,
      receiptRecordNo: data.receiptRecordNo,
      receivingUnit: unit,
      routedBecause: null,
      files: [],
    });
    return { id: receipt.tipId };
  }

  private assertOccurredInPast(occurredAt: string | undefined, now: Date): void {
    if (occurredAt && Date.parse(occurredAt) > now.getTime() + CLOCK_SKEW_MS) {
      throw validationError(
        [{ path: 'occurredAt', message: 'is in the future' }],
        'Thời gian xảy ra không thể ở tương lai / the time it happened cannot be in the future',
      );
    }
  }

  /**
   * The commune version valid on the day of receipt, from the picked code or the map point
   * (tips count by receipt day, DESIGN section 5.5, so the place is read on that day too).
   */
  private async resolvePlace(
    data: { communeCode?: string; lon?: number; lat?: number },
    day: DayNumber,
  ): Promise<AdminUnit | null> {
    if (data.communeCode) {
      let unit: AdminUnit;
      try {
        unit = await this.adminUnits.unitAt(data.communeCode, day);
      } catch (error) {
        if (
          error instanceof DomainError &&
          (error.code === 'unit_code_unknown' || error.code === 'unit_not_valid_on_date')
        ) {
          throw new DomainError(error.code, error.message, {
            fields: [{ path: 'communeCode', message: 'no commune with this code today' }],
          });
        }
        throw error;
      }
      if (unit.level !== 'commune') {
        throw validationError(
          [{ path: 'communeCode', message: 'must name a commune (xã, phường, đặc khu)' }],
          `Mã ${data.communeCode} không phải xã, phường / ${data.communeCode} is not a commune`,
        );
      }
      return unit;
    }
    if (data.lon !== undefined && data.lat !== undefined) {
      try {
        return await this.adminUnits.communeAtPoint(data.lon, data.lat, day);
      } catch (error) {
        if (error instanceof DomainError && error.code === 'point_outside_units') {
          throw new DomainError(
            'point_outside_units',
            'Điểm đã chọn nằm ngoài địa bàn các xã, phường trên hệ thống; chọn lại trên bản đồ hoặc chọn xã, phường / the point lies outside every commune served here: pick again, or choose the commune',
            {
              fields: [
                { path: 'lon', message: 'outside every commune served' },
                { path: 'lat', message: 'outside every commune served' },
              ],
            },
          );
        }
        throw error;
      }
    }
    return null;
  }

  /** Checks every file by its content and size, then removes photo/video metadata. */
  private prepareFiles(uploads: TipUpload[], keepLocation: boolean): PreparedFile[] {
    if (uploads.length === 0) return [];
    const accepted = checkUploads(uploads);
    return accepted.map((file, i) => ({
      type: file.type,
      extension: file.extension,
      bytes: stripMetadata(uploads[i]!.bytes, file.type, { keepLocation, field: `attachments[${i}]` }),
      metadataStripped: UPLOAD_TYPES.find((t) => t.mime === file.type)!.metadataRemoved,
    }));
  }

  private async create(actor: Actor, now: Date, draft: TipDraft): Promise<TipReceipt> {
    const id = newId();
    const nowIso = now.toISOString();
    const receivedDay = vnDayOf(now);
    const unit = draft.receivingUnit;
    const secret = newTipSecret();
    const repo = new TipRepository(this.deps.db);
    // TIP_WORKFLOW_RULES.clockStart: the limit runs from receipt by the competent body.
    const clockStarts =
      unit.kind === 'investigating_body' || TIP_WORKFLOW_RULES.clockStart.value === 'first_receipt';
    const limitLastDay = clockStarts ? await this.deadlines.decisionLastDay(receivedDay) : null;
    const due = currentDue(
      { status: 'received', limit_last_day: limitLastDay, received_at: nowIso },
      this.deadlines,
    );

    for (let attempt = 1; ; attempt++) {
      const trackingCode = newTrackingCode();
      if (attempt < TRACKING_CODE_ATTEMPTS && (await repo.trackingCodeTaken(trackingCode))) continue;
      try {
        await this.deps.db.transaction().execute(async (trx) => {
          const tips = new TipRepository(trx);
          const regNo = await tips.nextRegisterNumber(
            unit.province_code,
            unit.id,
            Math.floor(receivedDay / 10_000),
          );
          const row = {
            id,
            province_code: unit.province_code,
            tracking_code: trackingCode,
            secret_hash: hashTipSecret(secret),
            kind: draft.kind,
            channel: draft.channel,
            category: draft.category,
            description: draft.description,
            occurred_at: draft.occurredAt ? new Date(draft.occurredAt).toISOString() : null,
            occurred_day: draft.occurredAt ? vnDayOf(new Date(draft.occurredAt)) : null,
            place_admin_unit_id: draft.place?.id ?? null,
            area_admin_unit_id: draft.place?.id ?? unit.admin_unit_id,
            address: draft.address ?? null,
            lon: draft.lon ?? null,
            lat: draft.lat ?? null,
            anonymous: draft.informant ? 0 : 1,
            source_agency: draft.sourceAgency ?? null,
            receipt_record_no: draft.receiptRecordNo ?? null,
            received_at: nowIso,
            received_day: receivedDay,
            receiving_unit_id: unit.id,
            reg_year: Math.floor(receivedDay / 10_000),
            reg_no: regNo,
            owner_unit_id: unit.id,
            assignee_user_id: actor.kind === 'user' ? actor.userId : null,
            status: 'received' as const,
            classified_at: null,
            handed_over_at: null,
            procuracy_notified_at: null,
            procuracy_notice_no: null,
            clock_start_day: clockStarts ? receivedDay : null,
            limit_last_day: limitLastDay,
            unit_extended_to: null,
            procuracy_extended_to: null,
            suspended_at: null,
            suspension_ground: null,
            resumed_at: null,
            due_day: due.due_day,
            due_kind: due.due_kind,
            decision: null,
            decision_no: null,
            decision_day: null,
            decision_article: null,
            decision_agency: null,
            duplicate_of_id: null,
            decided_at: null,
            result_notified_at: null,
            version: 1,
            created_at: nowIso,
            updated_at: nowIso,
          };
          await tips.insert(row);
          await new TipRollupRepository(trx).move(null, tipRollupKey(row));
          if (draft.informant) await storeInformant(trx, this.deps.vault, row, draft.informant);
          await draft.withinTransaction?.(trx, row);
          const attachments = new TipAttachmentRepository(trx);
          for (const [i, file] of draft.files.entries()) {
            await attachments.insert({
              id: newId(),
              province_code: row.province_code,
              tip_id: id,
              file_name: `tep-${i + 1}.${file.extension}`,
              content_type: file.type,
              size_bytes: file.bytes.length,
              sha256: createHash('sha256').update(file.bytes).digest('hex'),
              metadata_stripped: file.metadataStripped ? 1 : 0,
              uploaded_by: 'citizen',
              content: file.bytes,
              created_at: nowIso,
            });
          }
          const facts = {
            channel: draft.channel,
            kind: draft.kind,
            category: draft.category,
            anonymous: !draft.informant,
            attachments: draft.files.length,
            registration: `${regNo}/${row.reg_year}`,
            unit: unit.code,
            ...(draft.routedBecause ? { routedBecause: draft.routedBecause } : {}),
            ...(draft.sourceAgency ? { sourceAgency: draft.sourceAgency } : {}),
            ...(draft.receiptRecordNo ? { receiptRecordNo: draft.receiptRecordNo } : {}),
          };
          await recordTipStep(trx, this.deps, actor, row, {
            type: 'received',
            expectedVersion: null,
            details: facts,
            audit: { action: 'tip.received', details: facts },
          });
        });
        break;
      } catch (error) {
        // A tracking code taken between the check and the insert: draw another (the register
        // number is given back with the rolled-back transaction).
        if (isUniqueViolation(error) && attempt < TRACKING_CODE_ATTEMPTS) continue;
        throw error;
      }
    }
    const stored = (await repo.findById(id))!;
    return {
      tipId: id,
      trackingCode: formatTrackingCode(stored.tracking_code),
      secret: formatTipSecret(secret),
      receivedAt: stored.received_at,
      status: { code: 'received', label: PUBLIC_TIP_STATUS_LABELS.received.vi },
      attachments: draft.files.map((f) => ({
        contentType: f.type,
        sizeBytes: f.bytes.length,
        metadataStripped: f.metadataStripped,
      })),
    };
  }
}
