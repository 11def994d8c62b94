// The five staff roles of shared/DESIGN.md section 1. Citizens have no account.
export const ROLES = ['admin', 'leader', 'analyst', 'officer', 'procurator'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Roles whose holders see the whole province of their unit rather than only the unit's own
 * subtree: an analyst (tham mưu) works province-wide, and a procurator supervises the handling
 * of every tip in the province (BLTTHS 2015 art. 159).
 */
export const PROVINCE_WIDE_ROLES: readonly Role[] = ['analyst', 'procurator'];
/** Administrators see every province. */
export const NATION_WIDE_ROLES: readonly Role[] = ['admin'];
