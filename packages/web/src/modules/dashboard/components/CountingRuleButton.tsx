import { ActionIcon, Popover, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IndicatorFigures } from '../hooks/useDashboardFigures.ts';

/** "How is this counted?": the full name, the counting rule and where the target comes from. */
export function CountingRuleButton({ figures }: { figures: IndicatorFigures }) {
  const { t } = useTranslation('dashboard');
  const source = figures.definition?.targetSource ?? figures.data?.indicator.targetSource ?? null;
  return (
    <Popover width={320} position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={t('card.howCounted', { indicator: figures.name })}
        >
          <IconInfoCircle size={18} stroke={1.6} aria-hidden="true" />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {figures.name}
          </Text>
          <Text size="sm">{figures.countingRule}</Text>
          {source && (
            <Text size="xs" c="dimmed">
              {t('card.targetSource', { source })}
            </Text>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
