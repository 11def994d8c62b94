import { type PoliceUnitDto } from '@antt/shared';
import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Police units with their kind and the administrative unit each covers. */
export function PoliceUnitTable({ units }: { units: PoliceUnitDto[] }) {
  const { t } = useTranslation('policeUnits');
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.name')}</Table.Th>
            <Table.Th>{t('columns.code')}</Table.Th>
            <Table.Th>{t('columns.kind')}</Table.Th>
            <Table.Th>{t('columns.area')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((unit) => (
            <Table.Tr key={unit.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {unit.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {unit.code}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={unit.external ? 'gray' : 'policeGreen'} radius="sm" tt="none">
                  {t(`kinds.${unit.kind}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {unit.adminUnit.name}{' '}
                  <Text span size="xs" c="dimmed" ff="monospace">
                    ({unit.adminUnit.code})
                  </Text>
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
