import { incidentImportReportSchema } from '@antt/shared';
import { Alert, Anchor, Button, FileInput, Group, Progress, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconChecklist, IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '@/i18n/format.ts';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { messageInLanguage } from '@/modules/api/message-in-language.ts';
import { DetailCard } from '@/modules/tips/components/DetailCard.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { ImportReportView } from '../components/import/ImportReportView.tsx';
import { ImportTemplateCard } from '../components/import/ImportTemplateCard.tsx';
import { useIncidentImportJob, useStartIncidentImport } from '../hooks/useIncidentImport.ts';

/** Nhập từ tệp: download the template, check a file with a dry run, then import it, all or nothing. */
export function IncidentImportPage() {
  const { t, i18n } = useTranslation(['incidents', 'common']);
  const format = useFormat();
  const errorMessage = useErrorMessage();
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useStartIncidentImport();
  const job = useIncidentImportJob(jobId).data;
  const running = start.isPending || job?.state === 'running';

  const run = (dryRun: boolean) => {
    if (!file) return;
    setJobId(null);
    start.mutate({ file, dryRun }, { onSuccess: (started) => setJobId(started.id) });
  };
  // A refused real run carries its report in the error's details.
  const rejectedReport =
    job?.state === 'failed' && job.error?.code === 'import_rejected'
      ? (job.report ?? incidentImportReportSchema.safeParse(job.error.details).data ?? null)
      : null;
  const report = job?.state === 'done' ? job.report : rejectedReport;
  const percent = job && job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;

  return (
    <>
      <Anchor component={Link} to="/incidents" size="sm" mb="xs" display="inline-block">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden="true" />
          {t('detail.back')}
        </Group>
      </Anchor>
      <PageHeader title={t('import.title')} description={t('import.description')} />
      <Stack gap="md" maw={1100}>
        <ImportTemplateCard />
        <DetailCard id="import-run" title={t('import.runTitle')}>
          <FileInput
            label={t('import.file')}
            placeholder={t('import.filePlaceholder')}
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            leftSection={<IconFileUpload size={16} aria-hidden="true" />}
            clearable
            value={file}
            onChange={(next) => {
              setFile(next);
              setJobId(null);
              start.reset();
            }}
            maw={520}
          />
          <Group gap="xs">
            <Button
              variant="light"
              leftSection={<IconChecklist size={16} aria-hidden="true" />}
              disabled={!file || running}
              onClick={() => run(true)}
            >
              {t('import.dryRun')}
            </Button>
            <Button
              leftSection={<IconUpload size={16} aria-hidden="true" />}
              disabled={!file || running}
              onClick={() => run(false)}
            >
              {t('import.run')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('import.allOrNothing')}
          </Text>
          {job?.state === 'running' && (
            <Stack gap={4} aria-live="polite">
              <Text size="sm">
                {t(`import.phases.${job.phase}`)}{' '}
                {job.total > 0 &&
                  t('import.progress', { done: format.number(job.done), total: format.number(job.total) })}
              </Text>
              <Progress value={percent} animated aria-label={t(`import.phases.${job.phase}`)} />
            </Stack>
          )}
          {start.error && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(start.error)}
            </Alert>
          )}
          {job?.state === 'failed' && !rejectedReport && (
            <Alert color="red" variant="light" role="alert">
              {t('import.failed', { message: messageInLanguage(job.error?.message ?? '', i18n.language) })}
            </Alert>
          )}
          {report && (
            <Stack gap="sm" data-testid="import-report">
              <Text fw={600}>
                {report.dryRun
                  ? t('import.resultDry', { file: report.fileName })
                  : t('import.result', { file: report.fileName })}
              </Text>
              <ImportReportView report={report} rejected={Boolean(rejectedReport)} />
            </Stack>
          )}
        </DetailCard>
      </Stack>
    </>
  );
}
