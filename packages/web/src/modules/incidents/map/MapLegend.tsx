import { INCIDENT_TYPES } from '@antt/shared';
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { INCIDENT_TYPE_COLOURS } from './map-colours.ts';
import { NO_COUNT_COLOUR, type CountClass } from './map-geometry.ts';

function Swatch({ colour, round = false }: { colour: string; round?: boolean }) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        width: round ? 12 : 18,
        height: 12,
        borderRadius: round ? 6 : 2,
        background: colour,
        border: '1px solid #ced4da',
      }}
    />
  );
}

/** What the shades and the dots mean, in the UI language. */
export function MapLegend({ classes, unitsOn }: { classes: CountClass[]; unitsOn: string }) {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  const range = (c: CountClass) =>
    c.from === c.to ? format.number(c.from) : `${format.number(c.from)}–${format.number(c.to)}`;
  return (
    <Stack gap={6} data-testid="map-legend">
      <Text size="sm" fw={600}>
        {t('map.legendCounts', { date: format.day(unitsOn) })}
      </Text>
      <Group gap="md">
        <Group gap={4}>
          <Swatch colour={NO_COUNT_COLOUR} />
          <Text size="xs">{t('map.legendNone')}</Text>
        </Group>
        {classes.map((c) => (
          <Group gap={4} key={c.from}>
            <Swatch colour={c.colour} />
            <Text size="xs">{range(c)}</Text>
          </Group>
        ))}
      </Group>
      <Text size="sm" fw={600} mt={4}>
        {t('map.legendPoints')}
      </Text>
      <Group gap="md">
        {INCIDENT_TYPES.map((type) => (
          <Group gap={4} key={type}>
            <Swatch colour={INCIDENT_TYPE_COLOURS[type]} round />
            <Text size="xs">{t(`types.${type}`)}</Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}
