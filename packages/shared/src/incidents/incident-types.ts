// The incident register's fixed vocabulary (shared/DESIGN.md section 5.3). The categories of
// accidents, fires and vice sites are catalogue data an admin can extend; the crime groups and
// the seriousness classes are fixed by law and by the indicators that count them.

export const INCIDENT_TYPES = ['crime', 'traffic_accident', 'fire', 'social_vice'] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

/** Where a case stands; "cleared" (điều tra làm rõ) is a separate flag with its own date. */
export const INCIDENT_STATUSES = ['open', 'investigating', 'suspended', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** The crime groups police statistics count by; a crime's group follows its Penal Code article. */
export const CRIME_GROUPS = [
  'social_order',
  'economic',
  'drugs',
  'environment',
  'high_tech',
  'other',
] as const;
export type CrimeGroup = (typeof CRIME_GROUPS)[number];

/** Penal Code 2015 art. 9: the four classes of seriousness, set by a clause's maximum penalty. */
export const SERIOUSNESS_CLASSES = ['less_serious', 'serious', 'very_serious', 'especially_serious'] as const;
export type Seriousness = (typeof SERIOUSNESS_CLASSES)[number];

/** The most severe principal penalty a clause's frame allows. */
export const MAX_PENALTIES = ['fine', 'non_custodial', 'prison', 'life', 'death'] as const;
export type MaxPenalty = (typeof MAX_PENALTIES)[number];

/**
 * The seriousness class of a clause (Penal Code 2015 art. 9 para. 1): a fine, non-custodial
 * reform or up to 3 years' prison is less serious; over 3 to 7 years serious; over 7 to 15
 * very serious; over 15 to 20 years, life or death especially serious.
 */
export function seriousnessOf(maxPenalty: MaxPenalty, maxPrisonYears: number | null): Seriousness {
  if (maxPenalty === 'life' || maxPenalty === 'death') return 'especially_serious';
  if (maxPenalty !== 'prison' || maxPrisonYears === null) return 'less_serious';
  if (maxPrisonYears <= 3) return 'less_serious';
  if (maxPrisonYears <= 7) return 'serious';
  if (maxPrisonYears <= 15) return 'very_serious';
  return 'especially_serious';
}

/** What starts a fire or an explosion, as the fire-fighting police report it. */
export const FIRE_CAUSES = [
  'electrical',
  'open_flame',
  'arson',
  'gas_or_fuel',
  'industrial_process',
  'lightning',
  'traffic',
  'other',
  'unknown',
] as const;
export type FireCause = (typeof FIRE_CAUSES)[number];

/** Limits on what one incident may hold; the same in forms, API and import. */
export const INCIDENT_LIMITS = {
  summary: 4000,
  address: 500,
  road: 200,
  siteName: 200,
  externalRef: 64,
  /** People killed or hurt in one incident: beyond this a figure is a typing error. */
  people: 10_000,
  vehicles: 1_000,
  /** 10^15 VND (a million billion) is far above any single fire's damage. */
  damageVnd: 1_000_000_000_000_000,
  bulkIds: 500,
  exportRows: 100_000,
  mapPoints: 5_000,
} as const;
