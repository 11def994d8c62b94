import { addDays, isoFromDay, vnToday, type DataApprovalState } from '@antt/shared';
import {
  Alert,
  Card,
  Group,
  Pagination,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormat } from '@/i18n/format.ts';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { DayInput } from '@/ui/forms/DayInput.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { matchesSearch } from '@/ui/search.ts';
import { PageMessage } from '@/ui/PageMessage.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { actionBatches, dayCount, queueDayKey, type LeaderAction } from '../approval-batches.ts';
import { ApprovalActionBar } from '../components/ApprovalActionBar.tsx';
import { ApprovalTable } from '../components/ApprovalTable.tsx';
import { APPROVAL_ACTION_ROLES, hasAnyRole } from '../dataset-roles.ts';
import { useApprovalQueue } from '../hooks/useApprovalQueue.ts';
import { useApprovalAction } from '../hooks/useDataEntry.ts';
import { useDataSets } from '../hooks/useDataSets.ts';
import { DEFAULT_DATA_SET } from '../hooks/useEntryParams.ts';
import { useEntryUnits } from '../hooks/useEntryUnits.ts';

const STATE_FILTERS = ['submitted', 'approved', 'returned', 'all'] as const;
type StateFilter = (typeof STATE_FILTERS)[number];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A province has a hundred communes or so: a month of them is shown a page at a time. */
const PAGE_SIZE = 100;

type Outcome = { color: 'green' | 'red'; text: string };

