import type { DataAggregation, DataApprovalState, DataValueDto } from '@antt/shared';
import { Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEnteredNumber, parseEnteredNumber } from '../entered-number.ts';
import {
  cellKey,
  moveFocus,
  parseClipboardBlock,
  pasteTargets,
  type CellKey,
  type ColumnTotal,
  type GridMove,
} from '../entry-grid.ts';
import { ApprovalStateBadge } from './ApprovalStateBadge.tsx';
import classes from './EntryGrid.module.css';

export type GridElement = { code: string; short: string; name: string; aggregation: DataAggregation };

export type GridRow = {
  period: string;
  /** dd/MM/yyyy */
  day: string;
  weekday: string;
  weekend: boolean;
  state: DataApprovalState;
  comment: string | null;
  /** Approved: read only until a leader un-approves it. */
  locked: boolean;
  /** After today: nothing to report yet. */
  future: boolean;
};

type EntryGridProps = {
  rows: GridRow[];
  elements: GridElement[];
  saved: ReadonlyMap<CellKey, DataValueDto>;
  drafts: ReadonlyMap<CellKey, string>;
  /** Cells whose draft differs from the stored value. */
  changed: ReadonlySet<CellKey>;
  invalid: ReadonlySet<CellKey>;
  /** Why the server refused a cell, or what another user saved meanwhile. */
  refused: ReadonlyMap<CellKey, string>;
  conflicts: ReadonlyMap<CellKey, string>;
  totals: ColumnTotal[];
  /** May the user type at all (the server's canEnter)? */
  editable: boolean;
  /** Sets drafts; null drops a cell's draft (back to the stored value). */
  onDrafts: (entries: Array<[CellKey, string | null]>) => void;
  /** The days chosen to be sent for approval, when the user may send them. */
  selection?: {
    chosen: ReadonlySet<string>;
    selectable: (row: GridRow) => boolean;
    toggle: (period: string) => void;
  };
};

const KEY_MOVES: Record<string, GridMove> = { ArrowUp: 'up', ArrowDown: 'down' };

/**
 * Days down, elements across, every cell an input: the arrows, Enter and Tab move, Escape puts
 * back the stored value, and a block copied from a spreadsheet lands from the focused cell.
 */
