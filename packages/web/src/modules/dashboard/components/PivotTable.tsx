import type { IndicatorFigureDto } from '@antt/shared';
import { Anchor, Group, Stack, Switch, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useMemo, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '@/i18n/languages.ts';
import { figureText } from '../figure-text.ts';
import type { IndicatorFigures } from '../hooks/useDashboardFigures.ts';
import { pivotRows, sortPivotRows, type PivotSort } from '../pivot-rows.ts';
import { JUDGEMENT_COLOURS } from './ChangeIndicator.tsx';

const STICKY: CSSProperties = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  background: 'var(--mantine-color-body)',
  minWidth: 190,
  maxWidth: 240,
};

function Cell({
  figure,
  figures,
  showSame,
}: {
  figure: IndicatorFigureDto | undefined;
  figures: IndicatorFigures;
  showSame: boolean;
}) {
  const { t, i18n } = useTranslation('dashboard');
  if (!figure) return <Table.Td ta="right">—</Table.Td>;
  const text = figureText(figure, figures.unit, i18n.language);
  const colour = figure.judgement ? JUDGEMENT_COLOURS[figure.judgement] : 'gray.7';
  return (
    <Table.Td
      ta="right"
      bg={figure.flag ? 'orange.0' : undefined}
      data-testid={`pivot-${figure.unit.code}-${figures.code}`}
      style={{ whiteSpace: 'nowrap' }}
    >
      <Group gap={4} justify="flex-end" wrap="nowrap">
        {figure.flag && (
          <Tooltip label={t(`card.flag.${figure.flag}`)} withArrow>
            <IconAlertTriangle
              size={14}
              color="var(--mantine-color-orange-7)"
              aria-label={t(`card.flag.${figure.flag}`)}
            />
          </Tooltip>
        )}
        <Text span size="sm" fw={600} data-testid="pivot-value">
          {text.value}
        </Text>
      </Group>
      {showSame && (
        <Text size="xs" c="dimmed" data-testid="pivot-same">
          {text.samePeriod ?? '—'}
          {text.absoluteChange && (
            <Text span size="xs" c={colour} fw={600}>
              {' '}
              {text.absoluteChange}
            </Text>
          )}
        </Text>
      )}
    </Table.Td>
  );
}

type PivotTableProps = {
  figures: IndicatorFigures[];
  onDrill: (code: string) => void;
};

/** Indicators × units for the period: the unit itself first, then its units, sortable by any column. */
export function PivotTable({ figures, onDrill }: PivotTableProps) {
  const { t, i18n } = useTranslation('dashboard');
  const [showSame, setShowSame] = useState(false);
  const [sort, setSort] = useState<PivotSort>({ column: 'name', descending: false });
  const locale = intlLocale(i18n.language);
  const rows = useMemo(
    () =>
      sortPivotRows(
        pivotRows(figures.map((f) => ({ code: f.code, children: f.data?.children }))),
        sort,
        locale,
      ),
    [figures, sort, locale],
  );
  const parent = figures.find((f) => f.data)?.data?.unit;

  const header = (column: string, label: string, title?: string) => {
    const active = sort.column === column;
    const Icon = !active ? IconArrowsSort : sort.descending ? IconArrowDown : IconArrowUp;
    return (
      <Table.Th
        key={column}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
        style={column === 'name' ? { ...STICKY, zIndex: 3 } : { minWidth: 118, verticalAlign: 'bottom' }}
      >
        <UnstyledButton
          onClick={() =>
            setSort(
              active
                ? { column, descending: !sort.descending }
                : // Figures sort largest first, names from A.
                  { column, descending: column !== 'name' },
            )
          }
          title={title}
          style={{ width: '100%' }}
        >
          <Group
            gap={4}
            wrap="nowrap"
            justify={column === 'name' ? 'flex-start' : 'flex-end'}
            align="flex-end"
          >
            <Text size="xs" fw={700} ta={column === 'name' ? 'left' : 'right'} lh={1.25}>
              {label}
            </Text>
            <Icon size={14} aria-hidden="true" style={{ flex: 'none', opacity: active ? 1 : 0.4 }} />
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed">
          {rows.length > 0 ? t('pivot.explain', { count: rows.length }) : t('pivot.noChildren')}
        </Text>
        <Switch
          label={t('pivot.showSame')}
          checked={showSame}
          onChange={(e) => setShowSame(e.currentTarget.checked)}
        />
      </Group>
      <Table.ScrollContainer minWidth={1560} maxHeight={620} type="native">
        <Table stickyHeader withTableBorder verticalSpacing={6} fz="sm" data-testid="pivot">
          <Table.Thead>
            <Table.Tr>
              {header('name', t('pivot.unit'))}
              {figures.map((f) => header(f.code, f.shortName, f.name))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {parent && (
              <Table.Tr fw={700} bg="gray.1" data-testid={`pivot-row-${parent.code}`}>
                <Table.Td style={{ ...STICKY, background: 'var(--mantine-color-gray-1)' }}>
                  {t('pivot.total', { name: parent.name })}
                </Table.Td>
                {figures.map((f) => (
                  <Cell key={f.code} figure={f.data} figures={f} showSame={showSame} />
                ))}
              </Table.Tr>
            )}
            {rows.map((row) => (
              <Table.Tr key={row.code} data-testid={`pivot-row-${row.code}`}>
                <Table.Td style={STICKY}>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    ta="left"
                    onClick={() => onDrill(row.code)}
                    title={t('pivot.drill', { name: row.name })}
                  >
                    {row.name}
                  </Anchor>
                </Table.Td>
                {figures.map((f) => (
                  <Cell key={f.code} figure={row.figures[f.code]} figures={f} showSame={showSame} />
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
