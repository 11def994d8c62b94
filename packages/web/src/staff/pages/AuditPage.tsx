import { Button, Card, Center, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuditTable } from '@/modules/audit/components/AuditTable.tsx';
import { useAuditLog } from '@/modules/audit/hooks/useAuditLog.ts';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';

export function AuditPage() {
  const { t } = useTranslation(['audit', 'common']);
  const log = useAuditLog();
  const entries = log.data?.pages.flat() ?? [];

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Card withBorder padding="md" radius="md">
        <Stack gap="md">
          <QueryState isPending={log.isPending} error={log.error} onRetry={() => void log.refetch()} />
          {log.data && entries.length === 0 && <Text c="dimmed">{t('empty')}</Text>}
          {entries.length > 0 && <AuditTable entries={entries} />}
          {log.hasNextPage && (
            <Center>
              <Button
                variant="default"
                loading={log.isFetchingNextPage}
                onClick={() => void log.fetchNextPage()}
              >
                {t('more')}
              </Button>
            </Center>
          )}
        </Stack>
      </Card>
    </>
  );
}
