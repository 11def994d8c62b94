import type { AdminUnitDto } from '@antt/shared';
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';

type UnitTableProps = {
  units: AdminUnitDto[];
  /** Called to open a unit's children; communes have none. */
  onOpen?: (unit: AdminUnitDto) => void;
  /** Show the parent's code (search results mix units of several parents). */
  showParent?: boolean;
};

/** Administrative unit versions with their level and validity period. */
export function UnitTable({ units, onOpen, showParent }: UnitTableProps) {
  const { t } = useTranslation('units');
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.name')}</Table.Th>
            <Table.Th>{t('columns.code')}</Table.Th>
            <Table.Th>{t('columns.level')}</Table.Th>
            {showParent && <Table.Th>{t('columns.parent')}</Table.Th>}
            <Table.Th>{t('columns.validFrom')}</Table.Th>
            <Table.Th>{t('columns.validTo')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((unit) => (
            <Table.Tr key={unit.id}>
              <Table.Td>
                {onOpen && unit.level !== 'commune' ? (
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    fw={500}
                    onClick={() => onOpen(unit)}
                    title={t('open', { name: unit.name })}
                  >
                    {unit.name}
                  </Anchor>
                ) : (
                  <Text size="sm" fw={500}>
                    {unit.name}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {unit.code}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color="gray" radius="sm" tt="none">
                  {unit.type || t(`levels.${unit.level}`)}
                </Badge>
              </Table.Td>
              {showParent && (
                <Table.Td>
                  <Text size="sm" ff="monospace" c="dimmed">
                    {unit.parentCode ?? '—'}
                  </Text>
                </Table.Td>
              )}
              <Table.Td>
                <Text size="sm">{format.day(unit.validFrom)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={unit.validTo ? undefined : 'dimmed'}>
                  {unit.validTo ? format.day(unit.validTo) : t('current')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
