import { vnToday } from '@antt/shared';
import { useSearchParams } from 'react-router';
import { isMonth, monthOfDay } from '../entry-month.ts';

export const DEFAULT_DATA_SET = 'p06_daily';

export type EntryParams = { dataSet: string; unit: string | null; month: string };

/**
 * The set, unit and month of the grid, kept in the address so a reload or a shared link opens
 * the same grid; the Project 06 set and the current month when absent.
 */
export function useEntryParams(): [EntryParams, (change: Partial<EntryParams>) => void] {
  const [params, setParams] = useSearchParams();
  const month = params.get('month');
  const current: EntryParams = {
    dataSet: params.get('set') || DEFAULT_DATA_SET,
    unit: params.get('unit') || null,
    month: isMonth(month) ? month : monthOfDay(vnToday()),
  };
  const change = (next: Partial<EntryParams>) =>
    setParams(
      (previous) => {
        const out = new URLSearchParams(previous);
        const put = (name: string, value: string | null | undefined) => {
          if (value === undefined) return;
          if (value) out.set(name, value);
          else out.delete(name);
        };
        put('set', next.dataSet);
        put('unit', next.unit);
        put('month', next.month);
        return out;
      },
      { replace: true },
    );
  return [current, change];
}
