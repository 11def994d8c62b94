import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { downloadExport, type DashboardScope } from '../api/indicators.api.ts';

type ExportButtonProps = { codes: readonly string[]; scope: DashboardScope | null };

/** "Xuất Excel": the figures of the view (its indicators, period, unit and units under it) as XLSX. */
export function ExportButton({ codes, scope }: ExportButtonProps) {
  const { t, i18n } = useTranslation('dashboard');
  const errorMessage = useErrorMessage();
  const download = useMutation({
    mutationFn: () => downloadExport({ ...scope!, codes, language: i18n.language }),
    onError: (error) =>
      notifications.show({ color: 'red', title: t('export.failed'), message: errorMessage(error) }),
  });
  return (
    <Button
      leftSection={<IconFileSpreadsheet size={18} aria-hidden="true" />}
      onClick={() => download.mutate()}
      loading={download.isPending}
      disabled={!scope}
      variant="filled"
    >
      {t('export.button')}
    </Button>
  );
}
