import type { CalendarEntryDto } from '@antt/shared';
import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '@/i18n/languages.ts';
import { useFormat } from '@/i18n/format.ts';

type HolidayTableProps = {
  entries: CalendarEntryDto[];
  /** Administrators remove their own edits; the official or computed day applies again. */
  onClear?: (date: string) => void;
  clearing: string | null;
};

const ORIGIN_COLORS = { computed: 'gray', official: 'blue', admin: 'orange' } as const;

/** The days off and make-up working days of a year, each with its source. */
export function HolidayTable({ entries, onClear, clearing }: HolidayTableProps) {
  const { t, i18n } = useTranslation('holidays');
  const format = useFormat();
  const weekday = new Intl.DateTimeFormat(intlLocale(i18n.language), { weekday: 'long', timeZone: 'UTC' });
  const weekdayOf = (iso: string) => weekday.format(new Date(`${iso}T00:00:00Z`));
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr style={{ whiteSpace: 'nowrap' }}>
            <Table.Th>{t('columns.date')}</Table.Th>
            <Table.Th>{t('columns.kind')}</Table.Th>
            <Table.Th>{t('columns.name')}</Table.Th>
            <Table.Th>{t('columns.source')}</Table.Th>
            <Table.Th>{t('columns.origin')}</Table.Th>
            {onClear && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={`${entry.date}-${entry.origin}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" fw={600}>
                  {format.day(entry.date)}
                </Text>
                <Text size="xs" c="dimmed">
                  {weekdayOf(entry.date)}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge
                  color={entry.kind === 'day_off' ? 'red' : 'green'}
                  variant="light"
                  radius="sm"
                  tt="none"
                  style={{ minWidth: 'max-content' }}
                >
                  {t(`kinds.${entry.kind}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{entry.name}</Text>
              </Table.Td>
              <Table.Td maw={320}>
                <Text size="xs" c="dimmed">
                  {entry.source}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Badge
                    color={ORIGIN_COLORS[entry.origin]}
                    variant="outline"
                    radius="sm"
                    tt="none"
                    style={{ minWidth: 'max-content' }}
                  >
                    {t(`origins.${entry.origin}`)}
                  </Badge>
                  {entry.updatedBy && (
                    <Text size="xs" c="dimmed">
                      {entry.updatedBy}
                      {entry.updatedAt && ` · ${format.dateTimeShort(entry.updatedAt)}`}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              {onClear && (
                <Table.Td>
                  {entry.origin === 'admin' && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      loading={clearing === entry.date}
                      onClick={() => onClear(entry.date)}
                    >
                      {t('clear')}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
