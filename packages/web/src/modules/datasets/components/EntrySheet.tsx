import { isoFromDay, vnToday, type DataEntryDto, type DataValueDto } from '@antt/shared';
import { Alert, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconSend } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/modules/api/client.ts';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { messageInLanguage } from '@/modules/api/message-in-language.ts';
import { dataEntry } from '../api/data-sets.api.ts';
import { formatEnteredNumber, parseEnteredNumber } from '../entered-number.ts';
import { weekdayOf } from '../entry-month.ts';
import {
  cellKey,
  cellOf,
  columnTotals,
  pendingChanges,
  savedByCell,
  type CellChange,
  type CellKey,
} from '../entry-grid.ts';
import { ENTRY_KEY, useApprovalAction, useSaveDataValues } from '../hooks/useDataEntry.ts';
import { refusedCells, type RefusedCell } from '../refused-values.ts';
import { conflictCells, movedCells } from '../value-conflicts.ts';
import { ConflictNotice } from './ConflictNotice.tsx';
import { EntryGrid, type GridElement, type GridRow } from './EntryGrid.tsx';
import { RefusedValuesList } from './RefusedValuesList.tsx';

type EntrySheetProps = { entry: DataEntryDto; elements: GridElement[] };

/** The error codes of the data-value API, compared as text (the shared list may lag behind). */
const isCode = (error: unknown, code: string) => isApiError(error) && (error.code as string) === code;

/**
 * One unit's month of figures being worked on: what was typed and not yet saved, what the server
 * refused and why, and what someone else changed meanwhile. Mounted afresh for each unit and
 * month, so nothing typed for one commune ever goes to another.
 */
