import type { IncidentDetailDto } from '@antt/shared';
import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '@/i18n/format.ts';
import { DetailCard } from '@/modules/tips/components/DetailCard.tsx';
import { FactList, type Fact } from '@/modules/tips/components/FactList.tsx';
import { useCategoryName, useIncidentCatalogue } from '../hooks/useIncidentCatalogue.ts';
import { incidentDayTime, vndAmount } from '../incident-format.ts';
import { ClearedBadge } from './ClearedBadge.tsx';
import { IncidentStatusBadge } from './IncidentStatusBadge.tsx';
import { SeriousnessBadge } from './SeriousnessBadge.tsx';

/** The facts every type has and those of its own type, as recorded. */
function typeFacts(
  incident: IncidentDetailDto,
  crimeTitle: string,
  t: (key: string, options?: Record<string, unknown>) => string,
  number: (n: number) => string,
  language: string,
  categoryName: (code: string) => string,
): Fact[] {
  const people: Fact[] = [
    { label: t('detail.deaths'), value: incident.deaths === null ? null : number(incident.deaths) },
    { label: t('detail.injuries'), value: incident.injuries === null ? null : number(incident.injuries) },
  ];
  switch (incident.type) {
    case 'crime':
      return [
        {
          label: t('detail.article'),
          value: incident.crime
            ? t('detail.articleValue', {
                article: incident.crime.article,
                clause: incident.crime.clause,
                title: crimeTitle,
              })
            : null,
          wide: true,
        },
        {
          label: t('detail.seriousness'),
          value: incident.crime ? <SeriousnessBadge seriousness={incident.crime.seriousness} /> : null,
        },
        { label: t('detail.crimeGroup'), value: categoryName(incident.category) },
      ];
    case 'traffic_accident':
      return [
        { label: t('detail.category'), value: categoryName(incident.category) },
        { label: t('detail.road'), value: incident.road },
        ...people,
        { label: t('detail.vehicles'), value: incident.vehicles === null ? null : number(incident.vehicles) },
      ];
    case 'fire':
      return [
        { label: t('detail.category'), value: categoryName(incident.category) },
        {
          label: t('detail.cause'),
          value: incident.fireCause ? t(`fireCauses.${incident.fireCause}`) : null,
        },
        ...people,
        {
          label: t('detail.damage'),
          value: incident.damageVnd === null ? null : vndAmount(incident.damageVnd, language),
        },
      ];
    case 'social_vice':
      return [
        { label: t('detail.category'), value: categoryName(incident.category) },
        { label: t('detail.siteName'), value: incident.siteName },
      ];
  }
}

/** What happened, where and when, and where the case stands. */
export function IncidentFactsCard({ incident }: { incident: IncidentDetailDto }) {
  const { t, i18n } = useTranslation('incidents');
  const format = useFormat();
  const catalogue = useIncidentCatalogue(incident.occurredOn);
  const categoryName = useCategoryName(catalogue.data);
  // The register stores the Vietnamese title; the catalogue has the English one.
  const clause = catalogue.data?.penalCode.find((c) => c.article === incident.crime?.article);
  const crimeTitle = i18n.language === 'en' && clause ? clause.titleEn : (incident.crime?.title ?? '');
  const facts: Fact[] = [
    {
      label: t('detail.summary'),
      value: (
        <Text size="sm" data-testid="incident-summary">
          {incident.summary}
        </Text>
      ),
      wide: true,
    },
    ...typeFacts(incident, crimeTitle, t, format.number, i18n.language, (code) =>
      categoryName(code, incident.type),
    ),
  ];
  const place: Fact[] = [
    { label: t('detail.occurredAt'), value: incidentDayTime(incident.occurredAt, i18n.language) },
    { label: t('detail.commune'), value: incident.commune.name },
    { label: t('detail.address'), value: incident.address },
    {
      label: t('detail.point'),
      value: incident.lon !== null && incident.lat !== null ? `${incident.lat}, ${incident.lon}` : null,
    },
  ];
  const handling: Fact[] = [
    { label: t('detail.status'), value: <IncidentStatusBadge status={incident.status} /> },
    {
      label: t('detail.cleared'),
      value: (
        <Group gap="xs">
          <ClearedBadge cleared={incident.cleared} clearedOn={incident.clearedOn} />
          {incident.clearedOn && (
            <Text size="sm">{t('cleared.on', { date: format.day(incident.clearedOn) })}</Text>
          )}
        </Group>
      ),
    },
    { label: t('detail.reportingUnit'), value: incident.reportingUnit.name },
    {
      label: t('detail.tip'),
      value: incident.tip ? (
        <Anchor component={Link} to={`/tips/${incident.tip.id}`} size="sm">
          {t('detail.tipValue', { label: incident.tip.label })}
        </Anchor>
      ) : null,
    },
    { label: t('detail.externalRef'), value: incident.externalRef },
  ];
  return (
    <>
      <DetailCard id="incident-facts" title={t('detail.facts')}>
        <FactList facts={facts} />
      </DetailCard>
      <DetailCard id="incident-place" title={t('detail.place')}>
        <FactList facts={place} />
      </DetailCard>
      <DetailCard id="incident-handling" title={t('detail.handling')}>
        <FactList facts={handling} />
      </DetailCard>
    </>
  );
}
