import type { Role } from '@antt/shared';
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The user's roles by their official Vietnamese names (Quản trị viên, Lãnh đạo ...). */
export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation('common');
  return (
    <Group gap={6}>
      {roles.map((role) => (
        <Badge
          key={role}
          variant="light"
          color="policeGreen"
          radius="sm"
          tt="none"
          style={{ flex: 'none' }}
          maw="none"
        >
          {t(`roles.${role}`)}
        </Badge>
      ))}
    </Group>
  );
}
