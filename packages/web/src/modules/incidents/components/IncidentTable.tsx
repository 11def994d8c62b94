import type { IncidentSummaryDto } from '@antt/shared';
import { Anchor, Checkbox, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { incidentDayTime } from '../incident-format.ts';
import { IncidentHandlingCell } from './IncidentHandlingCell.tsx';
import { IncidentTypeLabel } from './IncidentTypeLabel.tsx';
import { Casualties } from './Casualties.tsx';

type IncidentTableProps = {
  incidents: IncidentSummaryDto[];
  categoryName: (incident: IncidentSummaryDto) => string;
  /** Given when the user may act in bulk: the chosen ids and how to change them. */
  selection?: { chosen: ReadonlySet<string>; toggle: (id: string) => void; setPage: (all: boolean) => void };
};

/** The register: one row per incident, newest first; the summary links to the detail. */
export function IncidentTable({ incidents, categoryName, selection }: IncidentTableProps) {
  const { t, i18n } = useTranslation('incidents');
  const navigate = useNavigate();
  const chosenHere = selection ? incidents.filter((i) => selection.chosen.has(i.id)).length : 0;
  return (
    <Table.ScrollContainer minWidth={840}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr style={{ whiteSpace: 'nowrap' }}>
            {selection && (
              <Table.Th w={40}>
                <Checkbox
                  aria-label={t('list.selectPage')}
                  checked={chosenHere > 0 && chosenHere === incidents.length}
                  indeterminate={chosenHere > 0 && chosenHere < incidents.length}
                  onChange={(e) => selection.setPage(e.currentTarget.checked)}
                />
              </Table.Th>
            )}
            <Table.Th>{t('columns.occurredAt')}</Table.Th>
            <Table.Th>{t('columns.type')}</Table.Th>
            <Table.Th>{t('columns.commune')}</Table.Th>
            <Table.Th>{t('columns.summary')}</Table.Th>
            <Table.Th ta="center">{t('columns.casualties')}</Table.Th>
            <Table.Th>{t('columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {incidents.map((incident) => {
            const when = incidentDayTime(incident.occurredAt, i18n.language);
            return (
              <Table.Tr
                key={incident.id}
                onClick={(event) => {
                  // The row is a big target; the link and the checkbox stay the keyboard's way in.
                  if (!(event.target as HTMLElement).closest('a, input, label'))
                    void navigate(`/incidents/${incident.id}`);
                }}
                style={{ cursor: 'pointer' }}
              >
                {selection && (
                  <Table.Td>
                    <Checkbox
                      aria-label={t('list.select', { date: when })}
                      checked={selection.chosen.has(incident.id)}
                      onChange={() => selection.toggle(incident.id)}
                    />
                  </Table.Td>
                )}
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{when}</Text>
                </Table.Td>
                <Table.Td>
                  <IncidentTypeLabel type={incident.type} />
                  <Text size="xs" c="dimmed" maw={200}>
                    {categoryName(incident)}
                  </Text>
                </Table.Td>
                <Table.Td maw={160}>
                  <Text size="sm">{incident.commune.name}</Text>
                </Table.Td>
                <Table.Td miw={220}>
                  <Anchor
                    component={Link}
                    to={`/incidents/${incident.id}`}
                    size="sm"
                    lineClamp={2}
                    aria-label={t('list.open', { date: when, summary: incident.summary })}
                  >
                    {incident.summary}
                  </Anchor>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }} ta="center">
                  <Casualties incident={incident} compact />
                </Table.Td>
                <Table.Td miw={130}>
                  <IncidentHandlingCell incident={incident} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
