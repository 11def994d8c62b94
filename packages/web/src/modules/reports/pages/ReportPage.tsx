import { REPORT_SECTION_KEYS } from '@antt/shared';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconExternalLink, IconFileSpreadsheet, IconFileTypeDocx } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { canOpen } from '@/staff/navigation.ts';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { reportFileUrl } from '../api/reports.api.ts';
import { ReportHeaderCard } from '../components/ReportHeaderCard.tsx';
import { ReportPreview } from '../components/ReportPreview.tsx';
import { ReportSection } from '../components/ReportSection.tsx';
import { useReport } from '../hooks/useReports.ts';
import { REPORT_WRITER_ROLES } from '../report-roles.ts';

/** One report: its header, the narrative sections to edit, the downloads and the print preview. */
export function ReportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('reports');
  const user = useCurrentUser();
  const report = useReport(id);
  const mayEdit = canOpen(user.roles, REPORT_WRITER_ROLES);
  const data = report.data;
  // Each saved version changes the document: the preview's address changes with it, so the frame reloads.
  const revision = data?.sections.map((s) => `${s.key}${s.version}`).join('-') ?? '';

  return (
    <>
      <Anchor component={Link} to="/reports" size="sm" mb="xs" display="inline-flex">
        <Group gap={4}>
          <IconArrowLeft size={16} aria-hidden="true" />
          {t('view.back')}
        </Group>
      </Anchor>
      <QueryState isPending={report.isPending} error={report.error} onRetry={() => void report.refetch()} />
      {data && (
        <>
          <PageHeader
            title={t('view.title', { type: t(`types.${data.type}`).toLowerCase() })}
            description={data.summary}
            actions={
              <Group gap="xs">
                <Button
                  component="a"
                  href={reportFileUrl(data.id, 'docx')}
                  download
                  leftSection={<IconFileTypeDocx size={18} aria-hidden="true" />}
                >
                  {t('view.downloadDocx')}
                </Button>
                <Button
                  component="a"
                  href={reportFileUrl(data.id, 'xlsx')}
                  download
                  variant="light"
                  leftSection={<IconFileSpreadsheet size={18} aria-hidden="true" />}
                >
                  {t('view.downloadXlsx')}
                </Button>
              </Group>
            }
          />
          <Stack gap="lg">
            <ReportHeaderCard report={data} />
            <Stack gap="sm">
              <div>
                <Title order={2} fz="h4">
                  {t('view.sections')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('view.sectionsHint')}
                </Text>
              </div>
              {REPORT_SECTION_KEYS.map((key) => (
                <ReportSection
                  key={key}
                  reportId={data.id}
                  sectionKey={key}
                  latest={data.sections.find((s) => s.key === key)}
                  mayEdit={mayEdit}
                />
              ))}
            </Stack>
            <Stack gap="sm">
              <Group justify="space-between" align="flex-end">
                <Title order={2} fz="h4">
                  {t('view.preview')}
                </Title>
                <Anchor href={reportFileUrl(data.id, 'preview')} target="_blank" rel="noopener" size="sm">
                  <Group gap={4}>
                    {t('view.openPreview')}
                    <IconExternalLink size={14} aria-hidden="true" />
                  </Group>
                </Anchor>
              </Group>
              <ReportPreview
                src={`${reportFileUrl(data.id, 'preview')}?v=${encodeURIComponent(revision)}`}
                title={t('view.previewTitle', { summary: data.summary })}
              />
            </Stack>
          </Stack>
        </>
      )}
    </>
  );
}
