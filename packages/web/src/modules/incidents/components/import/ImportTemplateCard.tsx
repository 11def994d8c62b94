import { INCIDENT_SHEET_COLUMNS } from '@antt/shared';
import { Badge, Button, Group, Spoiler, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DetailCard } from '@/modules/tips/components/DetailCard.tsx';
import { templateUrl } from '../../incident-filters.ts';

/** The template to download, and what each of its columns holds (the same layout as the export). */
export function ImportTemplateCard() {
  const { t, i18n } = useTranslation('incidents');
  const en = i18n.language === 'en';
  return (
    <DetailCard id="import-template" title={t('import.template')}>
      <Text size="sm">{t('import.templateText')}</Text>
      <Group gap="xs">
        <Button
          component="a"
          href={templateUrl('xlsx')}
          download
          variant="light"
          leftSection={<IconDownload size={16} aria-hidden="true" />}
        >
          {t('import.downloadXlsx')}
        </Button>
        <Button
          component="a"
          href={templateUrl('csv')}
          download
          variant="light"
          leftSection={<IconDownload size={16} aria-hidden="true" />}
        >
          {t('import.downloadCsv')}
        </Button>
      </Group>
      <Spoiler maxHeight={260} showLabel={t('import.showAllColumns')} hideLabel={t('import.hideColumns')}>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={6} aria-label={t('import.columns')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('import.column')}</Table.Th>
                <Table.Th>{t('import.usedFor')}</Table.Th>
                <Table.Th>{t('import.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {INCIDENT_SHEET_COLUMNS.map((column) => (
                <Table.Tr key={column.key}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {en ? column.labelEn : column.labelVi}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {column.key}
                    </Text>
                    {column.required && (
                      <Badge size="xs" color="red" variant="light" tt="none" mt={2}>
                        {t('import.required')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {column.types.length === 0
                        ? t('import.allTypes')
                        : column.types.map((type) => t(`types.${type}`)).join(', ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">{column.noteVi}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Spoiler>
    </DetailCard>
  );
}
