import type { DataElement } from '@antt/shared';
import { Badge, Button, Code, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCatalogueText } from '../hooks/useCatalogueText.ts';

type DataElementTableProps = {
  elements: DataElement[];
  onEdit: (element: DataElement) => void;
};

/** Every data element with the rules its values are checked against, one row each. */
export function DataElementTable({ elements, onEdit }: DataElementTableProps) {
  const { t } = useTranslation('datasets');
  const text = useCatalogueText();
  return (
    // Wide enough for a desktop beside the menu without scrolling; a tablet or a phone scrolls.
    <Table.ScrollContainer minWidth={920}>
      <Table
        withTableBorder
        striped
        highlightOnHover
        verticalSpacing="xs"
        horizontalSpacing="xs"
        aria-label={t('catalogue.elementsTitle')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              {t('catalogue.columns.name')} · {t('catalogue.columns.code')}
            </Table.Th>
            <Table.Th>{t('catalogue.columns.short')}</Table.Th>
            <Table.Th>{t('catalogue.columns.valueType')}</Table.Th>
            <Table.Th>{t('catalogue.columns.aggregation')}</Table.Th>
            <Table.Th>{t('catalogue.columns.cumulative')}</Table.Th>
            <Table.Th ta="right">{t('catalogue.columns.range')}</Table.Th>
            <Table.Th>{t('catalogue.columns.description')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('catalogue.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {elements.map((element) => (
            <Table.Tr key={element.code} data-element={element.code}>
              <Table.Td miw={180}>
                <Text size="sm" fw={500}>
                  {text.name(element)}
                </Text>
                <Code fz="xs">{element.code}</Code>
              </Table.Td>
              <Table.Td miw={100}>
                <Text size="sm">{text.short(element)}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{t(`catalogue.valueTypes.${element.valueType}`)}</Text>
              </Table.Td>
              <Table.Td miw={110}>
                <Text size="sm">{t(`catalogue.aggregations.${element.aggregation}`)}</Text>
              </Table.Td>
              <Table.Td>
                {element.cumulative ? (
                  <Badge variant="light" color="grape" tt="none">
                    {t('catalogue.yes')}
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('catalogue.no')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {text.range(element)}
                </Text>
              </Table.Td>
              <Table.Td maw={260}>
                <Text size="xs" c="dimmed" lineClamp={3} title={text.description(element)}>
                  {text.description(element)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={t('catalogue.editElementLabel', { name: text.short(element) })}
                  onClick={() => onEdit(element)}
                >
                  {t('catalogue.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
