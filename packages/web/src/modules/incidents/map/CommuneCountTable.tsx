import type { IncidentMapDto } from '@antt/shared';
import { ScrollArea, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';

/** The map's counts as a table: the same figures for keyboards, screen readers and printing. */
export function CommuneCountTable({
  units,
  highlighted,
  onHighlight,
}: {
  units: IncidentMapDto['units'];
  highlighted: string | null;
  onHighlight: (code: string | null) => void;
}) {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  if (units.length === 0) return <Text c="dimmed">{t('map.noCounts')}</Text>;
  return (
    <ScrollArea.Autosize mah={520}>
      <Table verticalSpacing={4} highlightOnHover aria-label={t('map.table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('map.tableCommune')}</Table.Th>
            <Table.Th ta="right">{t('map.tableCount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((u) => (
            <Table.Tr key={u.id} bg={highlighted === u.code ? 'blue.0' : undefined}>
              <Table.Td>
                <UnstyledButton
                  fz="sm"
                  aria-pressed={highlighted === u.code}
                  onClick={() => onHighlight(highlighted === u.code ? null : u.code)}
                >
                  {u.name}
                </UnstyledButton>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" fw={600}>
                  {format.number(u.count)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