/** Phê duyệt: the province leader's list of communes' days, approved, returned or un-approved in bulk. */
export function ApprovalsPage() {
  const { t } = useTranslation('datasets');
  const errorMessage = useErrorMessage();
  const format = useFormat();
  const user = useCurrentUser();
  const mayAct = hasAnyRole(user.roles, APPROVAL_ACTION_ROLES);
  const units = useEntryUnits();
  const dataSets = useDataSets();
  const [params, setParams] = useSearchParams();
  const dataSetCode = params.get('set') || DEFAULT_DATA_SET;
  const today = isoFromDay(vnToday());
  const from = ISO_DAY.test(params.get('from') ?? '')
    ? params.get('from')!
    : isoFromDay(addDays(vnToday(), -30));
  const to = ISO_DAY.test(params.get('to') ?? '') ? params.get('to')! : today;
  const stateParam = params.get('state') as StateFilter | null;
  const stateFilter: StateFilter =
    stateParam && STATE_FILTERS.includes(stateParam) ? stateParam : 'submitted';
  const commune = params.get('commune');
  const setParam = (name: string, value: string | null) => {
    setChosen(new Set());
    setPage(1);
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  };

  const root = units.root;
  const aboveCommunes = root !== null && root.level !== 'commune';
  const queue = useApprovalQueue(
    aboveCommunes && from <= to
      ? {
          dataSet: dataSetCode,
          unit: root.code,
          from,
          to,
          state: stateFilter === 'all' ? undefined : (stateFilter as DataApprovalState),
        }
      : null,
  );
  const approval = useApprovalAction(dataSetCode);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState<LeaderAction | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [page, setPage] = useState(1);

  const all = queue.data?.items ?? [];
  const communeOptions = [...new Map(all.map((i) => [i.unit, i.unitName]))]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  const items = all
    .filter((i) => !commune || i.unit === commune)
    .sort((a, b) => b.period.localeCompare(a.period) || a.unitName.localeCompare(b.unitName, 'vi'));
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const shown = items.slice((Math.min(page, pages) - 1) * PAGE_SIZE, Math.min(page, pages) * PAGE_SIZE);
  const elementCount = dataSets.data?.items.find((s) => s.code === dataSetCode)?.elements.length ?? 0;
  const counts: Record<LeaderAction, number> = {
    approve: dayCount(actionBatches(items, chosen, 'approve')),
    return: dayCount(actionBatches(items, chosen, 'return')),
    unapprove: dayCount(actionBatches(items, chosen, 'unapprove')),
  };

  /** One call per commune; a refusal stops there and says how far it got. */
  const act = async (action: LeaderAction, comment?: string) => {
    const batches = actionBatches(items, chosen, action);
    setBusy(action);
    setOutcome(null);
    let done = 0;
    try {
      for (const batch of batches) {
        await approval.mutateAsync({ action, body: { unit: batch.unit, periods: batch.periods, comment } });
        done += batch.periods.length;
      }
      setOutcome({ color: 'green', text: t(`approvals.done.${action}`, { count: done }) });
    } catch (error) {
      setOutcome({
        color: 'red',
        text: done > 0 ? t('approvals.partly', { done, reason: errorMessage(error) }) : errorMessage(error),
      });
    } finally {
      setBusy(null);
      setChosen(new Set());
    }
  };

  if (root && !aboveCommunes) {
    return <PageMessage title={t('approvals.title')}>{t('approvals.notProvince')}</PageMessage>;
  }

  return (
    <>
      <PageHeader title={t('approvals.title')} description={t('approvals.description')} />
      <Stack gap="md">
        <Card withBorder padding="md" radius="md">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Select
                label={t('approvals.unit')}
                placeholder={t('approvals.allCommunes')}
                data={communeOptions}
                value={commune}
                searchable
                clearable
                filter={({ options, search }) =>
                  (options as { value: string; label: string }[]).filter((o) =>
                    matchesSearch(search, o.label, o.value),
                  )
                }
                onChange={(value) => setParam('commune', value)}
              />
              <DayInput
                label={t('approvals.from')}
                value={from}
                max={to}
                onChange={(day) => day && setParam('from', day)}
              />
              <DayInput
                label={t('approvals.to')}
                value={to}
                min={from}
                onChange={(day) => day && setParam('to', day)}
              />
            </SimpleGrid>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="approval-state-label">
                {t('approvals.state')}
              </Text>
              <SegmentedControl
                aria-labelledby="approval-state-label"
                value={stateFilter}
                onChange={(value) => setParam('state', value)}
                data={STATE_FILTERS.map((s) => ({
                  value: s,
                  label:
                    s === 'all'
                      ? t('approvals.stateAll')
                      : s === 'submitted'
                        ? t('approvals.stateSubmitted')
                        : t(`states.${s}`),
                }))}
              />
            </Stack>
          </Stack>
        </Card>
        <Card withBorder padding="md" radius="md">
          <Stack gap="md">
            {outcome && (
              <Alert
                color={outcome.color}
                variant="light"
                role={outcome.color === 'red' ? 'alert' : 'status'}
                icon={
                  outcome.color === 'green' ? <IconCircleCheck size={18} /> : <IconInfoCircle size={18} />
                }
                withCloseButton
                onClose={() => setOutcome(null)}
                data-testid="approval-outcome"
              >
                {outcome.text}
              </Alert>
            )}
            <Group justify="space-between">
              <Text size="sm" c="dimmed" aria-live="polite">
                {queue.data
                  ? t('approvals.count', { count: items.length, shown: format.number(items.length) })
                  : ''}
              </Text>
              {!mayAct && (
                <Text size="xs" c="dimmed">
                  {t('approvals.onlyLeaders')}
                </Text>
              )}
            </Group>
            {mayAct && chosen.size > 0 && (
              <ApprovalActionBar
                counts={counts}
                chosen={chosen.size}
                busy={busy}
                onAct={(a, c) => void act(a, c)}
              />
            )}
            <QueryState
              isPending={units.isPending || queue.isLoading}
              error={units.error ?? queue.error}
              onRetry={() => void queue.refetch()}
            />
            {queue.data && items.length === 0 && <Text c="dimmed">{t('approvals.empty')}</Text>}
            {items.length > 0 && (
              <div aria-busy={queue.isPlaceholderData} style={{ opacity: queue.isPlaceholderData ? 0.5 : 1 }}>
                <ApprovalTable
                  items={shown}
                  dataSet={dataSetCode}
                  elementCount={elementCount}
                  selection={
                    mayAct
                      ? {
                          chosen,
                          toggle: (key) =>
                            setChosen((current) => {
                              const next = new Set(current);
                              if (!next.delete(key)) next.add(key);
                              return next;
                            }),
                          setAll: (every) => setChosen(every ? new Set(shown.map(queueDayKey)) : new Set()),
                        }
                      : undefined
                  }
                />
              </div>
            )}
            {pages > 1 && (
              <Group justify="center">
                <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} />
              </Group>
            )}
          </Stack>
        </Card>
      </Stack>
    </>
  );
}
