import { Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPhoneCall } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

// The national emergency numbers (free, 24/7): 113 police, 114 fire and rescue, 115 ambulance.
const NUMBERS = ['113', '114', '115'] as const;

/** Shown first: an emergency is a phone call, never a form. */
export function EmergencyNumbers() {
  const { t } = useTranslation('portal');
  return (
    <Paper
      component="section"
      aria-labelledby="emergency-title"
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      bg="red.0"
      style={{ border: '2px solid var(--mantine-color-red-7)' }}
    >
      <Stack gap="sm">
        <Title order={2} id="emergency-title" fz="h3" c="red.9">
          {t('emergency.title')}
        </Title>
        <Text size="sm" c="dark.7">
          {t('emergency.text')}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          {NUMBERS.map((number) => (
            <Button
              key={number}
              component="a"
              href={`tel:${number}`}
              color="red.9"
              size="lg"
              h="auto"
              py="xs"
              leftSection={<IconPhoneCall size={22} aria-hidden="true" />}
              aria-label={`${t('emergency.call', { number })}: ${t(`emergency.numbers.${number}`)}`}
              styles={{
                inner: { justifyContent: 'flex-start' },
                label: { whiteSpace: 'normal', textAlign: 'left' },
              }}
            >
              <Stack gap={0} align="flex-start">
                <Text fw={800} fz={26} lh={1.1}>
                  {number}
                </Text>
                <Text size="xs" fw={500} lh={1.3}>
                  {t(`emergency.numbers.${number}`)}
                </Text>
              </Stack>
            </Button>
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
