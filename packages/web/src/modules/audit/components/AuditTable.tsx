import type { AuditEntryDto } from '@antt/shared';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';

/** "key: value" lines; strings as they are, anything else as JSON. */
function detailLines(details: Record<string, unknown>): string[] {
  return Object.entries(details).map(
    ([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`,
  );
}

/** Audit entries: when, who, what, on which record, with the recorded details. */
export function AuditTable({ entries }: { entries: AuditEntryDto[] }) {
  const { t, i18n } = useTranslation('audit');
  const format = useFormat();
  // Known actions read as words; an action added later still shows by its code.
  const actionLabel = (action: string) =>
    i18n.exists(`actions.${action}`, { ns: 'audit' }) ? t(`actions.${action}`) : action;
  const entityLabel = (entityType: string) =>
    i18n.exists(`entities.${entityType}`, { ns: 'audit' }) ? t(`entities.${entityType}`) : entityType;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.seq')}</Table.Th>
            <Table.Th>{t('columns.at')}</Table.Th>
            <Table.Th>{t('columns.actor')}</Table.Th>
            <Table.Th>{t('columns.action')}</Table.Th>
            <Table.Th>{t('columns.entity')}</Table.Th>
            <Table.Th>{t('columns.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.seq}>
              <Table.Td>
                <Text size="sm" ff="monospace" c="dimmed">
                  {entry.seq}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {format.dateTime(entry.at)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{entry.actorLabel}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {actionLabel(entry.action)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{entityLabel(entry.entityType)}</Text>
                {entry.entityId && (
                  <Text
                    size="xs"
                    c="dimmed"
                    ff="monospace"
                    title={entry.entityId}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {entry.entityId.slice(0, 13)}…
                  </Text>
                )}
              </Table.Td>
              <Table.Td maw={340}>
                <Stack gap={0}>
                  {detailLines(entry.details).map((line) => (
                    <Text key={line} size="xs" ff="monospace" c="dark.4" style={{ wordBreak: 'break-word' }}>
                      {line}
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
