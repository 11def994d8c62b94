import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { canOpen } from '@/staff/navigation.ts';
import { useFormat } from '@/i18n/format.ts';
import { QueryState } from '@/ui/QueryState.tsx';
import { DeleteTargetButton } from '../components/DeleteTargetButton.tsx';
import { ElapsedBar } from '../components/ElapsedBar.tsx';
import { TargetNumbers } from '../components/TargetNumbers.tsx';
import { TargetStatusBadge } from '../components/TargetStatusBadge.tsx';
import { TermLine } from '../components/TermLine.tsx';
import { useTarget } from '../hooks/useTargets.ts';
import { useTargetText } from '../hooks/useTargetText.ts';
import { TARGET_MANAGER_ROLES } from '../target-status.ts';

/** One target: its status and reason, and the numbers behind them in plain words. */
export function TargetDetailPage() {
  const { t, i18n } = useTranslation('targets');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const format = useFormat();
  const target = useTarget(id);
  const text = useTargetText();
  const mayManage = canOpen(user.roles, TARGET_MANAGER_ROLES);
  const data = target.data;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/targets" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden="true" />
          {t('title')}
        </Group>
      </Anchor>
      <QueryState isPending={target.isPending} error={target.error} onRetry={() => void target.refetch()} />
      {data && (
        <>
          <Group justify="space-between" align="flex-start" gap="sm">
            <Stack gap={6} style={{ minWidth: 0, flex: 1 }}>
              <Title order={1} fz={{ base: 'h3', sm: 'h2' }}>
                {text.indicatorName(data)}
              </Title>
              {data.name && (
                <Text size="sm" fw={600}>
                  {data.name}
                </Text>
              )}
              <TermLine target={data} />
            </Stack>
            {mayManage && (
              <Group gap="xs">
                <Button
                  component={Link}
                  to={`/targets/${encodeURIComponent(id)}/edit`}
                  variant="default"
                  leftSection={<IconPencil size={18} aria-hidden="true" />}
                >
                  {t('detail.edit')}
                </Button>
                <DeleteTargetButton
                  id={id}
                  name={text.indicatorName(data)}
                  onDeleted={() => void navigate('/targets')}
                />
              </Group>
            )}
          </Group>
          <Card withBorder radius="md" padding="md">
            <Stack gap="sm">
              <Group gap="sm" align="center">
                <TargetStatusBadge status={data.progress.status} size="lg" />
                <Text size="sm" c="dimmed">
                  {t('detail.asOf', { date: format.day(data.progress.asOf) })}
                </Text>
              </Group>
              <Text data-testid="target-reason">
                {i18n.language === 'en' ? data.progress.reasonEn : data.progress.reasonVi}
              </Text>
              <ElapsedBar progress={data.progress} termDays={data.term.days} />
            </Stack>
          </Card>
          <Card withBorder radius="md" padding="md">
            <Stack gap="sm">
              <Title order={2} fz="lg">
                {t('detail.numbersTitle')}
              </Title>
              <TargetNumbers target={data} />
            </Stack>
          </Card>
          {data.source && (
            <Text size="sm" c="dimmed">
              {t('detail.source', { source: data.source })}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('detail.changed', { by: data.updatedBy, at: format.dateTimeShort(data.updatedAt) })}
          </Text>
        </>
      )}
    </Stack>
  );
}
