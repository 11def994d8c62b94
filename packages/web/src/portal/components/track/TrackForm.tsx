import type { PortalTipCredentials } from '@antt/shared/tips/tip-portal.schemas';
import { parseTipSecret, parseTrackingCode } from '@antt/shared/tips/tracking-code';
import { Alert, Button, Paper, Stack, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

type TrackFormProps = {
  onLookUp: (credentials: PortalTipCredentials) => void;
  pending: boolean;
  error: string | null;
};

/** The tracking code and the secret, typed back in; checked for shape before anything is sent. */
export function TrackForm({ onLookUp, pending, error }: TrackFormProps) {
  const { t } = useTranslation('portal');
  const [code, setCode] = useState('');
  const [secret, setSecret] = useState('');
  const [problems, setProblems] = useState<{ code?: string; secret?: string }>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const trackingCode = parseTrackingCode(code);
    const canonicalSecret = parseTipSecret(secret);
    const found = {
      code: trackingCode ? undefined : t('track.invalidCode'),
      secret: canonicalSecret ? undefined : t('track.invalidSecret'),
    };
    setProblems(found);
    if (!trackingCode || !canonicalSecret) return;
    onLookUp({ trackingCode, secret: canonicalSecret });
  };

  // The secret is not a password the browser should offer to save, nor a word to correct.
  const codeProps = {
    autoComplete: 'off',
    autoCapitalize: 'characters',
    autoCorrect: 'off',
    spellCheck: false,
    size: 'md' as const,
    styles: { input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.05em' } },
  };

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <TextInput
            {...codeProps}
            label={t('track.trackingCode')}
            description={t('track.trackingCodeHint')}
            required
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={problems.code}
          />
          <TextInput
            {...codeProps}
            label={t('track.secret')}
            description={t('track.secretHint')}
            required
            value={secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
            error={problems.secret}
          />
          {error && (
            <Alert color="red" variant="light" role="alert">
              {error}
            </Alert>
          )}
          <Button
            type="submit"
            size="md"
            loading={pending}
            leftSection={<IconSearch size={18} aria-hidden="true" />}
          >
            {t('track.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
