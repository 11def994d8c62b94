import type { ReportDto } from '@antt/shared';
import { Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

/** The Decree 30 header data of a report: bodies, number and symbol, place and date, signer, recipients. */
export function ReportHeaderCard({ report }: { report: ReportDto }) {
  const { t } = useTranslation('reports');
  const format = useFormat();
  const { header } = report;
  const signer = [header.signer.authority, header.signer.title, header.signer.name]
    .filter(Boolean)
    .join(' · ');
  return (
    <Card withBorder radius="md" padding="md" data-testid="report-header">
      <Title order={2} fz="h4" mb="sm">
        {t('view.header')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
        <Item label={t('view.issuingBody')}>
          {header.parentBody && <Text size="sm">{header.parentBody.replaceAll('\n', ' ')}</Text>}
          <Text size="sm" fw={600}>
            {header.issuingBody.replaceAll('\n', ' ')}
          </Text>
        </Item>
        <Item label={t('view.numberSymbol')}>
          <Text size="sm">
            {header.number === null
              ? t('view.unnumbered', { symbol: header.symbol })
              : `${header.number}/${header.symbol}`}
          </Text>
        </Item>
        <Item label={t('view.placeDate')}>
          <Text size="sm">
            {header.place}, {format.day(header.date)}
          </Text>
        </Item>
        <Item label={t('list.type')}>
          <Text size="sm">
            {t(`types.${report.type}`)} ·{' '}
            {t('period', { from: format.day(report.from), to: format.day(report.to) })}
          </Text>
        </Item>
        <Item label={t('view.signer')}>
          <Text size="sm">{signer}</Text>
        </Item>
        <Item label={t('view.recipients')}>
          <List size="sm" spacing={0}>
            {header.recipients.map((recipient, i) => (
              <List.Item key={i}>{recipient}</List.Item>
            ))}
          </List>
        </Item>
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt="sm">
        {t('view.createdBy', { by: report.createdBy, at: format.dateTimeShort(report.createdAt) })}
      </Text>
    </Card>
  );
}
