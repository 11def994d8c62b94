import { Alert, Anchor, Group, List, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { bandYears } from '../band-years.ts';
import { figureText } from '../figure-text.ts';
import type { IndicatorFigures } from '../hooks/useDashboardFigures.ts';

/** True when being outside the band is bad news: too many crimes, too low a clearance rate. */
function isBadNews(figures: IndicatorFigures, flag: 'above' | 'below'): boolean {
  if (figures.direction === 'lower_is_better') return flag === 'above';
  if (figures.direction === 'higher_is_better') return flag === 'below';
  return false;
}

type AlertsStripProps = { figures: IndicatorFigures[]; onChoose: (code: string) => void };

/** The indicators whose value lies outside their usual band, in plain words. */
export function AlertsStrip({ figures, onChoose }: AlertsStripProps) {
  const { t, i18n } = useTranslation('dashboard');
  const loaded = figures.filter((f) => f.data);
  if (loaded.length === 0) return null;
  const flagged = loaded.filter((f) => f.data!.flag && f.data!.band);
  if (flagged.length === 0) {
    if (loaded.length < figures.length) return null;
    return (
      <Group gap={8} wrap="nowrap" data-testid="alerts-none">
        <ThemeIcon size={22} radius="xl" color="teal" variant="light" aria-hidden="true">
          <IconCircleCheck size={16} />
        </ThemeIcon>
        <Text size="sm" c="dimmed">
          {t('alerts.none', { years: bandYears(loaded.find((f) => f.data!.band)?.data!.band?.years ?? []) })}
        </Text>
      </Group>
    );
  }
  return (
    <Alert
      color="orange"
      variant="light"
      radius="md"
      icon={<IconAlertTriangle size={20} aria-hidden="true" />}
      title={t('alerts.title', { count: flagged.length })}
      data-testid="alerts"
    >
      <List size="sm" spacing={4} listStyleType="none" withPadding={false}>
        {flagged.map((f) => {
          const data = f.data!;
          const flag = data.flag!;
          const text = figureText(data, f.unit, i18n.language, f.noun);
          return (
            <List.Item key={f.code}>
              <Anchor
                component="button"
                type="button"
                size="sm"
                c={isBadNews(f, flag) ? 'red.9' : 'dark.7'}
                fw={isBadNews(f, flag) ? 600 : 500}
                onClick={() => onChoose(f.code)}
                ta="left"
              >
                {t(`alerts.item.${flag}`, {
                  name: f.shortName,
                  value: text.value,
                  band: text.band,
                })}
              </Anchor>
            </List.Item>
          );
        })}
      </List>
      <Text size="xs" c="dimmed" mt={6}>
        {t('alerts.explain', { years: bandYears(flagged[0]!.data!.band!.years) })}
      </Text>
    </Alert>
  );
}
