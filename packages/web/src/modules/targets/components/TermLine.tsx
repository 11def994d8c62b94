import type { TargetDto } from '@antt/shared';
import { Group, Text } from '@mantine/core';
import { IconCalendarEvent, IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useTargetText } from '../hooks/useTargetText.ts';

/** Where and when: the unit, and the term's days with its code ("15/12/2025 – 14/12/2030 · term:2025-2030"). */
export function TermLine({ target }: { target: TargetDto }) {
  const { t } = useTranslation('targets');
  const text = useTargetText();
  return (
    <Group gap="md" c="dimmed" fz="sm" style={{ rowGap: 4 }}>
      <Group gap={6} wrap="nowrap">
        <IconMapPin size={16} aria-hidden="true" />
        <Text span size="sm">
          {target.unit.name}
        </Text>
      </Group>
      <Group gap={6} wrap="nowrap">
        <IconCalendarEvent size={16} aria-hidden="true" />
        <Text span size="sm" data-testid="target-term">
          {t('term.line', { dates: text.termDates(target), code: target.term.code })}
        </Text>
      </Group>
    </Group>
  );
}
