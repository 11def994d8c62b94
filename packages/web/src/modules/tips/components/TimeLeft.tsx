import { TIP_DUE_KIND_LABELS, type TipDeadlineDto } from '@antt/shared';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { useLabel } from '@/i18n/label.ts';
import { timeLeftText } from '../tip-time-left.ts';

const TONE: Record<TipDeadlineDto['state'], string | undefined> = {
  on_time: undefined,
  due_soon: 'yellow.9',
  overdue: 'red.8',
  suspended: 'dimmed',
  decided: 'dimmed',
};

/** "còn 5 ngày" over "Hạn giải quyết: 20/03/2026". */
export function TimeLeft({ deadline }: { deadline: TipDeadlineDto }) {
  const { t } = useTranslation('tips');
  const format = useFormat();
  const label = useLabel();
  const text = timeLeftText(deadline);
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600} c={TONE[deadline.state]} data-testid="time-left">
        {t(text.key, text.values)}
      </Text>
      {deadline.dueKind && deadline.dueDate && deadline.state !== 'decided' && (
        <Text size="xs" c="dimmed">
          {t('dueOn', {
            kind: label(TIP_DUE_KIND_LABELS[deadline.dueKind]),
            date: format.day(deadline.dueDate),
          })}
        </Text>
      )}
    </Stack>
  );
}
