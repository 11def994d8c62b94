import type { TargetProgressDto } from '@antt/shared';
import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatElapsedShare, formatWhole } from '../target-numbers.ts';

/** How much of the term has gone by: a thin bar and its words ("Đã qua 19,1 % thời gian …"). */
export function ElapsedBar({ progress, termDays }: { progress: TargetProgressDto; termDays: number }) {
  const { t, i18n } = useTranslation('targets');
  const text = t('elapsed.text', {
    share: formatElapsedShare(progress.elapsedShare, i18n.language),
    elapsed: formatWhole(progress.elapsedDays, i18n.language),
    total: formatWhole(termDays, i18n.language),
  });
  return (
    <Stack gap={4}>
      <Progress
        value={Math.max(0, Math.min(1, progress.elapsedShare)) * 100}
        size="xs"
        radius="xl"
        color="gray.6"
        aria-label={text}
      />
      <Text size="xs" c="dimmed" data-testid="target-elapsed">
        {text}
      </Text>
    </Stack>
  );
}
