import type { PortalTipReceipt } from '@antt/shared/tips/tip-portal.schemas';
import { Alert, Container, Stack, Text, Title } from '@mantine/core';
import { IconPhoneCall } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../components/BackLink.tsx';
import { SubmitTipForm } from '../components/tip-form/SubmitTipForm.tsx';
import { TipReceipt } from '../components/TipReceipt.tsx';

/** The submission form, then (once sent) the receipt in its place. */
export function SubmitTipPage() {
  const { t } = useTranslation('portal');
  const [receipt, setReceipt] = useState<PortalTipReceipt | null>(null);

  if (receipt) {
    return (
      <Container size="sm" py={{ base: 'md', sm: 'xl' }}>
        <TipReceipt receipt={receipt} />
      </Container>
    );
  }
  return (
    <Container size="sm" py={{ base: 'md', sm: 'xl' }}>
      <Stack gap="lg">
        <BackLink />
        <Stack gap="xs">
          <Title order={1} fz={{ base: 24, sm: 30 }}>
            {t('submit.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('submit.lead')}
          </Text>
        </Stack>
        <Alert color="red" variant="outline" icon={<IconPhoneCall size={20} />} p="sm">
          <Text size="sm" fw={500}>
            {t('submit.emergency')}
          </Text>
        </Alert>
        <SubmitTipForm
          onSubmitted={(sent) => {
            setReceipt(sent);
            window.scrollTo({ top: 0 });
          }}
        />
      </Stack>
    </Container>
  );
}
