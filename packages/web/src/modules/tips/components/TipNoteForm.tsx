import { tipNoteRequestSchema, type TipDetailDto } from '@antt/shared';
import { Alert, Button, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { useTipStep } from '../hooks/useTips.ts';

/** An internal note: it goes to the timeline, never to the informant. */
export function TipNoteForm({ tip }: { tip: TipDetailDto }) {
  const { t } = useTranslation('tips');
  const errorMessage = useErrorMessage();
  const add = useTipStep(tip.id, 'notes');
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = tipNoteRequestSchema.safeParse({ body });
    if (!checked.success) return setMissing(true);
    setMissing(false);
    add.mutate(checked.data, {
      onSuccess: () => {
        setBody('');
        notifications.show({ color: 'green', message: t('notes.added') });
      },
    });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="xs">
        <Textarea
          label={t('notes.label')}
          autosize
          minRows={2}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={missing ? t('messages.missing') : undefined}
        />
        {add.error && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(add.error)}
          </Alert>
        )}
        <Button type="submit" variant="default" loading={add.isPending} style={{ alignSelf: 'flex-end' }}>
          {t('notes.add')}
        </Button>
      </Stack>
    </form>
  );
}
