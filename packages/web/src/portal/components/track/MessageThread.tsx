import type { CitizenTipView } from '@antt/shared/tips/tip-portal.schemas';
import { Box, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';

/** The conversation: the unit speaks as the unit (never an officer's name), the citizen as "you". */
export function MessageThread({ messages }: { messages: CitizenTipView['messages'] }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  if (messages.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('track.noMessages')}
      </Text>
    );
  return (
    <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {messages.map((message, i) => {
        const fromUnit = message.direction === 'unit';
        return (
          <Box
            component="li"
            key={i}
            data-testid={fromUnit ? 'message-from-unit' : 'message-from-citizen'}
            p="sm"
            maw="90%"
            ml={fromUnit ? 0 : 'auto'}
            bg={fromUnit ? 'policeGreen.0' : 'gray.1'}
            style={{
              borderRadius: 10,
              borderLeft: fromUnit ? '4px solid var(--mantine-color-policeGreen-7)' : undefined,
            }}
          >
            <Text size="xs" fw={700} c={fromUnit ? 'policeGreen.9' : 'dark.5'}>
              {fromUnit ? t('track.fromUnit') : t('track.fromYou')} · {format.dateTimeShort(message.at)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {message.body}
            </Text>
          </Box>
        );
      })}
    </Stack>
  );
}
