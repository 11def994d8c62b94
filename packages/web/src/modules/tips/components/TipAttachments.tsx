import type { TipDetailDto } from '@antt/shared';
import { formatUploadSize } from '@antt/shared';
import { Anchor, Group, Image, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { attachmentUrl } from '../api/tips.api.ts';
import { DetailCard } from './DetailCard.tsx';

/** The files: photos shown small, everything downloadable (the download is the server's, with the session). */
export function TipAttachments({ tip }: { tip: TipDetailDto }) {
  const { t } = useTranslation('tips');
  const format = useFormat();
  return (
    <DetailCard id="attachments" title={t('detail.attachments')}>
      {tip.attachments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('detail.noAttachments')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {tip.attachments.map((file) => {
            const url = attachmentUrl(tip.id, file.id);
            return (
              <Group key={file.id} gap="sm" wrap="nowrap" align="flex-start">
                {file.contentType.startsWith('image/') && (
                  <Anchor href={url} target="_blank" rel="noopener">
                    <Image src={url} alt={file.fileName} w={96} h={72} fit="cover" radius="sm" />
                  </Anchor>
                )}
                <Stack gap={2} miw={0}>
                  <Text size="sm" fw={500} truncate="end">
                    {file.fileName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {file.contentType} · {formatUploadSize(file.sizeBytes)} ·{' '}
                    {t(file.uploadedBy === 'citizen' ? 'detail.fromCitizen' : 'detail.fromStaff')} ·{' '}
                    {format.dateTimeShort(file.createdAt)}
                  </Text>
                  <Text size="xs" c={file.metadataStripped ? 'green.8' : 'orange.8'}>
                    {t(file.metadataStripped ? 'detail.metadataStripped' : 'detail.metadataKept')}
                  </Text>
                  <Anchor href={url} download={file.fileName} size="sm">
                    <Group gap={4} component="span">
                      <IconDownload size={14} aria-hidden="true" />
                      {t('detail.download')}
                    </Group>
                  </Anchor>
                </Stack>
              </Group>
            );
          })}
        </SimpleGrid>
      )}
    </DetailCard>
  );
}
