import type { CampaignStatusDto } from '@antt/shared';
import { Box, Group, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconSearch } from '@tabler/icons-react';
import { useMemo, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '@/i18n/languages.ts';
import { matchesSearch } from '@/ui/search.ts';
import { formatCount, formatCountRange, formatShareRange } from '../campaign-numbers.ts';
import {
  firstDirection,
  sortUnitRows,
  unitProgressRows,
  type UnitProgressRow,
  type UnitSort,
  type UnitSortKey,
} from '../campaign-unit-rows.ts';
import { ShareBar } from './ShareBar.tsx';
import { UnitTargetEditor } from './UnitTargetEditor.tsx';
import { VerdictBadge } from './VerdictBadge.tsx';

// The unit's name stays in view while a phone scrolls the figures sideways.
const STICKY: CSSProperties = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  background: 'var(--mantine-color-body)',
};

type UnitProgressTableProps = {
  status: CampaignStatusDto;
  element: string;
  populationName: string;
  /** The user may set units' targets (the server checks the province too). */
  mayEditTargets: boolean;
};

/** Every reporting unit's progress on one element, sortable by any column and searchable by name. */
export function UnitProgressTable({
  status,
  element,
  populationName,
  mayEditTargets,
}: UnitProgressTableProps) {
  const { t, i18n } = useTranslation('campaigns');
  const language = i18n.language;
  const [sort, setSort] = useState<UnitSort>({ key: 'verdict', direction: 'asc' });
  const [search, setSearch] = useState('');
  const collator = useMemo(() => new Intl.Collator(intlLocale(language)), [language]);
  const rows = useMemo(
    () =>
      sortUnitRows(
        unitProgressRows(status, element).filter((r) => matchesSearch(search, r.name, r.code)),
        sort,
        collator,
      ),
    [status, element, search, sort, collator],
  );

  const header = (key: UnitSortKey, label: string, align: 'left' | 'right' = 'right') => {
    const active = sort.key === key;
    const Icon = !active ? IconArrowsSort : sort.direction === 'desc' ? IconArrowDown : IconArrowUp;
    return (
      <Table.Th
        aria-sort={active ? (sort.direction === 'desc' ? 'descending' : 'ascending') : 'none'}
        style={key === 'name' ? { ...STICKY, zIndex: 3 } : { verticalAlign: 'bottom' }}
      >
        <UnstyledButton
          onClick={() =>
            setSort(
              active
                ? { key, direction: sort.direction === 'asc' ? 'desc' : 'asc' }
                : { key, direction: firstDirection(key) },
            )
          }
          style={{ width: '100%' }}
        >
          <Group
            gap={4}
            wrap="nowrap"
            justify={align === 'left' ? 'flex-start' : 'flex-end'}
            align="flex-end"
          >
            <Text
              size="xs"
              fw={700}
              ta={align}
              lh={1.25}
              // Short headings stay on one line; the projection's long one may wrap.
              style={key === 'projection' ? undefined : { whiteSpace: 'nowrap' }}
            >
              {label}
            </Text>
            <Icon size={14} aria-hidden="true" style={{ flex: 'none', opacity: active ? 1 : 0.4 }} />
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };

  /** The projection as a share of the target ("88,0–102,3 %"), or in counts when there is no target. */
  const projectionText = (row: UnitProgressRow): string => {
    if (!row.projection) return '—';
    const { lo, hi } = row.projection;
    return row.target
      ? formatShareRange(lo / row.target, hi / row.target, language)
      : formatCountRange(lo, hi, language);
  };

  return (
    <Stack gap="sm">
      <TextInput
        label={t('table.search')}
        placeholder={t('table.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={360}
      />
      <Table.ScrollContainer minWidth={860}>
        <Table highlightOnHover verticalSpacing="xs" fz="sm" data-testid="unit-progress-table">
          <Table.Thead>
            <Table.Tr>
              {header('name', t('table.unit'), 'left')}
              {header('population', populationName)}
              {header('value', t('table.value'))}
              {header('target', t('table.target'))}
              {header('share', t('table.share'))}
              {header('projection', t('table.projection'))}
              {header('verdict', t('table.verdict'), 'left')}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.code} data-unit={row.code}>
                <Table.Td style={STICKY}>
                  <Text size="sm" fw={500}>
                    {row.name}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatCount(row.population, language)}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {formatCount(row.value, language)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatCount(row.target, language)}
                  {mayEditTargets && (
                    <Box component="span" ml={4} style={{ verticalAlign: 'middle', display: 'inline-block' }}>
                      <UnitTargetEditor
                        campaignId={status.campaign.id}
                        element={element}
                        unit={row}
                        target={row.target}
                      />
                    </Box>
                  )}
                </Table.Td>
                <Table.Td miw={150}>
                  <ShareBar share={row.share} verdict={row.verdict} label={row.name} size="sm" />
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {projectionText(row)}
                </Table.Td>
                <Table.Td>
                  <VerdictBadge verdict={row.verdict} size="sm" />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('table.empty')}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('table.explain', {
          level: Math.round((status.total.progress[0]?.projection?.level ?? 0.9) * 100),
        })}
      </Text>
    </Stack>
  );
}
