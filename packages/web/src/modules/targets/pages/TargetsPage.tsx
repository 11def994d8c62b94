import { Alert, Button, SimpleGrid, Text } from '@mantine/core';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { canOpen } from '@/staff/navigation.ts';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { TargetCard } from '../components/TargetCard.tsx';
import { useTargetList } from '../hooks/useTargets.ts';
import { sortTargets } from '../target-numbers.ts';
import { TARGET_MANAGER_ROLES } from '../target-status.ts';

/** Chỉ tiêu nghị quyết: the targets of the user's area, each with where it stands and why. */
export function TargetsPage() {
  const { t } = useTranslation('targets');
  const user = useCurrentUser();
  const list = useTargetList();
  const mayManage = canOpen(user.roles, TARGET_MANAGER_ROLES);

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          mayManage && (
            <Button
              component={Link}
              to="/targets/new"
              leftSection={<IconPlus size={18} aria-hidden="true" />}
            >
              {t('list.create')}
            </Button>
          )
        }
      />
      {!mayManage && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} aria-hidden="true" />} mb="md">
          {t('list.readOnly')}
        </Alert>
      )}
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()} />
      {list.data && list.data.length === 0 && <Text c="dimmed">{t('list.empty')}</Text>}
      {list.data && list.data.length > 0 && (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          {sortTargets(list.data).map((target) => (
            <TargetCard key={target.id} target={target} />
          ))}
        </SimpleGrid>
      )}
    </>
  );
}
