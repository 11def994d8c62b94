import { Card } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '@/modules/api/client.ts';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { PageMessage } from '@/ui/PageMessage.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { IncidentForm } from '../components/form/IncidentForm.tsx';
import { useIncidentKind } from '../hooks/useIncidentKind.ts';
import { useIncident } from '../hooks/useIncidents.ts';
import { formFromIncident } from '../incident-form-values.ts';

/** Sửa vụ việc: the form filled from the incident; saving names the version it was read at. */
export function IncidentEditPage() {
  const { t } = useTranslation(['incidents', 'common']);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useIncident(id);
  const kind = useIncidentKind();
  const incident = query.data;
  if (isApiError(query.error, 'not_found')) return <PageMessage title={t('common:errors.not_found')} />;
  if (!incident)
    return (
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
    );
  if (!incident.allowedActions.includes('edit')) return <PageMessage title={t('common:errors.forbidden')} />;
  return (
    <>
      <PageHeader title={t('form.editTitle')} description={kind(incident)} />
      <Card withBorder padding="lg" radius="md" maw={960}>
        {/* A new version (after "reload") starts the form afresh from what is stored now. */}
        <IncidentForm
          key={incident.version}
          initial={formFromIncident(incident)}
          editing={{ id: incident.id, version: incident.version }}
          onCancel={() => void navigate(`/incidents/${incident.id}`)}
          onReload={() => void query.refetch()}
          onSaved={(saved) => {
            notifications.show({ color: 'green', message: t('form.updated') });
            void navigate(`/incidents/${saved.id}`);
          }}
        />
      </Card>
    </>
  );
}
