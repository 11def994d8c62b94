import type { Role } from '@antt/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { PageMessage } from '@/ui/PageMessage.tsx';
import { canOpen } from '../navigation.ts';

/** Shows a screen only to the roles allowed to open it (the API checks the same roles). */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation('common');
  const user = useCurrentUser();
  if (!canOpen(user.roles, roles)) return <PageMessage title={t('errors.forbidden')} />;
  return <>{children}</>;
}
