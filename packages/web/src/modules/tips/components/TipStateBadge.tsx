import { TIP_TIME_STATE_LABELS, type TipTimeState } from '@antt/shared';
import { Badge } from '@mantine/core';
import { useLabel } from '@/i18n/label.ts';
import { TIME_STATE_COLORS } from '../tip-time-left.ts';

/** Trong hạn / sắp đến hạn / quá hạn / tạm đình chỉ / đã giải quyết. */
export function TipStateBadge({ state, size = 'sm' }: { state: TipTimeState; size?: 'sm' | 'md' | 'lg' }) {
  const label = useLabel();
  return (
    <Badge
      color={TIME_STATE_COLORS[state]}
      variant={state === 'overdue' ? 'filled' : 'light'}
      radius="sm"
      tt="none"
      size={size}
      data-testid="tip-state"
      // Never cut to "Sắp đến h…" in a narrow table column.
      style={{ minWidth: 'max-content' }}
    >
      {label(TIP_TIME_STATE_LABELS[state])}
    </Badge>
  );
}
