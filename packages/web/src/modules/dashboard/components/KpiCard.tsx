import { Badge, Card, Group, Skeleton, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { figureText } from '../figure-text.ts';
import type { IndicatorFigures } from '../hooks/useDashboardFigures.ts';
import { formatTarget } from '../indicator-format.ts';
import { bandYears } from '../band-years.ts';
import { ChangeIndicator } from './ChangeIndicator.tsx';
import { CountingRuleButton } from './CountingRuleButton.tsx';

type KpiCardProps = {
  figures: IndicatorFigures;
  /** The indicator the map and the trend show. */
  chosen: boolean;
  onChoose: () => void;
};

/** One indicator at a glance: the figure, cùng kỳ and the change, the band and the target. */
export function KpiCard({ figures, chosen, onChoose }: KpiCardProps) {
  const { t, i18n } = useTranslation('dashboard');
  const language = i18n.language;
  const data = figures.data;
  const text = data && figureText(data, figures.unit, language, figures.noun);
  const target = data?.indicator.target ?? figures.definition?.target ?? null;
  const targetText = target && formatTarget(target, figures.unit, language);

  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      data-testid={`kpi-${figures.code}`}
      data-state={data && !figures.isFetching ? 'ready' : 'loading'}
      data-unit={data?.unit.code}
      data-period={data?.period.code}
      aria-busy={figures.isFetching}
      style={{
        borderColor: chosen ? 'var(--mantine-primary-color-filled)' : undefined,
        boxShadow: chosen ? '0 0 0 1px var(--mantine-primary-color-filled)' : undefined,
        opacity: figures.isFetching && data ? 0.6 : 1,
      }}
    >
      <Stack gap={6} h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap={4}>
          <UnstyledButton
            onClick={onChoose}
            aria-pressed={chosen}
            title={t('card.choose')}
            style={{ flex: 1, minWidth: 0 }}
          >
            <Text size="sm" fw={600} c="dark.6" lh={1.3} data-testid="kpi-name">
              {figures.shortName}
            </Text>
          </UnstyledButton>
          <CountingRuleButton figures={figures} />
        </Group>

        {!data && figures.isPending && (
          <>
            <Skeleton h={34} w="60%" />
            <Skeleton h={14} w="80%" />
          </>
        )}
        {!data && figures.error !== null && (
          <Text size="sm" c="red.8">
            {t('card.failed')}
          </Text>
        )}

        {data && text && (
          <>
            <Group justify="space-between" align="baseline" gap={6} wrap="wrap">
              <Text fz={30} fw={700} lh={1.1} data-testid="kpi-value" style={{ whiteSpace: 'nowrap' }}>
                {text.value}
              </Text>
              <ChangeIndicator figure={data} text={text} />
            </Group>
            {text.samePeriod !== null ? (
              <Text size="sm" c="dimmed" data-testid="kpi-same">
                {t('card.samePeriodValue', { value: text.samePeriod })}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                {figures.definition?.numerator.source === 'tips' &&
                figures.definition.numerator.measure === 'overdue_now'
                  ? t('card.asOfToday')
                  : t('card.noSamePeriod')}
              </Text>
            )}
            {data.value === null && (
              <Text size="xs" c="dimmed">
                {/* A Project 06 rate over no reports is missing data, not an absence of cases. */}
                {figures.definition?.denominator?.source === 'datavalues'
                  ? t('card.nothingToDivideData')
                  : t('card.nothingToDivide')}
              </Text>
            )}
            <Group gap={6} mt="auto" pt={4}>
              {data.flag && data.band && (
                <Tooltip
                  multiline
                  w={280}
                  withArrow
                  label={t('card.bandTooltip', {
                    band: text.band,
                    years: bandYears(data.band.years),
                  })}
                >
                  <Badge
                    tabIndex={0}
                    color="orange"
                    variant="light"
                    radius="sm"
                    leftSection={<IconAlertTriangle size={14} aria-hidden="true" />}
                    data-testid="kpi-flag"
                  >
                    {t(`card.flag.${data.flag}`)}
                  </Badge>
                </Tooltip>
              )}
              {targetText && (
                <Group gap={4} wrap="nowrap">
                  <Text size="xs" c="dimmed">
                    {t('card.target', { target: targetText })}
                  </Text>
                  {data.meetsTarget !== null && (
                    <Badge
                      size="sm"
                      radius="sm"
                      variant="light"
                      color={data.meetsTarget ? 'teal' : 'red'}
                      data-testid="kpi-target-met"
                      leftSection={
                        data.meetsTarget ? (
                          <IconCircleCheck size={12} aria-hidden="true" />
                        ) : (
                          <IconCircleX size={12} aria-hidden="true" />
                        )
                      }
                    >
                      {t(data.meetsTarget ? 'card.met' : 'card.notMet')}
                    </Badge>
                  )}
                </Group>
              )}
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
