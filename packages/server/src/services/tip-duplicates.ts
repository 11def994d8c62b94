import { addDays, daysBetween, type TipDuplicateDto } from '@antt/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { haversineMeters } from '../lib/haversine.ts';
import { excerptOf, registrationLabel, unitRef } from '../presenters/tip.presenter.ts';
import { TipRepository, type TipRow } from '../repositories/tip.repository.ts';
import type { Actor } from './actor.ts';
import { maySeeTip } from './tip-access.ts';

// "The same incident reported twice" (shared/DESIGN.md section 5.2): tips of the same category,
// close in place — within DUPLICATE_RULE.radiusMeters of each other, or in the same commune
// when either has no map point — and in time — occurred or received within
// DUPLICATE_RULE.days days of each other. Only tips the actor may see are suggested; merging
// stays a decision of the unit's leader.

export const DUPLICATE_RULE = { radiusMeters: 500, days: 3, maxSuggestions: 10 } as const;

export async function suggestDuplicates(
  db: Kysely<DB>,
  actor: Actor,
  tip: TipRow,
): Promise<TipDuplicateDto[]> {
  const anchor = tip.occurred_day ?? tip.received_day;
  const from = addDays(Math.min(anchor, tip.received_day), -DUPLICATE_RULE.days);
  const to = addDays(Math.max(anchor, tip.received_day), DUPLICATE_RULE.days);
  const candidates = await new TipRepository(db).duplicateCandidates(tip, from, to, 200);
  const out: TipDuplicateDto[] = [];
  for (const other of candidates) {
    if (!maySeeTip(actor, other)) continue;
    const otherAnchor = other.occurred_day ?? other.received_day;
    const near = (a: number, b: number) => Math.abs(daysBetween(a, b)) <= DUPLICATE_RULE.days;
    if (!(near(anchor, otherAnchor) || near(tip.received_day, other.received_day))) continue;
    const distance =
      tip.lon !== null && tip.lat !== null && other.lon !== null && other.lat !== null
        ? haversineMeters(tip.lon, tip.lat, other.lon, other.lat)
        : null;
    const sameCommune =
      tip.place_admin_unit_id !== null && tip.place_admin_unit_id === other.place_admin_unit_id;
    const close = distance !== null ? distance <= DUPLICATE_RULE.radiusMeters : sameCommune;
    if (!close) continue;
    out.push({
      id: other.id,
      registrationLabel: registrationLabel(other),
      ownerUnit: unitRef(other.owner_unit_id, other.owner_code, other.owner_name, other.owner_kind),
      category: other.category,
      status: other.status,
      receivedAt: other.received_at,
      occurredAt: other.occurred_at,
      place:
        other.place_admin_unit_id && other.place_code && other.place_name
          ? { id: other.place_admin_unit_id, code: other.place_code, name: other.place_name }
          : null,
      excerpt: excerptOf(other.description),
      distanceMeters: distance === null ? null : Math.round(distance),
      sameCommune,
    });
    if (out.length >= DUPLICATE_RULE.maxSuggestions) break;
  }
  return out;
}
