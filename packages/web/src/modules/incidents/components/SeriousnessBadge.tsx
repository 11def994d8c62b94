import type { Seriousness } from '@antt/shared';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<Seriousness, string> = {
  less_serious: 'teal',
  serious: 'yellow',
  very_serious: 'orange',
  especially_serious: 'red',
};

/** The class of a crime (Penal Code art. 9), e.g. "Tội phạm rất nghiêm trọng". */
export function SeriousnessBadge({ seriousness }: { seriousness: Seriousness }) {
  const { t } = useTranslation('incidents');
  return (
    <Badge color={COLOURS[seriousness]} variant="light" tt="none" radius="sm" size="lg">
      {t(`crimeClass.${seriousness}`)}
    </Badge>
  );
}
