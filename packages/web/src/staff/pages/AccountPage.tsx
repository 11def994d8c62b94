import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ChangePasswordForm } from '@/modules/account/components/ChangePasswordForm.tsx';
import { TwoFactorSettings } from '@/modules/account/components/TwoFactorSettings.tsx';
import { RoleBadges } from '@/modules/auth/components/RoleBadges.tsx';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { PageHeader } from '@/ui/PageHeader.tsx';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" radius="md" id={id} component="section" aria-labelledby={`${id}-title`}>
      <Title order={2} fz="h4" mb="md" id={`${id}-title`}>
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

export function AccountPage() {
  const { t } = useTranslation('account');
  const user = useCurrentUser();
  const { hash } = useLocation();

  // The user menu links to #password and #totp: bring that section into view.
  useEffect(() => {
    if (hash) document.getElementById(hash.slice(1))?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [hash]);

  return (
    <>
      <PageHeader title={t('title')} />
      <Stack gap="lg">
        <Section id="profile" title={t('profile.title')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Fact label={t('profile.displayName')}>
              <Text>{user.displayName}</Text>
            </Fact>
            <Fact label={t('profile.username')}>
              <Text ff="monospace">{user.username}</Text>
            </Fact>
            <Fact label={t('profile.unit')}>
              <Text>{user.unit.name}</Text>
            </Fact>
            <Fact label={t('profile.roles')}>
              <RoleBadges roles={user.roles} />
            </Fact>
          </SimpleGrid>
        </Section>
        <Section id="password" title={t('password.title')}>
          <ChangePasswordForm />
        </Section>
        <Section id="totp" title={t('totp.title')}>
          <TwoFactorSettings enabled={user.totpEnabled} />
        </Section>
      </Stack>
    </>
  );
}
