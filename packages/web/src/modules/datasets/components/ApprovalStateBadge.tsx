import type { DataApprovalState } from '@antt/shared';
import { Badge } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<DataApprovalState, string> = {
  open: 'gray',
  submitted: 'blue',
  approved: 'green',
  returned: 'red',
};

/** Where a day's figures stand: open, sent for approval, approved (locked), or returned. */
export function ApprovalStateBadge({ state }: { state: DataApprovalState }) {
  const { t } = useTranslation('datasets');
  return (
    <Badge
      color={COLOURS[state]}
      variant={state === 'open' ? 'outline' : 'light'}
      radius="sm"
      size="sm"
      leftSection={state === 'approved' ? <IconLock size={12} aria-hidden="true" /> : undefined}
      style={{ textTransform: 'none' }}
    >
      {t(`states.${state}`)}
    </Badge>
  );
}
