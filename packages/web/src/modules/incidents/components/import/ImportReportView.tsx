import { INCIDENT_SHEET_COLUMNS, type IncidentImportReport } from '@antt/shared';
import { Alert, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { messageInLanguage } from '@/modules/api/message-in-language.ts';

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

/** What a run found: the counts, and every bad row with the column and the reason. */
export function ImportReportView({ report, rejected }: { report: IncidentImportReport; rejected: boolean }) {
  const { t, i18n } = useTranslation('incidents');
  const format = useFormat();
  const en = i18n.language === 'en';
  const bad = report.rows - report.added - report.updated - report.skipped;
  const columnLabel = (key: string) => {
    if (!key) return t('import.wholeRow');
    const column = INCIDENT_SHEET_COLUMNS.find((c) => c.key === key);
    return column ? (en ? column.labelEn : column.labelVi) : key;
  };
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
        <Figure label={t('import.rows')} value={format.number(report.rows)} testId="import-rows" />
        <Figure
          label={t(report.dryRun ? 'import.addedDry' : 'import.added')}
          value={format.number(report.added)}
          testId="import-added"
        />
        <Figure
          label={t(report.dryRun ? 'import.updatedDry' : 'import.updated')}
          value={format.number(report.updated)}
          testId="import-updated"
        />
        <Figure label={t('import.skipped')} value={format.number(report.skipped)} testId="import-skipped" />
        <Figure label={t('import.bad')} value={format.number(bad)} testId="import-bad" />
      </SimpleGrid>
      {report.problems.length === 0 ? (
        <Alert color="green" variant="light" icon={<IconCircleCheck size={18} />}>
          {report.dryRun ? t('import.okDry') : t('import.okRun')}
        </Alert>
      ) : (
        <Alert
          color={rejected ? 'red' : 'orange'}
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          role="alert"
        >
          {rejected ? t('import.rejected') : t('import.problemsDry')}
        </Alert>
      )}
      {report.problems.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped verticalSpacing={6} aria-label={t('import.problems')} data-testid="import-problems">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={80}>{t('import.problemRow')}</Table.Th>
                <Table.Th w={200}>{t('import.problemColumn')}</Table.Th>
                <Table.Th>{t('import.problemReason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.problems.map((p, index) => (
                <Table.Tr key={`${p.row}-${p.column}-${index}`}>
                  <Table.Td>{format.number(p.row)}</Table.Td>
                  <Table.Td>{columnLabel(p.column)}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    {messageInLanguage(p.message, i18n.language)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {report.problemsTruncated && (
        <Text size="xs" c="dimmed">
          {t('import.truncated', {
            count: report.problems.length,
            shown: format.number(report.problems.length),
          })}
        </Text>
      )}
    </Stack>
  );
}
