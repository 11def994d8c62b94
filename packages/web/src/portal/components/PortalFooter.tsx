import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PortalFooter() {
  const { t } = useTranslation('portal');
  return (
    <Box
      component="footer"
      className="print-hide"
      bg="white"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Container size="md" py="md">
        <Group justify="space-between" gap="xs">
          <Text size="sm" c="dimmed">
            © {t('footer.owner')}
          </Text>
          {/* The staff app is another bundle: a plain link, not client-side routing. */}
          <Anchor href="/" size="sm">
            {t('footer.staff')}
          </Anchor>
        </Group>
      </Container>
    </Box>
  );
}
