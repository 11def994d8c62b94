import { PUBLIC_TIP_STATUS_LABELS, type PortalTipReceipt } from '@antt/shared/tips/tip-portal.schemas';
import { formatTipSecret, formatTrackingCode } from '@antt/shared/tips/tracking-code';
import { formatUploadSize } from '@antt/shared/uploads/upload-limits';
import { Alert, Box, Button, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCopy, IconPrinter, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { useLabel } from '@/i18n/label.ts';
import { usePortalLink } from '../routing/usePortalRoute.ts';
import { PORTAL_ROUTES } from '../routing/portal-routes.ts';

/** The code as the citizen reads it: in groups, whether the server grouped it or not. */
function grouped(text: string, format: (raw: string) => string): string {
  return text.includes('-') ? text : format(text);
}

function CodeBox({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} tt="uppercase" c="dark.6">
        {label}
      </Text>
      <Box
        className="receipt-code"
        p="sm"
        bg="gray.0"
        style={{ border: '2px dashed var(--mantine-color-gray-5)', borderRadius: 8 }}
      >
        <Text
          data-testid={testId}
          ff="monospace"
          fw={700}
          fz={{ base: 22, sm: 28 }}
          lh={1.4}
          style={{ letterSpacing: '0.06em', wordBreak: 'break-all' }}
        >
          {value}
        </Text>
      </Box>
    </Stack>
  );
}

/** Shown once after sending: the tracking code and the secret, to print or copy. */
export function TipReceipt({ receipt }: { receipt: PortalTipReceipt }) {
  const { t } = useTranslation('portal');
  const link = usePortalLink();
  const label = useLabel();
  const format = useFormat();
  const [copied, setCopied] = useState(false);
  const code = grouped(receipt.trackingCode, formatTrackingCode);
  const secret = grouped(receipt.secret, formatTipSecret);
  const canCopy = typeof navigator !== 'undefined' && Boolean(navigator.clipboard);

  const copy = async () => {
    await navigator.clipboard.writeText(
      `${t('receipt.trackingCode')}: ${code}\n${t('receipt.secret')}: ${secret}`,
    );
    setCopied(true);
  };

  return (
    <Stack gap="lg">
      <Text className="print-only" fw={700}>
        {t('receipt.printTitle')}
      </Text>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon color="green.8" size={40} radius="xl" className="print-hide" aria-hidden="true">
          <IconCircleCheck size={26} />
        </ThemeIcon>
        <Stack gap={4}>
          <Title order={1} fz={{ base: 24, sm: 30 }}>
            {t('receipt.title')}
          </Title>
          <Text>{t('receipt.lead', { time: format.dateTimeShort(receipt.receivedAt) })}</Text>
        </Stack>
      </Group>

      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Stack gap="md">
          <CodeBox label={t('receipt.trackingCode')} value={code} testId="tracking-code" />
          <CodeBox label={t('receipt.secret')} value={secret} testId="tip-secret" />
          <Text className="print-only" size="sm">
            {t('receipt.trackAt', { url: `${window.location.origin}${PORTAL_ROUTES.track}` })}
          </Text>
          <Group gap="sm" className="print-hide" grow preventGrowOverflow={false} wrap="wrap">
            <Button
              size="md"
              leftSection={<IconPrinter size={20} aria-hidden="true" />}
              onClick={() => window.print()}
            >
              {t('receipt.print')}
            </Button>
            {canCopy && (
              <Button
                size="md"
                variant="default"
                leftSection={<IconCopy size={20} aria-hidden="true" />}
                onClick={() => void copy()}
              >
                {copied ? t('receipt.copied') : t('receipt.copy')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>

      <Alert
        color="red"
        variant="light"
        role="alert"
        icon={<IconAlertTriangle size={22} />}
        title={t('receipt.warningTitle')}
        styles={{ title: { fontSize: 'var(--mantine-font-size-md)' } }}
      >
        {t('receipt.warning')}
      </Alert>

      <Stack gap={4}>
        <Text size="sm">
          <Text span fw={600}>
            {t('receipt.status')}:
          </Text>{' '}
          {label(PUBLIC_TIP_STATUS_LABELS[receipt.status.code])}
        </Text>
        {receipt.attachments.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {t('receipt.attachments')}: {receipt.attachments.length}
            </Text>
            <List size="sm" spacing={2}>
              {receipt.attachments.map((a, i) => (
                <List.Item key={i}>
                  {a.contentType}, {formatUploadSize(a.sizeBytes)} —{' '}
                  {a.metadataStripped ? t('receipt.stripped') : t('receipt.kept')}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>

      <Text size="sm">{t('receipt.next')}</Text>
      <Button
        component="a"
        {...link('track')}
        variant="light"
        size="md"
        leftSection={<IconSearch size={18} aria-hidden="true" />}
        className="print-hide"
        w={{ base: '100%', xs: 'auto' }}
      >
        {t('receipt.track')}
      </Button>
    </Stack>
  );
}
