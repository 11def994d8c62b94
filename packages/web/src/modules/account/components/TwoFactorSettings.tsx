import { totpEnableRequestSchema } from '@antt/shared';
import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  List,
  PasswordInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/modules/api/client.ts';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { useDisableTotp, useEnableTotp, useTotpSetup } from '../hooks/useAccountActions.ts';

/** The secret in groups of four, easier to type into an authenticator app by hand. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

function EnableTotp() {
  const { t } = useTranslation('account');
  const errorMessage = useErrorMessage();
  const setup = useTotpSetup();
  const enable = useEnableTotp();
  const [code, setCode] = useState('');
  const [codeProblem, setCodeProblem] = useState(false);

  const onEnable = (event: FormEvent) => {
    event.preventDefault();
    if (!totpEnableRequestSchema.safeParse({ code }).success) return setCodeProblem(true);
    setCodeProblem(false);
    enable.mutate(code, {
      onSuccess: () => notifications.show({ color: 'green', message: t('totp.enabled') }),
      onError: () => setCode(''),
    });
  };

  if (!setup.data) {
    return (
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('totp.offExplained')}</Text>
        {setup.error && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(setup.error)}
          </Alert>
        )}
        <Button onClick={() => setup.mutate()} loading={setup.isPending}>
          {t('totp.start')}
        </Button>
      </Stack>
    );
  }

  return (
    <form onSubmit={onEnable} noValidate>
      <Stack gap="sm" maw={560}>
        <List type="ordered" size="sm" spacing={4}>
          <List.Item>{t('totp.step1')}</List.Item>
          <List.Item>{t('totp.step2')}</List.Item>
          <List.Item>{t('totp.step3')}</List.Item>
        </List>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('totp.secret')}
          </Text>
          <Code fz="md" data-testid="totp-secret">
            {grouped(setup.data.secret)}
          </Code>
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('totp.url')}
          </Text>
          <Code block fz="xs" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {setup.data.otpauthUrl}
          </Code>
        </Stack>
        {enable.error && (
          <Alert color="red" variant="light" role="alert">
            {isApiError(enable.error, 'totp_invalid') ? t('totp.codeWrong') : errorMessage(enable.error)}
          </Alert>
        )}
        <TextInput
          label={t('totp.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          w={200}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, ''))}
          error={codeProblem && t('totp.codeFormat')}
        />
        <Group>
          <Button type="submit" loading={enable.isPending}>
            {t('totp.enable')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DisableTotp() {
  const { t } = useTranslation('account');
  const errorMessage = useErrorMessage();
  const disable = useDisableTotp();
  const [password, setPassword] = useState('');

  const onDisable = (event: FormEvent) => {
    event.preventDefault();
    if (!password) return;
    disable.mutate(password, {
      onSuccess: () => notifications.show({ color: 'green', message: t('totp.disabled') }),
    });
  };

  return (
    <form onSubmit={onDisable} noValidate>
      <Stack gap="sm" maw={420}>
        <Text size="sm">{t('totp.onExplained')}</Text>
        {disable.error && (
          <Alert color="red" variant="light" role="alert">
            {isApiError(disable.error, 'invalid_credentials')
              ? t('password.currentWrong')
              : errorMessage(disable.error)}
          </Alert>
        )}
        <PasswordInput
          label={t('totp.passwordToDisable')}
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <Group>
          <Button type="submit" color="red" variant="light" loading={disable.isPending} disabled={!password}>
            {t('totp.disable')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Two-step verification: the state, and the way to turn it on or off. */
export function TwoFactorSettings({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation('account');
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text size="sm">{t('totp.state')}</Text>
        <Badge color={enabled ? 'green' : 'gray'} variant="light" radius="sm" tt="none">
          {t(enabled ? 'totp.on' : 'totp.off')}
        </Badge>
      </Group>
      {enabled ? <DisableTotp /> : <EnableTotp />}
    </Stack>
  );
}
