import { Box, Container, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/ui/LanguageSwitch.tsx';
import { ShieldMark } from '@/ui/ShieldMark.tsx';
import { usePortalLink } from '../routing/usePortalRoute.ts';

export function PortalHeader() {
  const { t } = useTranslation('portal');
  const link = usePortalLink();
  return (
    <Box component="header" className="print-hide" bg="white" style={{ borderBottom: '3px solid #8b1a1a' }}>
      <Container size="md" py="sm">
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Group
            gap="sm"
            wrap="nowrap"
            component="a"
            {...link('home')}
            aria-label={`${t('header.organisation')} — ${t('nav.home')}`}
            style={{ textDecoration: 'none', color: 'inherit' }}
          >
            <ShieldMark size={36} />
            <Stack gap={0}>
              <Text fw={700} size="sm" c="#8b1a1a" tt="uppercase" lh={1.3}>
                {t('header.organisation')}
              </Text>
              <Text size="xs" c="dimmed" lh={1.3}>
                {t('header.portalName')}
              </Text>
            </Stack>
          </Group>
          <LanguageSwitch />
        </Group>
      </Container>
    </Box>
  );
}
