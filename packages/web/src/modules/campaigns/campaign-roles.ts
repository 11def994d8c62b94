import type { Role } from '@antt/shared';

/**
 * Who sets campaigns up: an administrator, or a leader (the server further requires the
 * leader's jurisdiction to hold the campaign's province; services/campaign.service.ts).
 */
export const CAMPAIGN_MANAGER_ROLES: readonly Role[] = ['admin', 'leader'];