export function EntrySheet({ entry, elements }: EntrySheetProps) {
  const { t, i18n } = useTranslation('datasets');
  const language = i18n.language;
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const saveValues = useSaveDataValues();
  const approval = useApprovalAction(entry.dataSet);

  const [drafts, setDrafts] = useState<ReadonlyMap<CellKey, string>>(new Map());
  const [refused, setRefused] = useState<RefusedCell[]>([]);
  const [conflicts, setConflicts] = useState<ReadonlyMap<CellKey, DataValueDto | null> | null>(null);
  const [comments, setComments] = useState<ReadonlyMap<CellKey, string>>(new Map());
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState<unknown>(null);
  const [reloading, setReloading] = useState(false);

  const saved = useMemo(() => savedByCell(entry.values), [entry.values]);
  const today = isoFromDay(vnToday());
  const rows: GridRow[] = useMemo(() => {
    const approvals = new Map(entry.approvals.map((a) => [a.period, a]));
    return entry.periods.map((period) => {
      const approvalOf = approvals.get(period.code);
      const weekday = weekdayOf(period.start);
      const state = approvalOf?.state ?? 'open';
      return {
        period: period.code,
        day: period.label,
        weekday: t(`weekdays.${weekday}`),
        weekend: weekday === 0 || weekday === 6,
        state,
        comment: approvalOf?.comment ?? null,
        locked: state === 'approved',
        future: period.start > today,
      };
    });
  }, [entry.periods, entry.approvals, today, t]);
  const rowOf = useMemo(() => new Map(rows.map((row) => [row.period, row])), [rows]);

  const pending = pendingChanges(drafts, saved, language);
  const changed = new Set(pending.changes.map((c) => c.key));
  const invalid = new Set(pending.invalid);
  const dirty = pending.changes.length > 0 || pending.invalid.length > 0;

  const cellName = (key: CellKey) => {
    const { period, element } = cellOf(key);
    return {
      day: rowOf.get(period)?.day ?? period,
      element: elements.find((e) => e.code === element)?.short ?? element,
    };
  };

  const valueAt = (period: string, element: string) => {
    const key = cellKey(period, element);
    const draft = drafts.get(key);
    if (draft !== undefined) {
      const entered = parseEnteredNumber(draft, language);
      if (entered.kind === 'number') return entered.value;
      if (entered.kind === 'empty') return null;
    }
    return saved.get(key)?.value ?? null;
  };
  const totals = columnTotals(
    rows.map((r) => r.period),
    elements,
    valueAt,
  );

  const onDrafts = (entries: Array<[CellKey, string | null]>) => {
    // A cell given another figure is no longer the one refused; one only rewritten (4800 read
    // back as 4.800 when left) still is, so its reason and comment box stay.
    const meaning = (key: CellKey, text: string | null | undefined) => {
      // No draft, or a draft dropped, means the stored figure.
      if (text === null || text === undefined) return saved.get(key)?.value ?? null;
      const entered = parseEnteredNumber(text, language);
      if (entered.kind === 'invalid') return `not a number: ${text}`;
      return entered.kind === 'number' ? entered.value : null;
    };
    const edited = new Set(
      entries
        .filter(([key, text]) => meaning(key, text) !== meaning(key, drafts.get(key)))
        .map(([key]) => key),
    );
    setDrafts((current) => {
      const next = new Map(current);
      for (const [key, text] of entries) {
        if (text === null) next.delete(key);
        else next.set(key, text);
      }
      return next;
    });
    if (refused.some((r) => edited.has(r.key)))
      setRefused((current) => current.filter((r) => !edited.has(r.key)));
  };

  /** After someone else's change: keep what they saved for the cells in conflict, and carry on. */
  const reload = async () => {
    setReloading(true);
    try {
      await queryClient.invalidateQueries({ queryKey: ENTRY_KEY });
      const conflicted = conflicts ?? new Map();
      setDrafts((current) => new Map([...current].filter(([key]) => !conflicted.has(key))));
      setConflicts(null);
    } finally {
      setReloading(false);
    }
  };

  /** Which of the sent cells moved on: as the answer lists them, or else read fresh from the server. */
  const findConflicts = async (details: unknown, changes: CellChange[]) => {
    const listed = conflictCells(details, changes);
    if (listed) return listed;
    const from = entry.periods[0]!.start;
    const to = entry.periods[entry.periods.length - 1]!.end;
    const fresh = await dataEntry(entry.dataSet, { unit: entry.unit.code, from, to });
    return movedCells(changes, savedByCell(fresh.values));
  };

  const save = async () => {
    if (saveValues.isPending) return;
    setFailure(null);
    if (pending.invalid.length > 0) {
      notifications.show({ color: 'red', message: t('save.invalid', { count: pending.invalid.length }) });
      return;
    }
    const changes = pending.changes;
    if (changes.length === 0) return;
    const sentDrafts = new Map(changes.map((c) => [c.key, drafts.get(c.key)]));
    try {
      const result = await saveValues.mutateAsync({
        values: changes.map((c) => {
          const comment = comments.get(c.key)?.trim();
          return {
            element: c.element,
            unit: entry.unit.code,
            period: c.period,
            value: c.value,
            baseVersion: c.baseVersion,
            ...(comment ? { comment } : {}),
          };
        }),
      });
      // What was typed after the save was sent stays a draft.
      setDrafts((current) => new Map([...current].filter(([key, text]) => sentDrafts.get(key) !== text)));
      setComments((current) => new Map([...current].filter(([key]) => !sentDrafts.has(key))));
      setRefused([]);
      setConflicts(null);
      notifications.show({ color: 'green', message: t('save.saved', { count: result.saved }) });
    } catch (error) {
      const details = isApiError(error) ? error.details : undefined;
      if (isCode(error, 'data_value_refused')) {
        setRefused(refusedCells(details, changes));
      } else if (isCode(error, 'data_value_conflict')) {
        setRefused([]);
        setConflicts(await findConflicts(details, changes).catch(() => new Map()));
      } else if (isCode(error, 'period_locked')) {
        // Approved meanwhile: the days lock on the grid, and the list says which values wait.
        setRefused(refusedCells(details, changes));
        void queryClient.invalidateQueries({ queryKey: ENTRY_KEY });
      } else {
        setFailure(error);
      }
    }
  };

  // Ctrl+S (⌘S on a Mac) saves, as in a spreadsheet, instead of saving the web page.
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Closing the tab with figures not saved asks first.
  useEffect(() => {
    if (!dirty) return;
    const onLeave = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onLeave);
    return () => window.removeEventListener('beforeunload', onLeave);
  }, [dirty]);

  const selectable = (row: GridRow) => !row.future && (row.state === 'open' || row.state === 'returned');
  const hasValues = (period: string) => elements.some((e) => saved.has(cellKey(period, e.code)));
  const toSubmit =
    chosen.size > 0
      ? [...chosen]
      : rows.filter((row) => selectable(row) && hasValues(row.period)).map((row) => row.period);
  const submit = () =>
    approval.mutate(
      { action: 'submit', body: { unit: entry.unit.code, periods: toSubmit } },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('submit.done', { count: toSubmit.length }) });
          setChosen(new Set());
        },
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
      },
    );

  const refusedMessages = new Map(refused.map((r) => [r.key, messageInLanguage(r.message, language)]));
  const conflictMessages = new Map(
    [...(conflicts ?? [])].map(([key, theirs]) => [
      key,
      theirs
        ? t('conflict.cell', { value: formatEnteredNumber(theirs.value, language) })
        : t('conflict.cleared'),
    ]),
  );

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        <Group gap="xs">
          {entry.canEnter && (
            <Button
              leftSection={<IconDeviceFloppy size={18} aria-hidden="true" />}
              disabled={pending.changes.length === 0 && pending.invalid.length === 0}
              loading={saveValues.isPending}
              onClick={() => void save()}
            >
              {pending.changes.length > 0
                ? t('save.buttonCount', { count: pending.changes.length })
                : t('save.button')}
            </Button>
          )}
          {entry.canEnter && (
            <Tooltip label={dirty ? t('submit.saveFirst') : t('submit.hint')} multiline w={260}>
              <Button
                variant="light"
                leftSection={<IconSend size={18} aria-hidden="true" />}
                disabled={dirty || toSubmit.length === 0}
                loading={approval.isPending}
                onClick={submit}
              >
                {toSubmit.length > 0
                  ? t('submit.buttonCount', { count: toSubmit.length })
                  : t('submit.button')}
              </Button>
            </Tooltip>
          )}
          <Text size="sm" c={dirty ? 'yellow.9' : 'dimmed'} aria-live="polite" data-testid="entry-status">
            {dirty ? t('save.changed', { count: changed.size + invalid.size }) : t('save.nothing')}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {entry.canEnter ? t('entry.keyboardHint') : t('entry.readOnly')}
        </Text>
      </Group>
      {refused.length > 0 && (
        <RefusedValuesList
          refused={refused}
          cellName={cellName}
          comments={comments}
          onComment={(key, comment) => setComments((current) => new Map(current).set(key, comment))}
        />
      )}
      {conflicts && (
        <ConflictNotice
          conflicts={conflicts}
          cellName={cellName}
          onReload={() => void reload()}
          reloading={reloading}
        />
      )}
      {failure !== null && (
        <Alert color="red" variant="light" role="alert" title={t('save.failed')}>
          {errorMessage(failure)}
        </Alert>
      )}
      <EntryGrid
        rows={rows}
        elements={elements}
        saved={saved}
        drafts={drafts}
        changed={changed}
        invalid={invalid}
        refused={refusedMessages}
        conflicts={conflictMessages}
        totals={totals}
        editable={entry.canEnter}
        onDrafts={onDrafts}
        selection={
          entry.canEnter
            ? {
                chosen,
                selectable,
                toggle: (period) =>
                  setChosen((current) => {
                    const next = new Set(current);
                    if (!next.delete(period)) next.add(period);
                    return next;
                  }),
              }
            : undefined
        }
      />
    </Stack>
  );
}
