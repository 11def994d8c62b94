import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageMessage } from '@/ui/PageMessage.tsx';

export function NotFoundPage() {
  const { t } = useTranslation('shell');
  return (
    <PageMessage title={t('notFound.title')}>
      <Anchor component={Link} to="/">
        {t('notFound.home')}
      </Anchor>
    </PageMessage>
  );
}
