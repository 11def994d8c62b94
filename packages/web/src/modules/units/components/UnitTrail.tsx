import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUnit } from '../hooks/useUnits.ts';

function TrailName({ code, date }: { code: string; date: string }) {
  const unit = useUnit(code, date);
  return <>{unit.data?.name ?? code}</>;
}

type UnitTrailProps = { codes: string[]; date: string; onGo: (depth: number) => void };

/** "Cả nước › Thành phố Cần Thơ › ..."; each step but the last goes back up. */
export function UnitTrail({ codes, date, onGo }: UnitTrailProps) {
  const { t } = useTranslation('units');
  return (
    <Breadcrumbs separatorMargin={6} aria-label={t('trail')} style={{ flexWrap: 'wrap' }}>
      {codes.length === 0 ? (
        <Text size="sm" fw={600}>
          {t('country')}
        </Text>
      ) : (
        <Anchor component="button" type="button" size="sm" onClick={() => onGo(0)}>
          {t('country')}
        </Anchor>
      )}
      {codes.map((code, index) =>
        index === codes.length - 1 ? (
          <Text key={code} size="sm" fw={600} aria-current="location">
            <TrailName code={code} date={date} />
          </Text>
        ) : (
          <Anchor key={code} component="button" type="button" size="sm" onClick={() => onGo(index + 1)}>
            <TrailName code={code} date={date} />
          </Anchor>
        ),
      )}
    </Breadcrumbs>
  );
}
