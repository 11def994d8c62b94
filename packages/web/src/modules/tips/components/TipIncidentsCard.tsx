import type { TipDetailDto } from '@antt/shared';
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { IconClipboardPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { mayWriteIncidents } from '@/modules/incidents/incident-roles.ts';
import { useFormat } from '@/i18n/format.ts';
import { DetailCard } from './DetailCard.tsx';

/**
 * The incidents of the register that came from this tip, and — once the tip has led to a case
 * or is being verified — the way to record one with the tip already linked.
 */
export function TipIncidentsCard({ tip }: { tip: TipDetailDto }) {
  const { t } = useTranslation('tips');
  const { t: ti } = useTranslation('incidents');
  const format = useFormat();
  const user = useCurrentUser();
  const mayRecord = mayWriteIncidents(user.roles);
  if (tip.incidents.length === 0 && !mayRecord) return null;
  return (
    <DetailCard id="incidents" title={t('detail.incidents')}>
      <Stack gap="xs">
        {tip.incidents.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('detail.noIncidents')}
          </Text>
        ) : (
          tip.incidents.map((i) => (
            <Text size="sm" key={i.id}>
              <Anchor component={Link} to={`/incidents/${i.id}`} fw={600}>
                {ti(`types.${i.type}`)}
              </Anchor>{' '}
              · {format.day(i.occurredOn)} · {i.summary}
            </Text>
          ))
        )}
        {mayRecord && (
          <Button
            component={Link}
            to={`/incidents/new?tipId=${encodeURIComponent(tip.id)}`}
            variant="light"
            leftSection={<IconClipboardPlus size={16} />}
            data-testid="record-incident-from-tip"
          >
            {t('detail.recordIncident')}
          </Button>
        )}
      </Stack>
    </DetailCard>
  );
}
