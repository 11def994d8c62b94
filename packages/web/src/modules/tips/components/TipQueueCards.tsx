import { TIP_CATEGORY_LABELS, TIP_KIND_LABELS, type TipSummaryDto } from '@antt/shared';
import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '@/i18n/format.ts';
import { useLabel } from '@/i18n/label.ts';
import { TimeLeft } from './TimeLeft.tsx';
import { TipStateBadge } from './TipStateBadge.tsx';

/** The queue on a phone: one card per tip, the time left in sight without scrolling sideways. */
export function TipQueueCards({ tips }: { tips: TipSummaryDto[] }) {
  const { t } = useTranslation('tips');
  const format = useFormat();
  const label = useLabel();
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {tips.map((tip) => (
        <Card key={tip.id} component="li" withBorder radius="sm" padding="sm">
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={0}>
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
              </Stack>
              <TipStateBadge state={tip.deadline.state} />
            </Group>
            <TimeLeft deadline={tip.deadline} />
            <Text size="sm" fw={500}>
              {label(TIP_CATEGORY_LABELS[tip.category])}
            </Text>
            <Text size="xs" c="dimmed">
              {label(TIP_KIND_LABELS[tip.kind])}
              {tip.anonymous && ` · ${t('anonymous')}`} · {format.dayOf(tip.receivedAt)} ·{' '}
              {tip.place?.name ?? t('noPlace')}
            </Text>
            <Text size="xs" c="dimmed">
              {tip.ownerUnit.name} · {tip.assignee?.displayName ?? t('unassigned')}
            </Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
