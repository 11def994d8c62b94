import type { CampaignSummary } from '@antt/shared';
import { useTranslation } from 'react-i18next';
import { dayText } from '@/ui/forms/day-text.ts';
import { campaignTime } from '../campaign-days-left.ts';

/** A campaign's name, dates and time left, in the current language. */
export function useCampaignText() {
  const { t, i18n } = useTranslation('campaigns');
  return {
    name: (c: Pick<CampaignSummary, 'nameVi' | 'nameEn'>) => (i18n.language === 'en' ? c.nameEn : c.nameVi),
    dates: (c: Pick<CampaignSummary, 'startDate' | 'endDate'>) =>
      t('dates', { start: dayText(c.startDate), end: dayText(c.endDate) }),
    /** "Còn 32 ngày" on the day asked about (today when the status is today's). */
    timeLeft: (c: Pick<CampaignSummary, 'startDate' | 'endDate'>, day: string) => {
      const time = campaignTime(c.startDate, c.endDate, day);
      if (time.phase === 'before') return t('time.before', { count: time.daysToStart });
      if (time.phase === 'over') return t('time.over');
      return time.daysLeft === 0 ? t('time.lastDay') : t('time.left', { count: time.daysLeft });
    },
  };
}
