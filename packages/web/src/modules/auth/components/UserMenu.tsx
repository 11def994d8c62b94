import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconKey, IconLogout, IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser, useLogout } from '../hooks/useSession.ts';

function initials(displayName: string): string {
  const words = displayName.trim().split(/\s+/);
  const picked = words.length > 1 ? [words[words.length - 2], words[words.length - 1]] : words;
  return picked.map((word) => (word ?? '').charAt(0).toUpperCase()).join('');
}

/** Display name and roles, with the account actions and sign-out. */
export function UserMenu() {
  const { t } = useTranslation(['shell', 'common']);
  const user = useCurrentUser();
  const logout = useLogout();
  return (
    <Menu position="bottom-end" width={260} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('userMenu.open', { name: user.displayName })} px={6} py={4}>
          <Group gap={8} wrap="nowrap">
            <Avatar color="policeGreen" radius="xl" size={32}>
              {initials(user.displayName)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" maw={180} truncate>
              {user.displayName}
            </Text>
            <IconChevronDown size={14} aria-hidden="true" />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark.7">
            {user.displayName}
          </Text>
          <Text size="xs" c="dimmed">
            {user.roles.map((role) => t(`common:roles.${role}`)).join(', ')}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/account#password" leftSection={<IconKey size={16} />}>
          {t('userMenu.changePassword')}
        </Menu.Item>
        <Menu.Item component={Link} to="/account#totp" leftSection={<IconShieldLock size={16} />}>
          {t('userMenu.twoFactor')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconLogout size={16} />} onClick={() => logout.mutate()}>
          {t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
