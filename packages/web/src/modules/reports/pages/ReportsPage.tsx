import { Alert, Anchor, Button, Table, Text } from '@mantine/core';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '@/i18n/format.ts';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { canOpen } from '@/staff/navigation.ts';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { useReportList } from '../hooks/useReports.ts';
import { REPORT_WRITER_ROLES } from '../report-roles.ts';

/** Báo cáo sơ kết, tổng kết: the reports about the user's area, the newest first. */
export function ReportsPage() {
  const { t } = useTranslation('reports');
  const format = useFormat();
  const user = useCurrentUser();
  const list = useReportList();
  const mayWrite = canOpen(user.roles, REPORT_WRITER_ROLES);

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          mayWrite && (
            <Button
              component={Link}
              to="/reports/new"
              leftSection={<IconPlus size={18} aria-hidden="true" />}
            >
              {t('list.create')}
            </Button>
          )
        }
      />
      {!mayWrite && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} aria-hidden="true" />} mb="md">
          {t('list.readOnly')}
        </Alert>
      )}
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()} />
      {list.data && list.data.length === 0 && <Text c="dimmed">{t('list.empty')}</Text>}
      {list.data && list.data.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="report-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.type')}</Table.Th>
                <Table.Th>{t('list.summary')}</Table.Th>
                <Table.Th>{t('list.unit')}</Table.Th>
                <Table.Th>{t('list.period')}</Table.Th>
                <Table.Th>{t('list.created')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((report) => (
                <Table.Tr key={report.id}>
                  <Table.Td>{t(`types.${report.type}`)}</Table.Td>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/reports/${encodeURIComponent(report.id)}`}
                      aria-label={t('list.open', { summary: report.summary })}
                    >
                      {report.summary}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{report.unit.name}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {t('period', { from: format.day(report.from), to: format.day(report.to) })}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{report.createdBy}</Text>
                    <Text size="xs" c="dimmed">
                      {format.dateTimeShort(report.createdAt)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
