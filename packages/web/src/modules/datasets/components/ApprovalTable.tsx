import { Anchor, Checkbox, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '@/i18n/format.ts';
import type { ApprovalQueueItem } from '../api/data-sets.api.ts';
import { queueDayKey } from '../approval-batches.ts';
import { weekdayOf } from '../entry-month.ts';
import { ApprovalStateBadge } from './ApprovalStateBadge.tsx';

type ApprovalTableProps = {
  items: ApprovalQueueItem[];
  dataSet: string;
  /** Elements in the set, for "5/8 elements". */
  elementCount: number;
  selection?: { chosen: ReadonlySet<string>; toggle: (key: string) => void; setAll: (all: boolean) => void };
};

/** Commune × day: how many figures, where the day stands, who changed it last; each opens its grid. */
export function ApprovalTable({ items, dataSet, elementCount, selection }: ApprovalTableProps) {
  const { t } = useTranslation('datasets');
  const format = useFormat();
  const chosenHere = selection ? items.filter((i) => selection.chosen.has(queueDayKey(i))).length : 0;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr style={{ whiteSpace: 'nowrap' }}>
            {selection && (
              <Table.Th w={40}>
                <Checkbox
                  aria-label={t('approvals.selectAll')}
                  checked={chosenHere > 0 && chosenHere === items.length}
                  indeterminate={chosenHere > 0 && chosenHere < items.length}
                  onChange={(e) => selection.setAll(e.currentTarget.checked)}
                />
              </Table.Th>
            )}
            <Table.Th>{t('approvals.unit')}</Table.Th>
            <Table.Th>{t('approvals.day')}</Table.Th>
            <Table.Th ta="right">{t('approvals.values')}</Table.Th>
            <Table.Th>{t('approvals.state')}</Table.Th>
            <Table.Th>{t('approvals.changed')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const key = queueDayKey(item);
            const day = format.day(item.period);
            return (
              <Table.Tr key={key} data-unit={item.unit} data-period={item.period}>
                {selection && (
                  <Table.Td>
                    <Checkbox
                      aria-label={t('approvals.select', { unit: item.unitName, day })}
                      checked={selection.chosen.has(key)}
                      onChange={() => selection.toggle(key)}
                    />
                  </Table.Td>
                )}
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {item.unitName}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {day}{' '}
                  <Text span size="xs" c="dimmed">
                    {t(`weekdays.${weekdayOf(item.period)}`)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t('approvals.valueCount', { count: item.valueCount, total: elementCount })}
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <span>
                      <ApprovalStateBadge state={item.state} />
                    </span>
                    {item.comment && (
                      <Text size="xs" c={item.state === 'returned' ? 'red.8' : 'dimmed'} lineClamp={2}>
                        {item.comment}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {item.changedAt && (
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {item.changedBy} · {format.dateTimeShort(item.changedAt)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Anchor
                    component={Link}
                    size="sm"
                    to={`/datasets/entry?set=${encodeURIComponent(dataSet)}&unit=${encodeURIComponent(item.unit)}&month=${item.period.slice(0, 7)}`}
                    aria-label={t('approvals.openGrid', { unit: item.unitName, day })}
                  >
                    {t('approvals.open')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
