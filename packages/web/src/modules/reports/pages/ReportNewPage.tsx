import { isoFromDay, vnToday } from '@antt/shared';
import { Card } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { ReportForm } from '../components/ReportForm.tsx';
import { newReportValues } from '../report-form-values.ts';

/** A new report about the user's province, from the first of the year to today unless changed. */
export function ReportNewPage() {
  const { t } = useTranslation('reports');
  const user = useCurrentUser();
  const navigate = useNavigate();
  const today = isoFromDay(vnToday());
  return (
    <>
      <PageHeader title={t('form.newTitle')} description={t('form.newDescription')} />
      <Card withBorder radius="md" padding="md" maw={880}>
        <ReportForm
          initial={newReportValues(user.provinceCode, `${today.slice(0, 4)}-01-01`, today)}
          onCancel={() => void navigate('/reports')}
          onGenerated={(report) => {
            notifications.show({ color: 'green', message: t('form.created') });
            void navigate(`/reports/${encodeURIComponent(report.id)}`);
          }}
        />
      </Card>
    </>
  );
}
