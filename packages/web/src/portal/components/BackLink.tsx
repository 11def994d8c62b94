import { Anchor, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { usePortalLink } from '../routing/usePortalRoute.ts';

export function BackLink() {
  const { t } = useTranslation('portal');
  const link = usePortalLink();
  return (
    <Anchor {...link('home')} size="sm" className="print-hide">
      <Group gap={4} component="span" wrap="nowrap">
        <IconArrowLeft size={16} aria-hidden="true" />
        {t('nav.back')}
      </Group>
    </Anchor>
  );
}
