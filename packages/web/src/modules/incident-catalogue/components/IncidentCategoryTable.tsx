import type { IncidentCategoryDto } from '@antt/shared';
import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCatalogueText } from '../hooks/useCatalogueText.ts';

type IncidentCategoryTableProps = {
  /** The categories of one type of incident. */
  categories: IncidentCategoryDto[];
  caption: string;
  onEdit?: (category: IncidentCategoryDto) => void;
};

/** The categories of one type on a tablet or a desktop, both names and the description. */
export function IncidentCategoryTable({ categories, caption, onEdit }: IncidentCategoryTableProps) {
  const { t, i18n } = useTranslation('incidentCatalogue');
  const text = useCatalogueText();
  const english = i18n.language === 'en';
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="xs" aria-label={caption}>
        <Table.Thead>
          <Table.Tr style={{ whiteSpace: 'nowrap' }}>
            <Table.Th w={130}>{t('categories.columns.code')}</Table.Th>
            <Table.Th w={240}>{t('categories.columns.name')}</Table.Th>
            <Table.Th>{t('categories.columns.description')}</Table.Th>
            <Table.Th w={120}>{t('categories.columns.validity')}</Table.Th>
            {onEdit && (
              <Table.Th w={80}>
                <VisuallyHidden>{t('categories.columns.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {categories.map((category) => (
            <Table.Tr key={category.code}>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {category.code}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {english ? category.nameEn : category.nameVi}
                </Text>
                <Text size="xs" c="dimmed" lang={english ? 'vi' : 'en'}>
                  {english ? category.nameVi : category.nameEn}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" lang="vi">
                  {category.descriptionVi}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="xs">{text.validity(category)}</Text>
              </Table.Td>
              {onEdit && (
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconPencil size={14} aria-hidden="true" />}
                    aria-label={t('categories.editLabel', {
                      name: english ? category.nameEn : category.nameVi,
                    })}
                    onClick={() => onEdit(category)}
                  >
                    {t('categories.edit')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
