import { Button, Card, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { CreateUserForm } from '@/modules/users/components/CreateUserForm.tsx';
import { UserTable } from '@/modules/users/components/UserTable.tsx';
import { useUsers } from '@/modules/users/hooks/useUsers.ts';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { matchesSearch } from '@/ui/search.ts';

export function UsersPage() {
  const { t } = useTranslation('users');
  const format = useFormat();
  const me = useCurrentUser();
  const users = useUsers();
  const [search, setSearch] = useState('');
  const [adding, { open, close }] = useDisclosure(false);
  const isAdmin = me.roles.includes('admin');

  const shown = useMemo(
    () => (users.data ?? []).filter((u) => matchesSearch(search, u.displayName, u.username, u.unit.name)),
    [users.data, search],
  );

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          isAdmin && (
            <Button leftSection={<IconUserPlus size={18} />} onClick={open}>
              {t('add')}
            </Button>
          )
        }
      />
      <Card withBorder padding="md" radius="md">
        <Stack gap="md">
          <TextInput
            label={t('search')}
            placeholder={t('searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={{ base: '100%', sm: 320 }}
          />
          <QueryState isPending={users.isPending} error={users.error} onRetry={() => void users.refetch()} />
          {users.data && (
            <>
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('count', { count: shown.length, shown: format.number(shown.length) })}
              </Text>
              <UserTable users={shown} />
            </>
          )}
        </Stack>
      </Card>
      {isAdmin && (
        <Modal opened={adding} onClose={close} title={t('add')} size="lg" centered>
          <CreateUserForm
            onCancel={close}
            onCreated={() => {
              close();
              notifications.show({ color: 'green', message: t('created') });
            }}
          />
        </Modal>
      )}
    </>
  );
}
