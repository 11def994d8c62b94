import { Card } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { StaffIntakeForm } from '@/modules/tips/components/StaffIntakeForm.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';

/** Tiếp nhận: a tip taken outside the portal, entered in the register of the user's unit. */
export function TipIntakePage() {
  const { t } = useTranslation('tips');
  const user = useCurrentUser();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('intake.title')} description={t('intake.lead', { unit: user.unit.name })} />
      <Card withBorder padding="lg" radius="md" maw={960}>
        <StaffIntakeForm
          onCancel={() => void navigate('/tips')}
          onRecorded={(tip) => {
            notifications.show({
              color: 'green',
              message: t('intake.recorded', { regNo: tip.registration.label }),
            });
            void navigate(`/tips/${tip.id}`);
          }}
        />
      </Card>
    </>
  );
}
