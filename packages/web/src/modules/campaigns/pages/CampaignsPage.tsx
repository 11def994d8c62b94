import { Button, Modal, SimpleGrid, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { canOpen } from '@/staff/navigation.ts';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { CAMPAIGN_MANAGER_ROLES } from '../campaign-roles.ts';
import { CampaignCard } from '../components/CampaignCard.tsx';
import { CampaignForm } from '../components/CampaignForm.tsx';
import { useCampaignList } from '../hooks/useCampaigns.ts';

/** Chiến dịch, cao điểm: the campaigns of the user's area, each with where the province stands. */
export function CampaignsPage() {
  const { t } = useTranslation('campaigns');
  const user = useCurrentUser();
  const navigate = useNavigate();
  const list = useCampaignList();
  const [creating, setCreating] = useState(false);
  const mayCreate = canOpen(user.roles, CAMPAIGN_MANAGER_ROLES);

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          mayCreate && (
            <Button leftSection={<IconPlus size={18} aria-hidden="true" />} onClick={() => setCreating(true)}>
              {t('list.create')}
            </Button>
          )
        }
      />
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()} />
      {list.data && list.data.length === 0 && <Text c="dimmed">{t('list.empty')}</Text>}
      {list.data && list.data.length > 0 && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {list.data.map((campaign) => (
            <CampaignCard key={campaign.id} campaign={campaign} />
          ))}
        </SimpleGrid>
      )}
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('form.title')}
        size="lg"
        fullScreen={false}
      >
        <CampaignForm
          onCancel={() => setCreating(false)}
          onCreated={(campaign) => {
            setCreating(false);
            notifications.show({ color: 'green', message: t('form.created') });
            void navigate(`/campaigns/${encodeURIComponent(campaign.id)}`);
          }}
        />
      </Modal>
    </>
  );
}
