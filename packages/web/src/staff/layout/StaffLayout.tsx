import { AppShell, Badge, Burger, Divider, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { AlertsBell } from '@/modules/alerts/components/AlertsBell.tsx';
import { RoleBadges } from '@/modules/auth/components/RoleBadges.tsx';
import { UserMenu } from '@/modules/auth/components/UserMenu.tsx';
import { useCurrentUser, useSession } from '@/modules/auth/hooks/useSession.ts';
import { BrandMark } from '@/ui/BrandMark.tsx';
import { LanguageSwitch } from '@/ui/LanguageSwitch.tsx';
import { navItemsFor } from '../navigation.ts';
import classes from './StaffLayout.module.css';

function isActive(itemPath: string, current: string): boolean {
  return itemPath === '/' ? current === '/' : current === itemPath || current.startsWith(`${itemPath}/`);
}

/** Header (product, unit, language, user menu) and the role-aware navigation. */
export function StaffLayout() {
  const { t } = useTranslation(['shell', 'common']);
  const user = useCurrentUser();
  const demo = useSession().data?.demo ?? false;
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const items = navItemsFor(user.roles);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px={{ base: 'sm', sm: 'md' }} justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t(opened ? 'closeNavigation' : 'openNavigation')}
            />
            <Link to="/" aria-label={t('home')} style={{ textDecoration: 'none' }}>
              <BrandMark name={t('common:appName')} />
            </Link>
            <Divider orientation="vertical" visibleFrom="sm" />
            <Text size="sm" fw={500} c="dark.5" truncate visibleFrom="sm" data-testid="header-unit">
              {user.unit.name}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {demo && (
              <Badge color="orange" variant="light" radius="sm" visibleFrom="xs">
                {t('common:demoMode')}
              </Badge>
            )}
            <LanguageSwitch />
            <AlertsBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label={t('navigation')}>
        <Stack gap={4} hiddenFrom="sm" pb="sm">
          <Text size="sm" fw={600}>
            {user.unit.name}
          </Text>
          <RoleBadges roles={user.roles} />
          <Divider mt="xs" />
        </Stack>
        <AppShell.Section grow component={ScrollArea}>
          <nav>
            {items.map((item) => (
              <NavLink
                key={item.path}
                component={Link}
                to={item.path}
                label={t(item.labelKey)}
                leftSection={<item.icon size={20} stroke={1.6} aria-hidden="true" />}
                active={isActive(item.path, location.pathname)}
                aria-current={isActive(item.path, location.pathname) ? 'page' : undefined}
                onClick={close}
                variant="light"
                fw={500}
                style={{ borderRadius: 'var(--mantine-radius-sm)' }}
              />
            ))}
          </nav>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main className={classes.main}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
