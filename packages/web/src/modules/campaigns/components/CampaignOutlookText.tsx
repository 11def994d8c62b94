import type { CampaignStatusDto } from '@antt/shared';
import { Alert } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleX,
  IconInfoCircle,
  IconTrendingUp,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { campaignDays } from '../campaign-chart-series.ts';
import { campaignOutlook } from '../campaign-outlook.ts';
import { VERDICT_COLOURS } from '../campaign-verdict.ts';

type CampaignOutlookTextProps = {
  status: CampaignStatusDto;
  /** The element whose outlook is told (its index in the campaign). */
  index: number;
  /** The eligible population of the province (sum of its units'), when known. */
  population: number | null;
  elementName: string;
};

const ICONS = {
  achieved: IconCircleCheck,
  on_track: IconTrendingUp,
  at_risk: IconAlertTriangle,
  off_track: IconCircleX,
  no_target: IconInfoCircle,
} as const;

/** The verdict in one plain sentence: where the pace so far leads, and the pace still needed when short. */
export function CampaignOutlookText({ status, index, population, elementName }: CampaignOutlookTextProps) {
  const { t, i18n } = useTranslation('campaigns');
  const progress = status.total.progress[index];
  const element = status.campaign.elements[index];
  if (!progress || !element) return null;
  const outlook = campaignOutlook({
    progress,
    targetRate: element.targetRate,
    population,
    endDate: status.campaign.endDate,
    asOf: status.asOf,
    language: i18n.language,
  });
  const noun = t(`nouns.${element.element}`, { defaultValue: '' });
  const pace = (amount: string) =>
    noun ? t('outlook.pace', { amount, noun }) : t('outlook.paceBare', { amount });
  const verdictWords = t(`verdictWords.${progress.verdict}`);

  let text: string;
  switch (outlook.kind) {
    case 'no_target':
      text = t('outlook.noTarget', { element: elementName });
      break;
    case 'no_data':
      text = t('outlook.noData');
      break;
    case 'ended':
      text = t('outlook.ended', { ...outlook, verdict: verdictWords });
      break;
    case 'achieved':
      text = t('outlook.achieved', outlook);
      break;
    case 'projected': {
      text = t('outlook.projected', { ...outlook, perDay: pace(outlook.perDay), verdict: verdictWords });
      if (outlook.requiredPerDay !== null) {
        const daysLeft = campaignDays(status.asOf, status.campaign.endDate).length - 1;
        text += ` ${t('outlook.required', { required: pace(outlook.requiredPerDay), count: daysLeft })}`;
      }
    }
  }
  const Icon = ICONS[progress.verdict];
  return (
    <Alert
      variant="light"
      color={VERDICT_COLOURS[progress.verdict]}
      icon={<Icon size={20} aria-hidden="true" />}
      data-testid="campaign-outlook"
      styles={{ message: { fontSize: 'var(--mantine-font-size-md)', color: 'var(--mantine-color-text)' } }}
    >
      {text}
    </Alert>
  );
}
