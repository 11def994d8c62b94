import type { CampaignStatusDto } from '@antt/shared';
import { Card, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { dayText } from '@/ui/forms/day-text.ts';
import { canOpen } from '@/staff/navigation.ts';
import { CAMPAIGN_MANAGER_ROLES } from '../campaign-roles.ts';
import { CampaignChart } from '../components/CampaignChart.tsx';
import { CampaignOutlookText } from '../components/CampaignOutlookText.tsx';
import { CampaignShell } from '../components/CampaignShell.tsx';
import { ElementProgressCards } from '../components/ElementProgressCards.tsx';
import { UnitProgressTable } from '../components/UnitProgressTable.tsx';
import { useElementNames, type ElementNames } from '../hooks/useDataElements.ts';

/** The eligible population of the whole area: the sum of its units', when every unit has one. */
function totalPopulation(status: CampaignStatusDto): number | null {
  if (status.units.length === 0 || status.units.some((u) => u.population === null)) return null;
  return status.units.reduce((sum, u) => sum + u.population!, 0);
}

function CampaignProgress({ status, names }: { status: CampaignStatusDto; names: ElementNames }) {
  const { t } = useTranslation('campaigns');
  const elements = status.campaign.elements;
  const [element, setElement] = useState(elements[0]?.element ?? '');
  const first = elements[0]?.element ?? '';
  const lastReported = status.series.at(-1)?.date ?? null;
  const mayEditTargets = canOpen(useCurrentUser().roles, CAMPAIGN_MANAGER_ROLES);
  const index = Math.max(
    0,
    elements.findIndex((e) => e.element === element),
  );

  return (
    <Stack gap="md">
      <ElementProgressCards status={status} names={names} />
      <Card withBorder radius="md" padding="md">
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {t('chart.title', { element: names.long(first) })}
          </Title>
          <CampaignOutlookText
            status={status}
            index={0}
            population={totalPopulation(status)}
            elementName={names.long(first)}
          />
          <CampaignChart status={status} elementName={names.long(first)} />
          {lastReported && (
            <Text size="sm" data-testid="campaign-reported-through">
              {t('chart.reportedThrough', { date: dayText(lastReported) })}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('chart.explain', {
              level: Math.round((status.total.progress[0]?.projection?.level ?? 0.9) * 100),
            })}
          </Text>
        </Stack>
      </Card>
      <Card withBorder radius="md" padding="md">
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {t('table.title')}
          </Title>
          {elements.length > 1 && (
            <SegmentedControl
              value={element}
              onChange={setElement}
              data={elements.map((e) => ({ value: e.element, label: names.short(e.element) }))}
              aria-label={t('table.element')}
            />
          )}
          {/* The first element's sentence stands above the chart; the others' are told here. */}
          {index > 0 && (
            <CampaignOutlookText
              status={status}
              index={index}
              population={totalPopulation(status)}
              elementName={names.long(element)}
            />
          )}
          <UnitProgressTable
            status={status}
            element={element}
            populationName={names.short(status.campaign.populationElement)}
            mayEditTargets={mayEditTargets}
          />
        </Stack>
      </Card>
    </Stack>
  );
}

/** A campaign's progress: the province on each element, the chart with its projection, every unit. */
export function CampaignProgressPage() {
  const names = useElementNames();
  return (
    <CampaignShell view="progress">
      {(status) => <CampaignProgress status={status} names={names} />}
    </CampaignShell>
  );
}
