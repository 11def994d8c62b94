import { TIP_QUEUES, type TipQueue } from '@antt/shared';
import { Box, Button, Card, Group, Pagination, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormat } from '@/i18n/format.ts';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { TipQueueCards } from '@/modules/tips/components/TipQueueCards.tsx';
import { TipQueueTable } from '@/modules/tips/components/TipQueueTable.tsx';
import { useTipList } from '@/modules/tips/hooks/useTips.ts';
import { defaultQueue, mayRecordTips, queuesFor } from '@/modules/tips/tip-queues.ts';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';

const PAGE_SIZE = 50;

function isQueue(value: string | null): value is TipQueue {
  return (TIP_QUEUES as readonly string[]).includes(value ?? '');
}

/** The queues: my tips, my unit's, due soon, overdue, suspended, and all in my area. */
export function TipsPage() {
  const { t } = useTranslation('tips');
  const format = useFormat();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const queues = queuesFor(user.roles);
  const asked = params.get('queue');
  const queue: TipQueue = isQueue(asked) && queues.includes(asked) ? asked : defaultQueue(user.roles);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const list = useTipList({ queue, q: q || undefined, page, pageSize: PAGE_SIZE });

  const go = (next: { queue?: TipQueue; page?: number }) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next.queue) updated.set('queue', next.queue);
        updated.set('page', String(next.page ?? 1));
        return updated;
      },
      { replace: true },
    );

  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          mayRecordTips(user.roles) && (
            <Button component={Link} to="/tips/new" leftSection={<IconPlus size={18} aria-hidden="true" />}>
              {t('record')}
            </Button>
          )
        }
      />
      <Card withBorder padding="md" radius="md">
        <Stack gap="md">
          <Tabs
            value={queue}
            onChange={(value) => isQueue(value) && go({ queue: value })}
            keepMounted={false}
          >
            <Tabs.List aria-label={t('queues.label')}>
              {queues.map((name) => (
                <Tabs.Tab key={name} value={name}>
                  {t(`queues.${name}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
          </Tabs>
          <TextInput
            label={t('search')}
            placeholder={t('searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              if (page !== 1) go({ page: 1 });
            }}
            w={{ base: '100%', sm: 320 }}
          />
          <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()} />
          {list.data && list.data.items.length === 0 && <Text c="dimmed">{t(`empty.${queue}`)}</Text>}
          {list.data && list.data.items.length > 0 && (
            <>
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('count', { count: list.data.total, shown: format.number(list.data.total) })}
              </Text>
              {/* The previous answer stays while the next one loads: shown faded, marked busy. */}
              <div aria-busy={list.isPlaceholderData} style={{ opacity: list.isPlaceholderData ? 0.5 : 1 }}>
                {/* A table from tablet width up; cards on a phone. */}
                <Box visibleFrom="sm">
                  <TipQueueTable tips={list.data.items} />
                </Box>
                <Box hiddenFrom="sm">
                  <TipQueueCards tips={list.data.items} />
                </Box>
              </div>
              {pages > 1 && (
                <Group justify="center">
                  <Pagination total={pages} value={page} onChange={(next) => go({ page: next })} />
                </Group>
              )}
            </>
          )}
        </Stack>
      </Card>
    </>
  );
}
