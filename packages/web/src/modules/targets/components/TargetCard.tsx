import type { TargetDto } from '@antt/shared';
import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatValue } from '@/modules/dashboard/indicator-format.ts';
import { useTargetText } from '../hooks/useTargetText.ts';
import { ElapsedBar } from './ElapsedBar.tsx';
import { PaceNeededFigure } from './PaceNeededFigure.tsx';
import { TargetStatusBadge } from './TargetStatusBadge.tsx';
import { TermLine } from './TermLine.tsx';

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

/** One target in the list: what, where and when; the target, the value so far, the pace needed; the status and why. */
export function TargetCard({ target }: { target: TargetDto }) {
  const { t, i18n } = useTranslation('targets');
  const text = useTargetText();
  const progress = target.progress;
  const reason = i18n.language === 'en' ? progress.reasonEn : progress.reasonVi;

  return (
    <Card withBorder radius="md" padding="md" data-testid="target-card" data-target-id={target.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Title order={2} fz="md" style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/targets/${encodeURIComponent(target.id)}`} inherit>
              {text.indicatorName(target)}
            </Anchor>
          </Title>
          <TargetStatusBadge status={progress.status} />
        </Group>
        <TermLine target={target} />
        <SimpleGrid cols={{ base: 3 }} spacing="sm">
          <Figure label={t('card.target')}>
            <Text fw={700} size="lg" lh={1.2} data-testid="target-rule">
              {text.rule(target)}
            </Text>
          </Figure>
          <Figure label={t('card.soFar')}>
            <Text fw={700} size="lg" lh={1.2} data-testid="target-so-far">
              {formatValue(progress.valueSoFar, target.indicator.unit, i18n.language)}
            </Text>
            {/* A rate with nothing in its denominator reads as a dash above; "0/0" would add nothing. */}
            {progress.denominatorSoFar !== null &&
              progress.denominatorSoFar > 0 &&
              progress.numeratorSoFar !== null && (
                <Text size="xs" c="dimmed">
                  {t('card.ofCases', {
                    numerator: formatValue(progress.numeratorSoFar, 'count', i18n.language),
                    denominator: formatValue(progress.denominatorSoFar, 'count', i18n.language),
                  })}
                </Text>
              )}
          </Figure>
          <Figure label={t('card.needed')}>
            <PaceNeededFigure target={target} />
          </Figure>
        </SimpleGrid>
        <ElapsedBar progress={progress} termDays={target.term.days} />
        <Text size="sm" data-testid="target-reason">
          {reason}
        </Text>
      </Stack>
    </Card>
  );
}
