import type { PenalCodeClauseDto } from '@antt/shared';
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCatalogueText } from '../hooks/useCatalogueText.ts';
import { SeriousnessBadge } from './SeriousnessBadge.tsx';

type PenalCodeCardsProps = {
  clauses: PenalCodeClauseDto[];
  onEdit?: (clause: PenalCodeClauseDto) => void;
};

/** Penal Code clauses on a phone: one card each, nothing to scroll sideways. */
export function PenalCodeCards({ clauses, onEdit }: PenalCodeCardsProps) {
  const { t, i18n } = useTranslation('incidentCatalogue');
  const text = useCatalogueText();
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {clauses.map((clause) => (
        <Card key={`${clause.article}.${clause.clause}`} component="li" withBorder radius="sm" padding="sm">
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text fw={700} size="sm">
                {t('penalCode.card', { article: clause.article, clause: clause.clause })}
              </Text>
              <SeriousnessBadge seriousness={clause.seriousness} />
            </Group>
            <Text size="sm" fw={500}>
              {i18n.language === 'en' ? clause.titleEn : clause.titleVi}
            </Text>
            <Text size="xs" c="dimmed">
              {text.maxPenalty(clause)} · {t(`crimeGroups.${clause.crimeGroup}`)} ·{' '}
              {t('penalCode.chapterShort', { chapter: clause.chapter })}
            </Text>
            <Group justify="space-between" wrap="nowrap">
              <Text size="xs" c="dimmed">
                {text.validity(clause)}
              </Text>
              {onEdit && (
                <Button
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconPencil size={14} aria-hidden="true" />}
                  aria-label={t('penalCode.editLabel', { article: clause.article, clause: clause.clause })}
                  onClick={() => onEdit(clause)}
                >
                  {t('penalCode.edit')}
                </Button>
              )}
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
