import {
  formatTrackingCode,
  TIP_CATEGORY_LABELS,
  TIP_CHANNEL_LABELS,
  TIP_KIND_LABELS,
  TIP_STATUS_LABELS,
  type TipDetailDto,
} from '@antt/shared';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { useLabel } from '@/i18n/label.ts';
import { DetailCard } from './DetailCard.tsx';
import { FactList } from './FactList.tsx';

/** What was reported, how and when; then where. */
export function TipFactsCard({ tip }: { tip: TipDetailDto }) {
  const { t } = useTranslation('tips');
  const format = useFormat();
  const label = useLabel();
  return (
    <>
      <DetailCard id="facts" title={t('detail.facts')}>
        <Text
          size="sm"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          data-testid="tip-description"
        >
          {tip.description}
        </Text>
        <FactList
          facts={[
            { label: t('detail.kind'), value: label(TIP_KIND_LABELS[tip.kind]) },
            { label: t('detail.category'), value: label(TIP_CATEGORY_LABELS[tip.category]) },
            {
              label: t('detail.occurredAt'),
              value: tip.occurredAt ? format.dateTimeShort(tip.occurredAt) : t('detail.notGiven'),
            },
            { label: t('detail.receivedAt'), value: format.dateTimeShort(tip.receivedAt) },
            { label: t('detail.channel'), value: label(TIP_CHANNEL_LABELS[tip.channel]) },
            { label: t('detail.status'), value: label(TIP_STATUS_LABELS[tip.status]) },
            { label: t('detail.sourceAgency'), value: tip.sourceAgency },
            { label: t('detail.receiptRecordNo'), value: tip.receiptRecordNo },
            {
              label: t('detail.trackingCode'),
              value: (
                <Text span ff="monospace" size="sm">
                  {tip.trackingCode.includes('-') ? tip.trackingCode : formatTrackingCode(tip.trackingCode)}
                </Text>
              ),
            },
          ]}
        />
      </DetailCard>
      <DetailCard id="place" title={t('detail.place')}>
        <FactList
          facts={[
            { label: t('detail.commune'), value: tip.place?.name ?? t('noPlace') },
            { label: t('detail.address'), value: tip.address ?? t('detail.notGiven') },
            {
              label: t('detail.point'),
              value:
                tip.lat !== null && tip.lon !== null ? (
                  <Text span ff="monospace" size="sm">
                    {tip.lat.toFixed(5)}, {tip.lon.toFixed(5)}
                  </Text>
                ) : (
                  t('detail.noPoint')
                ),
            },
          ]}
          cols={3}
        />
      </DetailCard>
    </>
  );
}
