import type { Resource } from 'i18next';
import enCommon from './en/common.json';
import enPortal from './en/portal.json';
import viCommon from './vi/common.json';
import viPortal from './vi/portal.json';

// Only what the citizen portal shows: none of the staff app's texts reach a citizen's phone.
export const PORTAL_NAMESPACES = ['portal', 'common'];

export const portalResources: Resource = {
  vi: { portal: viPortal, common: viCommon },
  en: { portal: enPortal, common: enCommon },
};
