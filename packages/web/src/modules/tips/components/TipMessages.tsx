import { tipMessageRequestSchema, type TipDetailDto } from '@antt/shared';
import { Alert, Box, Button, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { useTipStep } from '../hooks/useTips.ts';
import { DetailCard } from './DetailCard.tsx';

/** The conversation with the informant; the informant sees the unit's messages as the unit's. */
export function TipMessages({ tip }: { tip: TipDetailDto }) {
  const { t } = useTranslation('tips');
  const format = useFormat();
  const errorMessage = useErrorMessage();
  const send = useTipStep(tip.id, 'messages');
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState(false);
  const mayWrite = tip.allowedActions.includes('message');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = tipMessageRequestSchema.safeParse({ body });
    if (!checked.success) return setMissing(true);
    setMissing(false);
    send.mutate(checked.data, {
      onSuccess: () => {
        setBody('');
        notifications.show({ color: 'green', message: t('messages.sent') });
      },
    });
  };

  return (
    <DetailCard id="messages" title={t('messages.title')}>
      <Text size="xs" c="dimmed">
        {t('messages.hint')}
      </Text>
      {tip.messages.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('messages.empty')}
        </Text>
      ) : (
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {tip.messages.map((message) => {
            const fromCitizen = message.direction === 'citizen';
            return (
              <Box
                component="li"
                key={message.id}
                p="sm"
                maw="85%"
                ml={fromCitizen ? 0 : 'auto'}
                bg={fromCitizen ? 'yellow.0' : 'policeGreen.0'}
                style={{ borderRadius: 8 }}
                data-testid={fromCitizen ? 'staff-message-from-citizen' : 'staff-message-from-unit'}
              >
                <Text size="xs" fw={700}>
                  {fromCitizen ? t('messages.citizen') : t('messages.unit')} ·{' '}
                  {format.dateTimeShort(message.at)}
                  {message.author && ` · ${t('messages.by', { name: message.author.displayName })}`}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {message.body}
                </Text>
              </Box>
            );
          })}
        </Stack>
      )}
      {mayWrite && (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="xs">
            <Textarea
              label={t('messages.label')}
              autosize
              minRows={2}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              error={missing ? t('messages.missing') : undefined}
            />
            {send.error && (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(send.error)}
              </Alert>
            )}
            <Button
              type="submit"
              loading={send.isPending}
              leftSection={<IconSend size={16} aria-hidden="true" />}
              style={{ alignSelf: 'flex-end' }}
            >
              {t('messages.send')}
            </Button>
          </Stack>
        </form>
      )}
    </DetailCard>
  );
}
