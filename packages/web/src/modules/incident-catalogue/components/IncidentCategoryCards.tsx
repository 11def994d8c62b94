import type { IncidentCategoryDto } from '@antt/shared';
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCatalogueText } from '../hooks/useCatalogueText.ts';

type IncidentCategoryCardsProps = {
  categories: IncidentCategoryDto[];
  onEdit?: (category: IncidentCategoryDto) => void;
};

/** The categories of one type on a phone: one card each. */
export function IncidentCategoryCards({ categories, onEdit }: IncidentCategoryCardsProps) {
  const { t, i18n } = useTranslation('incidentCatalogue');
  const text = useCatalogueText();
  const english = i18n.language === 'en';
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {categories.map((category) => (
        <Card key={category.code} component="li" withBorder radius="sm" padding="sm">
          <Stack gap={4}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text size="sm" fw={600}>
                {english ? category.nameEn : category.nameVi}
              </Text>
              <Text size="xs" ff="monospace" c="dimmed">
                {category.code}
              </Text>
            </Group>
            <Text size="xs" lang="vi">
              {category.descriptionVi}
            </Text>
            <Group justify="space-between" wrap="nowrap">
              <Text size="xs" c="dimmed">
                {text.validity(category)}
              </Text>
              {onEdit && (
                <Button
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconPencil size={14} aria-hidden="true" />}
                  aria-label={t('categories.editLabel', {
                    name: english ? category.nameEn : category.nameVi,
                  })}
                  onClick={() => onEdit(category)}
                >
                  {t('categories.edit')}
                </Button>
              )}
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
