import type { IncidentDetailDto } from '@antt/shared';
import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { usePoliceUnits } from '@/modules/police-units/hooks/usePoliceUnits.ts';
import { DetailCard } from '@/modules/tips/components/DetailCard.tsx';
import { useUnitSearch } from '@/modules/units/hooks/useUnits.ts';
import { useCategoryName, useIncidentCatalogue } from '../hooks/useIncidentCatalogue.ts';
import { incidentDayTime } from '../incident-format.ts';
import { changeLines } from '../incident-history.ts';

/** Every change, oldest first: who, when, and each field before → after in words. */
export function IncidentHistory({ incident }: { incident: IncidentDetailDto }) {
  const { t, i18n } = useTranslation('incidents');
  const format = useFormat();
  const user = useCurrentUser();
  const catalogue = useIncidentCatalogue(incident.occurredOn);
  const categoryName = useCategoryName(catalogue.data);
  const policeUnits = usePoliceUnits();
  const communes = useUnitSearch({ level: 'commune', province: user.provinceCode, limit: 500 });
  const words = {
    t: (key: string) => t(key),
    language: i18n.language,
    categoryName: (code: string) => categoryName(code),
    communeName: (id: string) =>
      id === incident.commune.id
        ? incident.commune.name
        : communes.data?.items.find((c) => c.id === id)?.name,
    policeUnitName: (id: string) => policeUnits.data?.find((u) => u.id === id)?.name,
    day: (day: number | string) => format.day(day),
    number: (n: number) => format.number(n),
  };
  return (
    <DetailCard id="incident-history" title={t('detail.history')}>
      <Timeline active={incident.history.length - 1} bulletSize={14} lineWidth={2}>
        {incident.history.map((event) => {
          const lines = changeLines(event, words);
          return (
            <Timeline.Item
              key={event.id}
              title={
                <Text size="sm" fw={600}>
                  {t(`history.events.${event.type}`)}
                </Text>
              }
            >
              <Text size="xs" c="dimmed">
                {incidentDayTime(event.at, i18n.language)} · {t('history.by', { actor: event.actor })}
              </Text>
              {lines.length > 0 && (
                <ul style={{ margin: '4px 0 0', paddingLeft: 18 }} data-testid="history-changes">
                  {lines.map((line) => (
                    <li key={line.field}>
                      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                        <Text span fw={500}>
                          {line.label}:
                        </Text>{' '}
                        <Text span c="dimmed">
                          {line.before}
                        </Text>{' '}
                        → {line.after}
                      </Text>
                    </li>
                  ))}
                </ul>
              )}
            </Timeline.Item>
          );
        })}
      </Timeline>
    </DetailCard>
  );
}
