import { useTranslation } from 'react-i18next';
import { makeFormatters } from '@/i18n/format.ts';
import type { PendingChange } from '../pending-queue.ts';
import { formatVietnameseNumber } from '../vietnamese-number.ts';

type ConflictNoticeProps = {
  change: PendingChange;
  onKeepTheirs: () => void;
  onKeepMine: () => void;
};

/** Someone else changed the figure meanwhile: both values side by side, the officer decides. */
export function ConflictNotice({ change, onKeepTheirs, onKeepMine }: ConflictNoticeProps) {
  const { t, i18n } = useTranslation('offline');
  const format = makeFormatters(i18n.language);
  const theirs = change.theirs;
  const mine = change.value === null ? t('empty') : formatVietnameseNumber(change.value);
  return (
    <div className="notice conflict" role="alert" data-testid={`conflict-${change.element}`}>
      <p className="notice-title">{t('conflict.title')}</p>
      <p data-testid="theirs">
        {theirs
          ? t('conflict.theirs', {
              who: theirs.updatedBy,
              value: formatVietnameseNumber(theirs.value),
              at: format.dateTimeShort(theirs.updatedAt),
            })
          : t('conflict.theirsUnknown')}
      </p>
      <p data-testid="mine">{t('conflict.mine', { value: mine })}</p>
      <div className="notice-actions">
        <button type="button" className="button" onClick={onKeepTheirs}>
          {t('conflict.keepTheirs')}
        </button>
        <button type="button" className="button primary" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
      </div>
    </div>
  );
}
