import type { TipAction, TipDetailDto } from '@antt/shared';
import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { AssignDialog } from './actions/AssignDialog.tsx';
import { CancelSuspensionDialog } from './actions/CancelSuspensionDialog.tsx';
import { ClassifyDialog } from './actions/ClassifyDialog.tsx';
import { DecideDialog } from './actions/DecideDialog.tsx';
import { ExtendDialog } from './actions/ExtendDialog.tsx';
import { HandOverDialog } from './actions/HandOverDialog.tsx';
import { NotifyProcuracyDialog } from './actions/NotifyProcuracyDialog.tsx';
import { NotifyResultDialog } from './actions/NotifyResultDialog.tsx';
import { ResumeDialog } from './actions/ResumeDialog.tsx';
import { RouteDialog } from './actions/RouteDialog.tsx';
import { SuspendDialog } from './actions/SuspendDialog.tsx';
import type { StepDialogBaseProps } from './actions/types.ts';

type PanelAction = Exclude<TipAction, 'message' | 'note' | 'reveal_informant'>;

/** The steps, in the order the workflow takes them; the server says which the user may take now. */
const STEPS: {
  action: PanelAction;
  dialog: ComponentType<StepDialogBaseProps>;
  primary?: boolean;
  color?: string;
}[] = [
  { action: 'classify', dialog: ClassifyDialog, primary: true },
  { action: 'assign', dialog: AssignDialog },
  { action: 'hand_over', dialog: HandOverDialog, primary: true },
  { action: 'notify_procuracy', dialog: NotifyProcuracyDialog },
  { action: 'extend', dialog: ExtendDialog },
  { action: 'suspend', dialog: SuspendDialog, color: 'orange' },
  { action: 'resume', dialog: ResumeDialog },
  { action: 'cancel_suspension', dialog: CancelSuspensionDialog },
  { action: 'decide', dialog: DecideDialog, primary: true },
  { action: 'notify_result', dialog: NotifyResultDialog, primary: true },
  { action: 'route', dialog: RouteDialog },
];

/** The actions of the user's role in the tip's state, each through its confirm dialog. */
export function TipActionPanel({ tip }: { tip: TipDetailDto }) {
  const { t } = useTranslation('tips');
  const me = useCurrentUser();
  const [open, setOpen] = useState<PanelAction | null>(null);
  const steps = STEPS.filter((s) => tip.allowedActions.includes(s.action));

  const buttonLabel = (action: PanelAction) => {
    if (action === 'extend' && me.roles.includes('procurator')) return t('actions.extend.procuracyButton');
    if (action === 'assign' && !me.roles.includes('leader') && !me.roles.includes('admin'))
      return t('actions.assign.take');
    return t(`actions.${action}.button`);
  };

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="actions-title">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="actions-title">
          {t('actions.title')}
        </Title>
        {steps.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('actions.none')}
          </Text>
        )}
        {steps.map((step) => (
          <Button
            key={step.action}
            variant={step.primary ? 'filled' : 'default'}
            color={step.color}
            onClick={() => setOpen(step.action)}
            fullWidth
            justify="flex-start"
          >
            {buttonLabel(step.action)}
          </Button>
        ))}
      </Stack>
      {steps.map(({ action, dialog: Dialog }) =>
        open === action ? <Dialog key={action} tip={tip} opened onClose={() => setOpen(null)} /> : null,
      )}
    </Card>
  );
}
