import { Button, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowBackUp, IconCircleCheck, IconLockOpen } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeaderAction } from '../approval-batches.ts';

type ApprovalActionBarProps = {
  /** How many chosen days each action applies to. */
  counts: Record<LeaderAction, number>;
  chosen: number;
  busy: LeaderAction | null;
  onAct: (action: LeaderAction, comment?: string) => void;
};

/** Approve, return (with a reason) or un-approve the chosen days. */
export function ApprovalActionBar({ counts, chosen, busy, onAct }: ApprovalActionBarProps) {
  const { t } = useTranslation(['datasets', 'common']);
  const [asking, setAsking] = useState<'return' | 'unapprove' | null>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);

  const ask = (action: 'return' | 'unapprove') => {
    setComment('');
    setMissing(false);
    setAsking(action);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!asking) return;
    // A returned day must say why: the commune reads the reason next to it.
    if (asking === 'return' && comment.trim() === '') {
      setMissing(true);
      return;
    }
    onAct(asking, comment.trim() || undefined);
    setAsking(null);
  };
  const label = (action: LeaderAction) =>
    counts[action] > 0 ? `${t(`approvals.${action}`)} (${counts[action]})` : t(`approvals.${action}`);

  return (
    <>
      <Paper
        withBorder
        radius="sm"
        p="xs"
        bg="blue.0"
        role="region"
        aria-label={t('approvals.selected', { count: chosen })}
      >
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600} aria-live="polite">
            {t('approvals.selected', { count: chosen })}
          </Text>
          <Group gap="xs">
            <Button
              size="xs"
              color="green"
              leftSection={<IconCircleCheck size={14} aria-hidden="true" />}
              disabled={counts.approve === 0}
              loading={busy === 'approve'}
              onClick={() => onAct('approve')}
            >
              {label('approve')}
            </Button>
            <Button
              size="xs"
              color="red"
              variant="light"
              leftSection={<IconArrowBackUp size={14} aria-hidden="true" />}
              disabled={counts.return === 0}
              loading={busy === 'return'}
              onClick={() => ask('return')}
            >
              {label('return')}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconLockOpen size={14} aria-hidden="true" />}
              disabled={counts.unapprove === 0}
              loading={busy === 'unapprove'}
              onClick={() => ask('unapprove')}
            >
              {label('unapprove')}
            </Button>
          </Group>
        </Group>
      </Paper>
      <Modal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={asking ? t(`approvals.${asking}Title`, { count: counts[asking] }) : ''}
        centered
      >
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <Textarea
              label={asking === 'return' ? t('approvals.returnComment') : t('approvals.unapproveComment')}
              description={asking === 'return' ? t('approvals.returnCommentHint') : undefined}
              required={asking === 'return'}
              autosize
              minRows={3}
              maxLength={1000}
              value={comment}
              error={missing ? t('approvals.commentRequired') : undefined}
              onChange={(e) => {
                setComment(e.currentTarget.value);
                setMissing(false);
              }}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(null)}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" color={asking === 'return' ? 'red' : undefined}>
                {asking ? t(`approvals.${asking}`) : t('approvals.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
