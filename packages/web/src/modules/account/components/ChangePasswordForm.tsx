import { passwordChangeRequestSchema, type PasswordChangeRequest } from '@antt/shared';
import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/modules/api/client.ts';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { validate, type FieldIssues } from '@/ui/forms/validate.ts';
import { useChangePassword } from '../hooks/useAccountActions.ts';

type Field = keyof PasswordChangeRequest | 'confirm';

export function ChangePasswordForm() {
  const { t } = useTranslation('account');
  const errorMessage = useErrorMessage();
  const change = useChangePassword();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const [issues, setIssues] = useState<FieldIssues<Field>>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate<PasswordChangeRequest, Field>(passwordChangeRequestSchema, {
      currentPassword,
      newPassword,
    });
    const found: FieldIssues<Field> = checked.ok ? {} : { ...checked.issues };
    if (newPassword !== confirm) found.confirm = 'mismatch';
    if (!checked.ok || found.confirm) return setIssues(found);
    setIssues({});
    change.mutate(checked.data, {
      onSuccess: () => {
        setCurrent('');
        setNew('');
        setConfirm('');
        notifications.show({ color: 'green', message: t('password.changed') });
      },
    });
  };

  const newPasswordProblem =
    issues.newPassword && t(issues.newPassword === 'too_small' ? 'password.tooShort' : 'password.tooWeak');
  const serverProblem = change.error
    ? isApiError(change.error, 'invalid_credentials')
      ? t('password.currentWrong')
      : errorMessage(change.error)
    : null;

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm" maw={420}>
        {serverProblem && (
          <Alert color="red" variant="light" role="alert">
            {serverProblem}
          </Alert>
        )}
        <PasswordInput
          label={t('password.current')}
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={issues.currentPassword && t('password.currentMissing')}
        />
        <PasswordInput
          label={t('password.new')}
          description={t('password.rule')}
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(e) => setNew(e.currentTarget.value)}
          error={newPasswordProblem}
        />
        <PasswordInput
          label={t('password.confirm')}
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={issues.confirm && t('password.mismatch')}
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            {t('password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
