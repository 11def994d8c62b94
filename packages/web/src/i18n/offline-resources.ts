import type { Resource } from 'i18next';
import enOffline from './en/offline.json';
import viOffline from './vi/offline.json';

// Only the offline entry page's texts: the page is downloaded on a phone and cached whole.
export const OFFLINE_NAMESPACES = ['offline'];

export const offlineResources: Resource = {
  vi: { offline: viOffline },
  en: { offline: enOffline },
};
