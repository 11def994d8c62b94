import type { DataValueDto } from '@antt/shared';
import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconRefresh, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { formatEnteredNumber } from '../entered-number.ts';
import type { CellKey } from '../entry-grid.ts';

type ConflictNoticeProps = {
  /** Each cell someone else changed meanwhile, with what is stored now (null: cleared). */
  conflicts: ReadonlyMap<CellKey, DataValueDto | null>;
  cellName: (key: CellKey) => { day: string; element: string };
  onReload: () => void;
  reloading: boolean;
};

/** A save refused because the stored values moved on: whose values, and the way forward. */
export function ConflictNotice({ conflicts, cellName, onReload, reloading }: ConflictNoticeProps) {
  const { t, i18n } = useTranslation('datasets');
  const format = useFormat();
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      icon={<IconUsers size={18} />}
      title={t('conflict.title')}
      data-testid="value-conflict"
    >
      <Stack gap="xs">
        <Text size="sm">{t('conflict.hint')}</Text>
        {conflicts.size === 0 ? (
          <Text size="sm">{t('conflict.unknown')}</Text>
        ) : (
          <List size="sm" spacing={4}>
            {[...conflicts].map(([key, theirs]) => (
              <List.Item key={key}>
                <Text span fw={600} size="sm">
                  {cellName(key).day} · {cellName(key).element}:
                </Text>{' '}
                {theirs
                  ? t('conflict.theirs', {
                      user: theirs.updatedBy,
                      value: formatEnteredNumber(theirs.value, i18n.language),
                      time: format.dateTimeShort(theirs.updatedAt),
                    })
                  : t('conflict.cleared')}
              </List.Item>
            ))}
          </List>
        )}
        <div>
          <Button
            size="xs"
            color="orange"
            leftSection={<IconRefresh size={14} aria-hidden="true" />}
            loading={reloading}
            onClick={onReload}
          >
            {t('conflict.reload')}
          </Button>
        </div>
      </Stack>
    </Alert>
  );
}
