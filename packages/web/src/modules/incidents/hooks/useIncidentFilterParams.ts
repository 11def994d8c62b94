import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import {
  filtersFromSearch,
  withFilter,
  type IncidentFilterKey,
  type IncidentFilterValues,
} from '../incident-filters.ts';

/**
 * The filters and page kept in the URL query. Changes build on the last query asked for, not
 * on the last one rendered: the router applies a navigation a moment later, and two quick
 * changes (a type, then a date) must not let the second undo the first.
 */
export function useIncidentFilterParams(): {
  filters: IncidentFilterValues;
  page: number;
  setFilter: (key: IncidentFilterKey, value: string | null) => void;
  setPage: (page: number) => void;
  reset: () => void;
} {
  const [params, setParams] = useSearchParams();
  const latest = useRef(params);
  /** Queries asked for and not yet rendered, oldest first. */
  const pending = useRef<string[]>([]);
  useEffect(() => {
    const shown = params.toString();
    const at = pending.current.indexOf(shown);
    // Ours: drop it and the older ones; a later one still on its way stays the latest.
    // Not ours (back button, a link): the URL is the truth again.
    pending.current = at >= 0 ? pending.current.slice(at + 1) : [];
    if (pending.current.length === 0) latest.current = params;
  }, [params]);
  const go = (next: URLSearchParams) => {
    latest.current = next;
    pending.current.push(next.toString());
    setParams(next, { replace: true });
  };
  return {
    filters: filtersFromSearch(params),
    page: Math.max(1, Number(params.get('page')) || 1),
    setFilter: (key, value) => go(withFilter(latest.current, key, value)),
    setPage: (page) => {
      const next = new URLSearchParams(latest.current);
      next.set('page', String(page));
      go(next);
    },
    reset: () => go(new URLSearchParams()),
  };
}
