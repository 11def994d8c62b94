import { TIP_EVENT_INFO, type TipDetailDto } from '@antt/shared';
import { Badge, Group, Text, Timeline, Tooltip } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { useLabel } from '@/i18n/label.ts';
import { usePoliceUnits } from '@/modules/police-units/hooks/usePoliceUnits.ts';
import { eventDetailLines, eventWasLate } from '../tip-event-details.ts';
import { DetailCard } from './DetailCard.tsx';

/** Every step, oldest first, with who took it; the steps the informant also sees are marked. */
export function TipTimeline({ tip }: { tip: TipDetailDto }) {
  const { t } = useTranslation('tips');
  const format = useFormat();
  const label = useLabel();
  const units = usePoliceUnits();
  const unitName = (code: string) => units.data?.find((u) => u.code === code)?.name ?? code;
  const actor = (name: string) =>
    name === 'citizen' ? t('events.citizen') : name.startsWith('system') ? t('events.system') : name;
  return (
    <DetailCard id="timeline" title={t('detail.timeline')}>
      <Timeline active={tip.timeline.length - 1} bulletSize={14} lineWidth={2}>
        {tip.timeline.map((event) => (
          <Timeline.Item
            key={event.id}
            title={
              <Group gap={6}>
                <Text size="sm" fw={600}>
                  {label(TIP_EVENT_INFO[event.type])}
                </Text>
                {event.public && (
                  <Tooltip label={t('detail.publicEvent')}>
                    <IconEye
                      size={14}
                      aria-label={t('detail.publicEvent')}
                      color="var(--mantine-color-dimmed)"
                    />
                  </Tooltip>
                )}
                {eventWasLate(event) && (
                  <Badge color="red" size="xs" variant="light" tt="none">
                    {t('events.late')}
                  </Badge>
                )}
              </Group>
            }
          >
            <Text size="xs" c="dimmed">
              {format.dateTimeShort(event.at)} · {t('events.by', { actor: actor(event.actorLabel) })}
            </Text>
            {eventDetailLines(event, { t, label, day: format.day, unitName }).map((line) => (
              <Text size="sm" key={line} style={{ overflowWrap: 'anywhere' }}>
                {line}
              </Text>
            ))}
          </Timeline.Item>
        ))}
      </Timeline>
    </DetailCard>
  );
}
