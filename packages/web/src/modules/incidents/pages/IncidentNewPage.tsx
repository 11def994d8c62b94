import { Card } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { IncidentForm } from '../components/form/IncidentForm.tsx';
import { EMPTY_INCIDENT_FORM } from '../incident-form-values.ts';

/** Ghi nhận vụ việc: recorded in the register of the user's unit (or from a tip: ?tipId=). */
export function IncidentNewPage() {
  const { t } = useTranslation('incidents');
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const tipId = params.get('tipId') ?? undefined;
  return (
    <>
      <PageHeader title={t('form.newTitle')} description={t('form.newLead', { unit: user.unit.name })} />
      <Card withBorder padding="lg" radius="md" maw={960}>
        <IncidentForm
          initial={{ ...EMPTY_INCIDENT_FORM, tipId }}
          onCancel={() => void navigate('/incidents')}
          onSaved={(incident) => {
            notifications.show({ color: 'green', message: t('form.saved') });
            void navigate(`/incidents/${incident.id}`);
          }}
        />
      </Card>
    </>
  );
}
