import type { User } from '@antt/shared';
import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RoleBadges } from '@/modules/auth/components/RoleBadges.tsx';

/** Staff accounts with unit, roles, second factor and state. */
export function UserTable({ users }: { users: User[] }) {
  const { t } = useTranslation('users');
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.name')}</Table.Th>
            <Table.Th>{t('columns.unit')}</Table.Th>
            <Table.Th>{t('columns.roles')}</Table.Th>
            <Table.Th>{t('columns.totp')}</Table.Th>
            <Table.Th>{t('columns.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" fw={500}>
                    {user.displayName}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {user.username}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{user.unit.name}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <RoleBadges roles={user.roles} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={user.totpEnabled ? undefined : 'dimmed'}>
                  {t(user.totpEnabled ? 'totpOn' : 'totpOff')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <Badge color={user.disabled ? 'red' : 'green'} variant="light" radius="sm" tt="none">
                    {t(user.disabled ? 'disabled' : 'active')}
                  </Badge>
                  {user.isDemo && (
                    <Badge color="orange" variant="outline" radius="sm" tt="none">
                      {t('demo')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
