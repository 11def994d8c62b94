import { loginRequestSchema } from '@antt/shared';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/modules/api/client.ts';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { validate, type FieldIssues } from '@/ui/forms/validate.ts';
import { useLogin } from '../hooks/useSession.ts';

type Field = 'username' | 'password' | 'totp';

/** Username and password, then a six-digit code when the account has two-step verification. */
export function SignInForm() {
  const { t } = useTranslation('auth');
  const errorMessage = useErrorMessage();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [askTotp, setAskTotp] = useState(false);
  const [issues, setIssues] = useState<FieldIssues<Field>>({});
  const totpRef = useRef<HTMLInputElement>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate<unknown, Field>(loginRequestSchema, {
      username,
      password,
      totp: askTotp ? totp.trim() : undefined,
    });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues({});
    login.mutate(
      { username, password, totp: askTotp ? totp.trim() : undefined },
      {
        onError: (error) => {
          if (isApiError(error, 'totp_required')) {
            setAskTotp(true);
            // Focus the new field once it is on screen.
            window.setTimeout(() => totpRef.current?.focus(), 0);
          }
          if (isApiError(error, 'totp_invalid')) setTotp('');
        },
      },
    );
  };

  // totp_required is not a failure for the user: it is the second step, explained by the field.
  const failure = login.error && !isApiError(login.error, 'totp_required') ? login.error : null;

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {failure && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle size={18} />}
            role="alert"
            title={t('failed')}
          >
            {errorMessage(failure)}
          </Alert>
        )}
        <TextInput
          label={t('username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
          error={issues.username && t('usernameMissing')}
          data-autofocus
          autoFocus
        />
        <PasswordInput
          label={t('password')}
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={issues.password && t('passwordMissing')}
        />
        {askTotp && (
          <TextInput
            ref={totpRef}
            label={t('totp')}
            description={t('totpHint')}
            name="totp"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            value={totp}
            onChange={(e) => setTotp(e.currentTarget.value.replace(/\D/g, ''))}
            error={issues.totp && t('totpFormat')}
          />
        )}
        <Button type="submit" fullWidth size="md" loading={login.isPending}>
          {t('submit')}
        </Button>
      </Stack>
    </form>
  );
}
