import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';

/** "Đã làm rõ" with its day, or "Chưa làm rõ". */
export function ClearedBadge({ cleared, clearedOn }: { cleared: boolean; clearedOn: string | null }) {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  if (!cleared) {
    return (
      <Badge color="gray" variant="outline" tt="none" radius="sm">
        {t('cleared.no')}
      </Badge>
    );
  }
  return (
    <Badge
      color="green"
      variant="light"
      tt="none"
      radius="sm"
      title={clearedOn ? t('cleared.on', { date: format.day(clearedOn) }) : undefined}
    >
      {t('cleared.yes')}
    </Badge>
  );
}