export function EntryGrid(props: EntryGridProps) {
  const { rows, elements, saved, drafts, changed, invalid, refused, conflicts, totals, editable } = props;
  const { t, i18n } = useTranslation('datasets');
  const language = i18n.language;
  const table = useRef<HTMLTableElement>(null);
  const rowEditable = (row: number) => editable && !rows[row]!.locked && !rows[row]!.future;

  const focusCell = (row: number, col: number) => {
    const input = table.current?.querySelector<HTMLInputElement>(
      `input[data-row="${row}"][data-col="${col}"]`,
    );
    input?.focus();
  };

  const shown = (key: CellKey) => {
    const draft = drafts.get(key);
    if (draft !== undefined) return draft;
    const stored = saved.get(key);
    return stored ? formatEnteredNumber(stored.value, language) : '';
  };

  /** A number typed plainly (1234) reads back as the language writes it (1.234) once left. */
  const settle = (key: CellKey) => {
    const draft = drafts.get(key);
    if (draft === undefined) return;
    const entered = parseEnteredNumber(draft, language);
    const stored = saved.get(key)?.value ?? null;
    if (entered.kind === 'empty') props.onDrafts([[key, stored === null ? null : '']]);
    else if (entered.kind === 'number')
      props.onDrafts([[key, entered.value === stored ? null : formatEnteredNumber(entered.value, language)]]);
  };

  /** A pasted number reads as the language writes it (1.234); anything else stays as pasted, to be corrected. */
  const readable = (text: string) => {
    const entered = parseEnteredNumber(text, language);
    return entered.kind === 'number' ? formatEnteredNumber(entered.value, language) : text;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, row: number, col: number, key: CellKey) => {
    const input = event.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    const allSelected = input.selectionStart === 0 && input.selectionEnd === input.value.length;
    let move: GridMove | undefined = KEY_MOVES[event.key];
    if (event.key === 'Enter') move = event.shiftKey ? 'up' : 'down';
    // Left and right move between cells unless the caret is inside a number being edited.
    if (event.key === 'ArrowLeft' && (atStart || allSelected)) move = 'left';
    if (event.key === 'ArrowRight' && (atEnd || allSelected)) move = 'right';
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onDrafts([[key, null]]);
      requestAnimationFrame(() => input.select());
      return;
    }
    if (!move) return;
    event.preventDefault();
    const next = moveFocus({ row, col }, move, rows.length, elements.length);
    focusCell(next.row, next.col);
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>, row: number, col: number) => {
    const text = event.clipboardData.getData('text/plain');
    // One plain value is typed into the cell as usual; a block from a spreadsheet spreads out.
    if (!/[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''))) {
      if (/[\r\n]$/.test(text)) {
        event.preventDefault();
        props.onDrafts([[cellKey(rows[row]!.period, elements[col]!.code), text.trim()]]);
      }
      return;
    }
    event.preventDefault();
    const targets = pasteTargets(
      parseClipboardBlock(text),
      { row, col },
      rows.length,
      elements.length,
      rowEditable,
    );
    props.onDrafts(
      targets.map((target) => [
        cellKey(rows[target.row]!.period, elements[target.col]!.code),
        readable(target.text),
      ]),
    );
  };

  const cellClass = (key: CellKey) =>
    [
      classes.cell,
      invalid.has(key) || refused.has(key)
        ? classes.refused
        : conflicts.has(key)
          ? classes.conflict
          : changed.has(key)
            ? classes.changed
            : '',
    ].join(' ');

  const selection = props.selection;
  return (
    // Wide enough for the day, the state and every element at 5 digits; a phone scrolls sideways.
    <Table.ScrollContainer minWidth={290 + elements.length * 78}>
      <Table ref={table} withTableBorder withColumnBorders verticalSpacing={2} horizontalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th className={classes.stickyDay} miw={140}>
              {t('grid.day')}
            </Table.Th>
            <Table.Th miw={120}>{t('grid.state')}</Table.Th>
            {elements.map((element) => (
              <Table.Th key={element.code} className={classes.headCell} title={element.name} scope="col">
                {element.short}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, r) => (
            <Table.Tr
              key={row.period}
              className={row.locked ? classes.lockedRow : row.future ? classes.futureRow : undefined}
              data-period={row.period}
            >
              <Table.Td className={classes.stickyDay}>
                <Group gap={6} wrap="nowrap">
                  {selection &&
                    (selection.selectable(row) ? (
                      <Checkbox
                        size="xs"
                        aria-label={t('grid.chooseDay', { day: row.day })}
                        checked={selection.chosen.has(row.period)}
                        onChange={() => selection.toggle(row.period)}
                      />
                    ) : (
                      <span style={{ width: 16, display: 'inline-block' }} />
                    ))}
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {row.day}{' '}
                    <Text span size="xs" className={row.weekend ? classes.weekend : undefined} c="dimmed">
                      {row.weekday}
                    </Text>
                  </Text>
                  {row.locked && (
                    <IconLock size={14} aria-label={t('grid.locked')} color="var(--mantine-color-green-8)" />
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                {!row.future && (
                  <Stack gap={0}>
                    <span>
                      <ApprovalStateBadge state={row.state} />
                    </span>
                    {row.state === 'returned' && row.comment && (
                      <Text size="xs" c="red.8" lineClamp={2} title={row.comment}>
                        {row.comment}
                      </Text>
                    )}
                  </Stack>
                )}
              </Table.Td>
              {elements.map((element, c) => {
                const key = cellKey(row.period, element.code);
                const problem =
                  refused.get(key) ?? conflicts.get(key) ?? (invalid.has(key) ? t('grid.notANumber') : null);
                const comment = saved.get(key)?.comment;
                return (
                  <Table.Td key={element.code} p={0}>
                    <input
                      className={cellClass(key)}
                      data-row={r}
                      data-col={c}
                      inputMode="decimal"
                      autoComplete="off"
                      readOnly={!rowEditable(r)}
                      aria-label={t('grid.cellLabel', { element: element.short, day: row.day })}
                      aria-invalid={problem ? true : undefined}
                      title={[element.name, problem, comment].filter(Boolean).join(' — ')}
                      value={shown(key)}
                      onFocus={(e) => e.currentTarget.select()}
                      onBlur={() => settle(key)}
                      onChange={(e) => props.onDrafts([[key, e.currentTarget.value]])}
                      onKeyDown={(e) => onKeyDown(e, r, c, key)}
                      onPaste={(e) => (rowEditable(r) ? onPaste(e, r, c) : e.preventDefault())}
                    />
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr className={classes.totals}>
            <Table.Td className={classes.stickyDay} colSpan={2}>
              {t('grid.totals')}
            </Table.Td>
            {totals.map((total) => (
              <Table.Td key={total.element} ta="right" data-testid={`total-${total.element}`}>
                {total.value === null ? '—' : formatEnteredNumber(total.value, language)}
                {total.aggregation === 'last' && total.asOf && (
                  <Text size="xs" c="dimmed" fw={400}>
                    {t('grid.latestOn', { day: `${total.asOf.slice(8, 10)}/${total.asOf.slice(5, 7)}` })}
                  </Text>
                )}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
