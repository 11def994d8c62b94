import type { Seriousness } from '@antt/shared';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// From mild to grave, the way statistics tables shade the four classes; the light badges get
// a dark shade of their colour for the text, so it stays readable on the pale background.
const COLORS: Record<Seriousness, string> = {
  less_serious: 'teal',
  serious: 'yellow',
  very_serious: 'orange',
  especially_serious: 'red',
};

/** The class of a crime (Penal Code art. 9) as a coloured badge. */
export function SeriousnessBadge({ seriousness }: { seriousness: Seriousness }) {
  const { t } = useTranslation('incidentCatalogue');
  return (
    <Badge
      color={COLORS[seriousness]}
      variant={seriousness === 'especially_serious' ? 'filled' : 'light'}
      c={seriousness === 'especially_serious' ? undefined : `${COLORS[seriousness]}.9`}
      radius="sm"
      tt="none"
      style={{ minWidth: 'max-content' }}
    >
      {t(`seriousness.${seriousness}`)}
    </Badge>
  );
}
