import type { AdminUnitDto } from '@antt/shared';
import { Anchor, Breadcrumbs, Group, Skeleton, Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type UnitBreadcrumbsProps = { path: AdminUnitDto[] | undefined; onGo: (code: string) => void };

/** "Thành phố Cần Thơ › Phường Sóc Trăng": where the figures are for; each step up goes back. */
export function UnitBreadcrumbs({ path, onGo }: UnitBreadcrumbsProps) {
  const { t } = useTranslation('dashboard');
  return (
    <Group gap={6} wrap="nowrap" align="center" miw={0}>
      <IconMapPin size={18} stroke={1.8} aria-hidden="true" style={{ flex: 'none' }} />
      {!path ? (
        <Skeleton h={20} w={220} />
      ) : (
        <Breadcrumbs
          separator="›"
          separatorMargin={6}
          aria-label={t('unit.trail')}
          style={{ flexWrap: 'wrap' }}
          data-testid="unit-trail"
        >
          {path.map((unit, index) =>
            index === path.length - 1 ? (
              <Text key={unit.id} fw={700} size="md" aria-current="location">
                {unit.name}
              </Text>
            ) : (
              <Anchor
                key={unit.id}
                component="button"
                type="button"
                size="md"
                onClick={() => onGo(unit.code)}
              >
                {unit.name}
              </Anchor>
            ),
          )}
        </Breadcrumbs>
      )}
    </Group>
  );
}
