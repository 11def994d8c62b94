import {
  isoFromDay,
  samePeriodYearsBefore,
  type AdminUnitDto,
  type DayNumber,
  type Period,
} from '@antt/shared';
import { Button, Card, Collapse, Group, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { DayInput } from '@/ui/forms/DayInput.tsx';
import { PeriodPicker } from './PeriodPicker.tsx';
import { UnitBreadcrumbs } from './UnitBreadcrumbs.tsx';

type DashboardControlsProps = {
  period: Period;
  today: DayNumber;
  hierarchyDate: string;
  path: AdminUnitDto[] | undefined;
  onPeriod: (code: string) => void;
  onHierarchyDate: (iso: string | null) => void;
  onUnit: (code: string) => void;
};

/**
 * What the figures are for: the period (with its dates and cùng kỳ), the unit and its hierarchy
 * date. On a phone the pickers fold away behind a button, so the figures come first.
 */
export function DashboardControls(props: DashboardControlsProps) {
  const { period, today, hierarchyDate, path } = props;
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const same = samePeriodYearsBefore(period);
  const range = (p: Period) => t('period.range', { from: format.day(p.start), to: format.day(p.end) });
  const phone = useMediaQuery('(max-width: 48em)') ?? false;
  const [opened, { toggle }] = useDisclosure(false);

  const pickers = (
    <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
      <PeriodPicker period={period} today={today} onChange={props.onPeriod} />
      <DayInput
        label={t('unit.hierarchyDate')}
        pickerLabel={t('period.pick')}
        value={hierarchyDate}
        onChange={(iso) => iso && props.onHierarchyDate(iso === isoFromDay(today) ? null : iso)}
        w={{ base: '100%', xs: 220 }}
      />
    </Group>
  );

  return (
    <Card withBorder padding="md" radius="md" component="section" aria-label={t('controls.label')}>
      <Stack gap="sm">
        {!phone && pickers}
        <Group justify="space-between" gap="xs" wrap="wrap" align="center">
          <UnitBreadcrumbs path={path} onGo={props.onUnit} />
          <Group gap={6} wrap="nowrap">
            <IconCalendar size={16} stroke={1.8} aria-hidden="true" style={{ flex: 'none' }} />
            <Text size="sm" data-testid="period-range">
              <Text span fw={600}>
                {phone && `${t(`period.kinds.${period.kind}`)}: `}
                {range(period)}
              </Text>
              <Text span c="dimmed">
                {' · '}
                {t('period.comparedWith', { range: range(same) })}
              </Text>
            </Text>
          </Group>
        </Group>
        {phone && (
          <>
            <Button
              variant="light"
              leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden="true" />}
              onClick={toggle}
              aria-expanded={opened}
            >
              {t('controls.change')}
            </Button>
            <Collapse expanded={opened}>{pickers}</Collapse>
          </>
        )}
        {hierarchyDate !== isoFromDay(today) && (
          <Text size="xs" c="dimmed">
            {t('unit.hierarchyNote', { date: format.day(hierarchyDate) })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
