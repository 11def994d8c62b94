import { TIP_SUSPENSION_GROUND_LABELS, type TipDetailDto } from '@antt/shared';
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { useLabel } from '@/i18n/label.ts';
import { DetailCard } from './DetailCard.tsx';
import { FactList } from './FactList.tsx';
import { TimeLeft } from './TimeLeft.tsx';
import { TipStateBadge } from './TipStateBadge.tsx';

/** The current limit and the time left, then every date the limits hang on. */
export function TipDeadlinesCard({ tip }: { tip: TipDetailDto }) {
  const { t } = useTranslation('tips');
  const format = useFormat();
  const label = useLabel();
  const day = (value: string | null) => (value ? format.day(value) : null);
  const at = (value: string | null) => (value ? format.dateTimeShort(value) : null);
  return (
    <DetailCard id="deadlines" title={t('deadlines.title')}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <TimeLeft deadline={tip.deadline} />
        <TipStateBadge state={tip.deadline.state} size="md" />
      </Group>
      <FactList
        cols={1}
        facts={[
          {
            label: t('deadlines.clockStart'),
            value: day(tip.clockStartDate) ?? t('deadlines.clockNotStarted'),
          },
          { label: t('deadlines.limitLastDate'), value: day(tip.limitLastDate) },
          { label: t('deadlines.unitExtendedTo'), value: day(tip.unitExtendedTo) },
          { label: t('deadlines.procuracyExtendedTo'), value: day(tip.procuracyExtendedTo) },
          { label: t('deadlines.classifiedAt'), value: at(tip.classifiedAt) },
          { label: t('deadlines.handedOverAt'), value: at(tip.handedOverAt) },
          {
            label: t('deadlines.procuracyNotifiedAt'),
            value:
              tip.procuracyNotifiedAt &&
              `${at(tip.procuracyNotifiedAt)}${tip.procuracyNoticeNo ? ` — ${t('events.noticeNo', { value: tip.procuracyNoticeNo })}` : ''}`,
          },
          {
            label: t('deadlines.suspendedAt'),
            value: tip.suspension && (
              <Stack gap={0}>
                <span>{at(tip.suspension.suspendedAt)}</span>
                <Text size="xs" c="dimmed">
                  {t('deadlines.ground')}: {label(TIP_SUSPENSION_GROUND_LABELS[tip.suspension.ground])} (
                  {TIP_SUSPENSION_GROUND_LABELS[tip.suspension.ground].article})
                </Text>
              </Stack>
            ),
          },
          { label: t('deadlines.resumedAt'), value: at(tip.resumedAt) },
        ]}
      />
      <Text size="xs" c="dimmed">
        {t('deadlines.endsAt')}
      </Text>
    </DetailCard>
  );
}
