import { vnToday } from '@antt/shared';
import { Card } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { TargetForm } from '../components/TargetForm.tsx';
import { useCreateTarget } from '../hooks/useTargets.ts';
import { newTargetValues, termChoices } from '../target-form-values.ts';

/** A new target, over the user's province and the current term unless changed. */
export function TargetNewPage() {
  const { t } = useTranslation('targets');
  const user = useCurrentUser();
  const navigate = useNavigate();
  const create = useCreateTarget();
  const currentTerm = termChoices(Math.floor(vnToday() / 10_000))[2]!;
  return (
    <>
      <PageHeader title={t('form.newTitle')} description={t('form.newDescription')} />
      <Card withBorder radius="md" padding="md" maw={820}>
        <TargetForm
          initial={newTargetValues(user.provinceCode, currentTerm)}
          save={create}
          submitLabel={t('form.create')}
          onCancel={() => void navigate('/targets')}
          onSaved={(target) => {
            notifications.show({ color: 'green', message: t('form.created') });
            void navigate(`/targets/${encodeURIComponent(target.id)}`);
          }}
        />
      </Card>
    </>
  );
}
