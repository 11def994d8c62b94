import { useTranslation } from 'react-i18next';
import { makeFormatters } from '@/i18n/format.ts';
import type { Connection } from '../useOfflineEntry.ts';

type StatusBarProps = {
  connection: Connection;
  lastSyncAt: string | null;
  unsynced: number;
  /** Conflicts and refusals: changes that wait for the officer, not for the network. */
  needsDecision: number;
  syncing: boolean;
  onSyncNow: () => void;
};

/** Online or not, when the phone last synced, how many changes wait: always in view. */
export function StatusBar({
  connection,
  lastSyncAt,
  unsynced,
  needsDecision,
  syncing,
  onSyncNow,
}: StatusBarProps) {
  const { t, i18n } = useTranslation('offline');
  const format = makeFormatters(i18n.language);
  return (
    <section className="status" data-connection={connection} aria-live="polite" aria-label={t('title')}>
      <p className="status-line">
        <span className="status-dot" aria-hidden="true" />
        <strong data-testid="connection">{t(`status.${connection}`)}</strong>
      </p>
      <p className="status-line status-detail">
        <span data-testid="last-sync">
          {lastSyncAt
            ? t('status.lastSync', { at: format.dateTimeShort(lastSyncAt) })
            : t('status.neverSynced')}
        </span>
        <span
          data-testid="unsynced-count"
          data-count={unsynced}
          className={unsynced > 0 ? 'pending' : undefined}
        >
          {unsynced > 0 ? t('status.pending', { count: unsynced }) : t('status.allSynced')}
        </span>
      </p>
      {needsDecision > 0 && (
        <p className="status-line needs-decision" data-testid="needs-decision">
          {t('status.needsDecision', { count: needsDecision })}
        </p>
      )}
      <button type="button" className="button primary" onClick={onSyncNow} disabled={syncing}>
        {syncing ? t('status.syncing') : t('status.syncNow')}
      </button>
    </section>
  );
}
