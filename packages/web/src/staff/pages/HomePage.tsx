import { Card, Group, SimpleGrid, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingCommunity, IconMap2, IconShieldCheck, type Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Dashboard } from '@/modules/dashboard/components/Dashboard.tsx';
import { useFormat } from '@/i18n/format.ts';
import { RoleBadges } from '@/modules/auth/components/RoleBadges.tsx';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { useJurisdictionSummary } from '@/modules/jurisdiction/hooks/useJurisdictionSummary.ts';
import { QueryState } from '@/ui/QueryState.tsx';

function InfoCard({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={6}>
        {label}
      </Text>
      {children}
    </Card>
  );
}

function StatCard({
  label,
  value,
  icon: StatIcon,
  to,
}: {
  label: string;
  value: string | null;
  icon: Icon;
  to: string;
}) {
  return (
    <Card
      withBorder
      padding="lg"
      radius="md"
      component={Link}
      to={to}
      style={{ textDecoration: 'none', color: 'inherit' }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Text size="sm" c="dimmed" fw={500}>
            {label}
          </Text>
          {value === null ? (
            <Skeleton h={36} w={80} />
          ) : (
            <Text fz={32} fw={700} lh={1.1}>
              {value}
            </Text>
          )}
        </Stack>
        <ThemeIcon variant="light" size={44} radius="md" aria-hidden="true">
          <StatIcon size={24} stroke={1.6} />
        </ThemeIcon>
      </Group>
    </Card>
  );
}

/**
 * Tổng quan: the indicator dashboard of the user's area, then who the user is, where they work
 * and what part of the force's data they see.
 */
export function HomePage() {
  const { t } = useTranslation(['home', 'dashboard']);
  const format = useFormat();
  const user = useCurrentUser();
  const summary = useJurisdictionSummary(user);
  const count = (value: number | null) => (value === null ? null : format.number(value));
  const scopeText =
    summary.scope === 'nation'
      ? t('scope.nation')
      : summary.areaName && t(`scope.${summary.scope}`, { area: summary.areaName });

  return (
    <Stack gap="xl">
      <Dashboard title={t('title')} description={t('welcome', { name: user.displayName })} />

      <Stack gap="md" component="section" aria-labelledby="home-scope">
        <Title order={2} fz="h4" id="home-scope">
          {t('dashboard:scope')}
        </Title>

        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <InfoCard label={t('unit')}>
            <Text fw={600}>{user.unit.name}</Text>
            <Text size="xs" c="dimmed" ff="monospace">
              {user.unit.code}
            </Text>
          </InfoCard>
          <InfoCard label={t('roles')}>
            <RoleBadges roles={user.roles} />
          </InfoCard>
          <InfoCard label={t('jurisdiction')}>
            <Group gap={8} wrap="nowrap" align="flex-start">
              <IconShieldCheck
                size={20}
                stroke={1.6}
                aria-hidden="true"
                style={{ flex: 'none', marginTop: 2 }}
              />
              {scopeText ? (
                <Text fw={600} data-testid="jurisdiction-scope">
                  {scopeText}
                </Text>
              ) : (
                <Skeleton h={22} w={200} />
              )}
            </Group>
            <Text size="xs" c="dimmed" mt={4}>
              {t(`scopeExplained.${summary.scope}`)}
            </Text>
          </InfoCard>
        </SimpleGrid>

        <QueryState isPending={false} error={summary.error} />

        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <StatCard
            label={t(summary.adminUnitKind === 'province' ? 'provinceCount' : 'communeCount')}
            value={count(summary.adminUnitCount)}
            icon={IconMap2}
            to="/units"
          />
          <StatCard
            label={t('policeUnitCount')}
            value={count(summary.policeUnitCount)}
            icon={IconBuildingCommunity}
            to="/police-units"
          />
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}
