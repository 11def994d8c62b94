import { TIP_CATEGORY_LABELS, TIP_KIND_LABELS, type TipSummaryDto } from '@antt/shared';
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormat } from '@/i18n/format.ts';
import { useLabel } from '@/i18n/label.ts';
import { TimeLeft } from './TimeLeft.tsx';
import { TipStateBadge } from './TipStateBadge.tsx';

/** A queue: one row per tip, the registration number links to its detail. */
export function TipQueueTable({ tips }: { tips: TipSummaryDto[] }) {
  const { t } = useTranslation('tips');
  const format = useFormat();
  const label = useLabel();
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr style={{ whiteSpace: 'nowrap' }}>
            <Table.Th>{t('columns.regNo')}</Table.Th>
            <Table.Th>{t('columns.receivedAt')}</Table.Th>
            <Table.Th>{t('columns.category')}</Table.Th>
            <Table.Th>{t('columns.commune')}</Table.Th>
            <Table.Th>{t('columns.state')}</Table.Th>
            <Table.Th>{t('columns.timeLeft')}</Table.Th>
            <Table.Th>{t('columns.owner')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tips.map((tip) => (
            <Table.Tr
              key={tip.id}
              onClick={(event) => {
                // The row is a big target; the link inside stays the keyboard's way in.
                if (!(event.target as HTMLElement).closest('a')) void navigate(`/tips/${tip.id}`);
              }}
              style={{ cursor: 'pointer' }}
            >
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/tips/${tip.id}`}
                  fw={700}
                  ff="monospace"
                  aria-label={t('open', { regNo: tip.registration.label })}
                >
                  {tip.registration.label}
                </Anchor>
                {tip.registration.unit.id !== tip.ownerUnit.id && (
                  <Text size="xs" c="dimmed">
                    {t('registeredAt', { unit: tip.registration.unit.name })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{format.dayOf(tip.receivedAt)}</Text>
              </Table.Td>
              <Table.Td maw={320}>
                <Text size="sm" fw={500}>
                  {label(TIP_CATEGORY_LABELS[tip.category])}
                </Text>
                <Text size="xs" c="dimmed">
                  {label(TIP_KIND_LABELS[tip.kind])}
                  {tip.anonymous && ` · ${t('anonymous')}`}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {tip.excerpt}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={tip.place ? undefined : 'dimmed'}>
                  {tip.place?.name ?? t('noPlace')}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <TipStateBadge state={tip.deadline.state} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <TimeLeft deadline={tip.deadline} />
              </Table.Td>
              <Table.Td maw={240}>
                <Stack gap={0}>
                  <Text size="sm">{tip.ownerUnit.name}</Text>
                  <Text size="xs" c="dimmed">
                    {tip.assignee?.displayName ?? t('unassigned')}
                  </Text>
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
