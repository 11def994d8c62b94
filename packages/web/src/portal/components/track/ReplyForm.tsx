import { TIP_TEXT_LIMITS } from '@antt/shared/tips/tip-rules';
import { Alert, Button, Stack, Textarea } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

type ReplyFormProps = {
  onSend: (body: string) => Promise<boolean>;
  pending: boolean;
  error: string | null;
};

/** A reply to the unit, or more information; cleared once sent. */
export function ReplyForm({ onSend, pending, error }: ReplyFormProps) {
  const { t } = useTranslation('portal');
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState(false);
  const [sent, setSent] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return setMissing(true);
    setMissing(false);
    setSent(false);
    if (await onSend(body.trim())) {
      setBody('');
      setSent(true);
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <Stack gap="sm">
        <Textarea
          label={t('track.reply')}
          description={t('track.replyHint')}
          autosize
          minRows={3}
          maxRows={10}
          size="md"
          maxLength={TIP_TEXT_LIMITS.message}
          value={body}
          onChange={(e) => {
            setBody(e.currentTarget.value);
            setSent(false);
          }}
          error={missing ? t('track.messageMissing') : undefined}
        />
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        {sent && (
          <Alert color="green" variant="light" role="status">
            {t('track.sent')}
          </Alert>
        )}
        <Button
          type="submit"
          loading={pending}
          leftSection={<IconSend size={18} aria-hidden="true" />}
          size="md"
        >
          {t('track.send')}
        </Button>
      </Stack>
    </form>
  );
}
