import { assignTipRequestSchema } from '@antt/shared';
import { Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { useUsers } from '@/modules/users/hooks/useUsers.ts';
import { StepDialog } from './StepDialog.tsx';
import type { StepDialogBaseProps } from './types.ts';
import { useStepForm } from './useStepForm.ts';

/**
 * A leader picks an officer of the owning unit; an officer of that unit takes an unassigned tip
 * (the staff list is for leaders and administrators only, so an officer can only take it).
 */
export function AssignDialog({ tip, opened, onClose }: StepDialogBaseProps) {
  const { t } = useTranslation(['tips', 'common']);
  const me = useCurrentUser();
  const picks = me.roles.includes('leader') || me.roles.includes('admin');
  const users = useUsers(picks && opened);
  const form = useStepForm(tip, 'assign', assignTipRequestSchema, onClose);
  const [userId, setUserId] = useState<string | null>(picks ? null : me.id);
  const staff = (users.data ?? [])
    .filter(
      (u) =>
        u.unit.id === tip.ownerUnit.id &&
        !u.disabled &&
        u.roles.some((r) => r === 'officer' || r === 'leader'),
    )
    .map((u) => ({ value: u.id, label: u.displayName }));
  return (
    <StepDialog
      opened={opened}
      onClose={onClose}
      title={t(picks ? 'actions.assign.title' : 'actions.assign.take')}
      text={t('actions.assign.text')}
      pending={form.pending}
      error={form.error}
      onConfirm={() => form.submit({ userId: userId ?? '' })}
      confirmLabel={t(picks ? 'actions.assign.button' : 'actions.assign.take')}
    >
      {picks ? (
        <Select
          label={t('actions.assign.user')}
          required
          searchable
          nothingFoundMessage={t('common:states.empty')}
          data={staff}
          value={userId}
          onChange={setUserId}
          disabled={users.isPending}
          error={form.problem('userId')}
        />
      ) : (
        <Text fw={600}>{me.displayName}</Text>
      )}
    </StepDialog>
  );
}
