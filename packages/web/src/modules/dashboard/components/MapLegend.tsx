import { Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorFigures } from '../hooks/useDashboardFigures.ts';
import { formatRange } from '../indicator-format.ts';
import { NO_DATA_COLOUR, type MapClass } from '../map-classes.ts';

function Swatch({ colour }: { colour: string }) {
  return (
    <Box
      w={18}
      h={12}
      bg={colour}
      style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 2, flex: 'none' }}
      aria-hidden="true"
    />
  );
}

/** The map's colours in words: each class's range, grey for no figure, and which end is worse. */
export function MapLegend({
  figures,
  classes,
  hasNoData,
}: {
  figures: IndicatorFigures;
  classes: readonly MapClass[];
  hasNoData: boolean;
}) {
  const { t, i18n } = useTranslation('dashboard');
  return (
    <Stack gap={6}>
      <Group gap="md" role="list" aria-label={t('map.legend')}>
        {classes.map((c) => (
          <Group key={c.colour} gap={6} wrap="nowrap" role="listitem">
            <Swatch colour={c.colour} />
            <Text size="xs">{formatRange(c.min, c.max, figures.unit, i18n.language, figures.noun)}</Text>
          </Group>
        ))}
        {hasNoData && (
          <Group gap={6} wrap="nowrap" role="listitem">
            <Swatch colour={NO_DATA_COLOUR} />
            <Text size="xs">{t('map.noData')}</Text>
          </Group>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t(`map.reading.${figures.direction}`)}
      </Text>
    </Stack>
  );
}
