import { TIP_DECISION_LABELS, type TipDetailDto } from '@antt/shared';
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '@/i18n/format.ts';
import { useLabel } from '@/i18n/label.ts';
import { DetailCard } from './DetailCard.tsx';
import { FactList } from './FactList.tsx';

/** The decision that ended the handling, and whether the informant has been told. */
export function TipDecisionCard({ tip }: { tip: TipDetailDto }) {
  const { t } = useTranslation('tips');
  const format = useFormat();
  const label = useLabel();
  const decision = tip.decisionDetails;
  if (!decision) return null;
  return (
    <DetailCard id="decision" title={t('detail.decision')}>
      <Text fw={700} data-testid="tip-decision">
        {label(TIP_DECISION_LABELS[decision.decision])}
      </Text>
      <FactList
        cols={1}
        facts={[
          { label: t('detail.decisionNo'), value: decision.number },
          { label: t('detail.decisionDate'), value: decision.date && format.day(decision.date) },
          { label: t('detail.penalCodeArticle'), value: decision.penalCodeArticle },
          { label: t('detail.agencyName'), value: decision.agencyName },
          {
            label: t('detail.duplicateOf'),
            value: decision.duplicateOf && (
              <Anchor component={Link} to={`/tips/${decision.duplicateOf.id}`} ff="monospace">
                {decision.duplicateOf.registrationLabel}
              </Anchor>
            ),
          },
          { label: t('detail.decidedAt'), value: format.dateTimeShort(decision.decidedAt) },
        ]}
      />
      <Text size="sm" c={tip.resultNotifiedAt ? 'green.8' : 'orange.8'}>
        {tip.resultNotifiedAt
          ? t('detail.resultNotifiedAt', { time: format.dateTimeShort(tip.resultNotifiedAt) })
          : t('detail.resultNotNotified')}
      </Text>
    </DetailCard>
  );
}
