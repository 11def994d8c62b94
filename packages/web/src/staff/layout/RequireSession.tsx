import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { useSession } from '@/modules/auth/hooks/useSession.ts';

/** Renders the signed-in part of the app, or sends the visitor to the sign-in page. */
export function RequireSession() {
  const { t } = useTranslation('common');
  const errorMessage = useErrorMessage();
  const session = useSession();
  const location = useLocation();

  if (session.isPending) {
    return (
      <Center mih="100dvh">
        <Loader aria-label={t('states.loading')} />
      </Center>
    );
  }
  if (session.isError) {
    return (
      <Center mih="100dvh" p="md">
        <Stack maw={420}>
          <Alert color="red" role="alert" title={t('states.serverUnreachable')}>
            {errorMessage(session.error)}
          </Alert>
          <Button onClick={() => void session.refetch()}>{t('actions.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  if (!session.data.user) {
    const next =
      location.pathname === '/' ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`;
    return <Navigate to={`/sign-in${next}`} replace />;
  }
  return <Outlet />;
}
