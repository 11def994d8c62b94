import { Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFilePencil, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { usePortalLink } from '../routing/usePortalRoute.ts';

/** Right after the emergency numbers: the way to send a tip, and to follow one already sent. */
export function SubmitCallToAction() {
  const { t } = useTranslation('portal');
  const link = usePortalLink();
  return (
    <Paper
      component="section"
      aria-labelledby="cta-title"
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      bg="policeGreen.0"
      style={{ border: '2px solid var(--mantine-color-policeGreen-7)' }}
    >
      <Stack gap="sm">
        <Title order={2} id="cta-title" fz="h3" c="policeGreen.9">
          {t('cta.title')}
        </Title>
        <Text size="sm">{t('cta.text')}</Text>
        <Button
          component="a"
          {...link('submit')}
          size="lg"
          leftSection={<IconFilePencil size={22} aria-hidden="true" />}
          fullWidth
        >
          {t('cta.submit')}
        </Button>
        <Button
          component="a"
          {...link('track')}
          size="md"
          variant="white"
          leftSection={<IconSearch size={18} aria-hidden="true" />}
          fullWidth
        >
          {t('cta.track')}
        </Button>
        <Anchor href="#rights-title" size="sm" ta="center">
          {t('cta.rights')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
