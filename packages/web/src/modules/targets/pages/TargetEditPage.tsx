import { Card } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { TargetForm } from '../components/TargetForm.tsx';
import { useTarget, useUpdateTarget } from '../hooks/useTargets.ts';
import { useTargetText } from '../hooks/useTargetText.ts';
import { formValuesOf } from '../target-form-values.ts';

/** A target changed: the whole input again, the status worked out anew by the server. */
export function TargetEditPage() {
  const { t, i18n } = useTranslation('targets');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const target = useTarget(id);
  const update = useUpdateTarget(id);
  const text = useTargetText();
  const detail = `/targets/${encodeURIComponent(id)}`;
  return (
    <>
      <PageHeader
        title={t('form.editTitle')}
        description={
          target.data ? `${text.indicatorName(target.data)} · ${target.data.unit.name}` : undefined
        }
      />
      <QueryState isPending={target.isPending} error={target.error} onRetry={() => void target.refetch()} />
      {target.data && (
        <Card withBorder radius="md" padding="md" maw={820}>
          <TargetForm
            // A fresh form when the saved target is read again (another language's numbers).
            key={`${target.data.updatedAt}-${i18n.language}`}
            initial={formValuesOf(target.data, i18n.language)}
            save={update}
            submitLabel={t('form.save')}
            onCancel={() => void navigate(detail)}
            onSaved={() => {
              notifications.show({ color: 'green', message: t('form.saved') });
              void navigate(detail);
            }}
          />
        </Card>
      )}
    </>
  );
}
