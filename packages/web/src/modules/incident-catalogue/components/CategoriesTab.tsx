import { INCIDENT_TYPES, type IncidentCategoryDto } from '@antt/shared';
import { Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { IncidentCategoryCards } from './IncidentCategoryCards.tsx';
import { IncidentCategoryTable } from './IncidentCategoryTable.tsx';

type CategoriesTabProps = {
  categories: IncidentCategoryDto[];
  /** Administrators only: a category to edit, or null for a new one. */
  onEdit?: (category: IncidentCategoryDto | null) => void;
};

/** The incident categories in force on a day, under the four types of incident. */
export function CategoriesTab({ categories, onEdit }: CategoriesTabProps) {
  const { t } = useTranslation('incidentCatalogue');
  const format = useFormat();
  return (
    <Stack gap="lg">
      {onEdit && (
        <Group justify="flex-end">
          <Button leftSection={<IconPlus size={18} aria-hidden="true" />} onClick={() => onEdit(null)}>
            {t('categories.add')}
          </Button>
        </Group>
      )}
      {categories.length === 0 && <Text c="dimmed">{t('categories.none')}</Text>}
      {INCIDENT_TYPES.map((type) => {
        const ofType = categories.filter((c) => c.type === type);
        if (ofType.length === 0) return null;
        const heading = t(`types.${type}`);
        return (
          <Stack key={type} gap="xs" component="section" aria-label={heading}>
            <Group gap="xs" align="baseline">
              <Title order={2} fz="h4">
                {heading}
              </Title>
              <Text size="sm" c="dimmed">
                {t('categories.count', { count: ofType.length, shown: format.number(ofType.length) })}
              </Text>
            </Group>
            <Box visibleFrom="sm">
              <IncidentCategoryTable categories={ofType} caption={heading} onEdit={onEdit} />
            </Box>
            <Box hiddenFrom="sm">
              <IncidentCategoryCards categories={ofType} onEdit={onEdit} />
            </Box>
          </Stack>
        );
      })}
    </Stack>
  );
}
