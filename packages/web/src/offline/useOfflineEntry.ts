import { isoFromDay, vnToday } from '@antt/shared/time/vn-day';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  blankForm,
  entryFormOf,
  OFFLINE_DATA_SET,
  setElements,
  withConfirmed,
  type EntryForm,
} from './entry-form.ts';
import {
  fetchDataElements,
  fetchDataSets,
  fetchEntry,
  fetchPoliceUnits,
  fetchSession,
  postSync,
  ServerRefused,
  ServerUnreachable,
} from './offline-api.ts';
import { openOfflineStore, type OfflineStore, type SignedInOfficer } from './offline-store.ts';
import {
  applySyncResults,
  changesToSend,
  discardChange,
  keepMine,
  keepTheirs,
  newOpId,
  pendingFor,
  recordEdit,
  resendWithComment,
  type ConfirmedValue,
  type PendingChange,
} from './pending-queue.ts';

// The offline page's state and its rules of engagement with the network: everything the officer
// enters goes to IndexedDB first; the network is tried on load, when the browser says it is back
// online, every 15 seconds and on the officer's "sync now". A failure to reach the server only
// flips the status to offline: the page goes on working from the phone's copy.

const RETRY_MS = 15_000;
/** After the officer stops typing, send soon: online, a figure reaches the server within seconds. */
const AFTER_EDIT_MS = 2_000;

export type Connection = 'checking' | 'online' | 'offline';
export type Phase = 'starting' | 'ready' | 'signed-out' | 'first-visit-offline' | 'no-unit';
/** A failure that is not just "no network": the server refused, or the phone's storage failed. */
export type Problem = { kind: 'load' | 'sync'; message: string };

export type OfflineEntry = {
  phase: Phase;
  connection: Connection;
  officer: SignedInOfficer | null;
  day: string;
  form: EntryForm | null;
  queue: PendingChange[];
  /** True once the queue on screen is the queue in IndexedDB (a reload now keeps it). */
  queueSaved: boolean;
  lastSyncAt: string | null;
  syncing: boolean;
  problem: Problem | null;
  setDay: (day: string) => void;
  enter: (element: string, value: number | null) => void;
  syncNow: () => void;
  keepTheirs: (opId: string) => void;
  keepMine: (opId: string) => void;
  resendWithComment: (opId: string, comment: string) => void;
  discard: (opId: string) => void;
};

function failureText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useOfflineEntry(): OfflineEntry {
  const [phase, setPhase] = useState<Phase>('starting');
  const [connection, setConnection] = useState<Connection>('checking');
  const [officer, setOfficer] = useState<SignedInOfficer | null>(null);
  const [day, setDayState] = useState(() => isoFromDay(vnToday()));
  const [form, setForm] = useState<EntryForm | null>(null);
  const [queue, setQueueState] = useState<PendingChange[]>([]);
  const [queueSaved, setQueueSaved] = useState(true);
  const [lastSyncAt, setLastSyncAt] = useState<string | null>(null);
  const [syncing, setSyncing] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  // The latest values for the async work below, which outlives renders.
  const storeRef = useRef<OfflineStore | null>(null);
  const queueRef = useRef<PendingChange[]>([]);
  const formRef = useRef<EntryForm | null>(null);
  const officerRef = useRef<SignedInOfficer | null>(null);
  const dayRef = useRef(day);
  const syncingRef = useRef(false);
  const saving = useRef<Promise<void>>(Promise.resolve());
  const afterEdit = useRef<number | undefined>(undefined);

  const showForm = useCallback((next: EntryForm | null) => {
    formRef.current = next;
    setForm(next);
  }, []);

  /** Every change of the queue is written to IndexedDB in order, before anything is sent. */
  const setQueue = useCallback((next: PendingChange[]) => {
    queueRef.current = next;
    setQueueState(next);
    setQueueSaved(false);
    const store = storeRef.current;
    if (!store) return;
    saving.current = saving.current
      .then(() => store.saveQueue(next))
      .then(() => {
        if (queueRef.current === next) setQueueSaved(true);
      })
      .catch((error: unknown) => setProblem({ kind: 'sync', message: failureText(error) }));
  }, []);

  /** Writes confirmed values into the form on screen and into every cached form they belong to. */
  const confirm = useCallback(
    async (confirmed: readonly ConfirmedValue[]) => {
      const store = storeRef.current;
      if (!store || confirmed.length === 0) return;
      const current = formRef.current;
      if (current) showForm(withConfirmed(current, confirmed));
      // Other days' copies too: a queue may hold changes of days no longer on screen.
      const days = new Set(confirmed.map((c) => `${c.unit}|${c.period}`));
      for (const day of days) {
        const [unit, period] = day.split('|') as [string, string];
        const cached = await store.form(unit, period);
        if (cached) await store.saveForm(withConfirmed(cached, confirmed));
      }
    },
    [showForm],
  );

  const loadForm = useCallback(
    async (forDay: string, who: SignedInOfficer, { quiet = false } = {}) => {
      const store = storeRef.current!;
      if (!quiet) setProblem(null);
      try {
        const [sets, elements, entry] = await Promise.all([
          fetchDataSets(),
          fetchDataElements(),
          fetchEntry(OFFLINE_DATA_SET, who.unit.code, forDay),
        ]);
        const set = sets.find((s) => s.code === OFFLINE_DATA_SET);
        const formElements = setElements(set?.elements ?? [], elements);
        const loaded = entryFormOf(entry, formElements, forDay, new Date().toISOString());
        await store.saveForm(loaded);
        await store.saveMeta('elements', formElements);
        setConnection('online');
        if (dayRef.current === forDay) showForm(loaded);
      } catch (error) {
        if (error instanceof ServerUnreachable) {
          setConnection('offline');
          const cached = await store.form(who.unit.code, forDay);
          const elements = await store.meta('elements');
          if (dayRef.current === forDay) {
            showForm(cached ?? (elements?.length ? blankForm(who.unit, forDay, elements) : null));
          }
        } else if (error instanceof ServerRefused && error.status === 401) {
          setPhase('signed-out');
        } else {
          setProblem({ kind: 'load', message: failureText(error) });
        }
      }
    },
    [showForm],
  );

  const sync = useCallback(async () => {
    const who = officerRef.current;
    if (!who || syncingRef.current) return;
    const sent = changesToSend(queueRef.current, who.username);
    syncingRef.current = true;
    setSyncing(true);
    try {
      if (sent.length === 0) {
        // Nothing to send: only find out whether the server is back, and refresh the day if so.
        const session = await fetchSession();
        setConnection('online');
        if (!session.user) {
          setPhase('signed-out');
          return;
        }
        if (!formRef.current?.loadedAt) await loadForm(dayRef.current, who, { quiet: true });
        return;
      }
      // The queue is on the phone before it leaves it: a crash mid-request loses nothing.
      await saving.current;
      const answer = await postSync({ changes: sent });
      const { queue: next, confirmed } = applySyncResults(queueRef.current, sent, answer.results);
      setQueue(next);
      await confirm(confirmed);
      const at = new Date().toISOString();
      setLastSyncAt(at);
      await storeRef.current?.saveMeta('lastSyncAt', at);
      setConnection('online');
      setProblem(null);
      await loadForm(dayRef.current, who, { quiet: true });
    } catch (error) {
      if (error instanceof ServerUnreachable) setConnection('offline');
      else if (error instanceof ServerRefused && error.status === 401) setPhase('signed-out');
      else setProblem({ kind: 'sync', message: failureText(error) });
    } finally {
      syncingRef.current = false;
      setSyncing(false);
    }
  }, [confirm, loadForm, setQueue]);

  // Start: the phone's copy first, then the server.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const store = await openOfflineStore();
      storeRef.current = store;
      const [storedQueue, storedOfficer, storedLastSync] = await Promise.all([
        store.queue(),
        store.meta('officer'),
        store.meta('lastSyncAt'),
      ]);
      if (cancelled) return;
      queueRef.current = storedQueue;
      setQueueState(storedQueue);
      setLastSyncAt(storedLastSync ?? null);

      let who: SignedInOfficer | null = storedOfficer ?? null;
      try {
        const session = await fetchSession();
        setConnection('online');
        if (!session.user) {
          setPhase('signed-out');
          return;
        }
        const own = (await fetchPoliceUnits()).find((unit) => unit.id === session.user!.unit.id);
        if (!own) {
          setPhase('no-unit');
          return;
        }
        who = {
          username: session.user.username,
          displayName: session.user.displayName,
          unit: { code: own.adminUnit.code, name: own.adminUnit.name },
        };
        await store.saveMeta('officer', who);
      } catch (error) {
        if (!(error instanceof ServerUnreachable)) {
          setProblem({ kind: 'load', message: failureText(error) });
          return;
        }
        setConnection('offline');
        if (!who) {
          setPhase('first-visit-offline');
          return;
        }
      }
      if (cancelled) return;
      officerRef.current = who;
      setOfficer(who);
      setPhase('ready');
      await loadForm(dayRef.current, who);
      await sync();
    })();
    return () => {
      cancelled = true;
    };
  }, [loadForm, sync]);

  // Try again when the browser says the network is back, and every 15 seconds.
  useEffect(() => {
    if (phase !== 'ready') return;
    const retry = () => void sync();
    const goneOffline = () => setConnection('offline');
    window.addEventListener('online', retry);
    window.addEventListener('offline', goneOffline);
    const timer = window.setInterval(retry, RETRY_MS);
    return () => {
      window.removeEventListener('online', retry);
      window.removeEventListener('offline', goneOffline);
      window.clearInterval(timer);
    };
  }, [phase, sync]);

  const setDay = useCallback(
    (next: string) => {
      dayRef.current = next;
      setDayState(next);
      const who = officerRef.current;
      if (who) void loadForm(next, who);
    },
    [loadForm],
  );

  const enter = useCallback(
    (element: string, value: number | null) => {
      const who = officerRef.current;
      const current = formRef.current;
      if (!who || !current) return;
      const key = { element, unit: current.unit.code, period: current.period };
      if (pendingFor(queueRef.current, key)?.state === 'conflict') return;
      setQueue(
        recordEdit(queueRef.current, { ...key, value }, current.values[element] ?? null, {
          opId: newOpId(),
          username: who.username,
          at: new Date().toISOString(),
        }),
      );
      window.clearTimeout(afterEdit.current);
      afterEdit.current = window.setTimeout(() => void sync(), AFTER_EDIT_MS);
    },
    [setQueue, sync],
  );

  const settle = useCallback(
    (opId: string, how: 'theirs' | 'mine') => {
      if (how === 'mine') {
        setQueue(keepMine(queueRef.current, opId, { opId: newOpId(), at: new Date().toISOString() }));
        void sync();
        return;
      }
      const { queue: next, confirmed } = keepTheirs(queueRef.current, opId);
      setQueue(next);
      if (confirmed) void confirm([confirmed]);
    },
    [confirm, setQueue, sync],
  );

  return {
    phase,
    connection,
    officer,
    day,
    form,
    queue,
    queueSaved,
    lastSyncAt,
    syncing,
    problem,
    setDay,
    enter,
    syncNow: () => void sync(),
    keepTheirs: (opId) => settle(opId, 'theirs'),
    keepMine: (opId) => settle(opId, 'mine'),
    resendWithComment: (opId, comment) => {
      setQueue(
        resendWithComment(queueRef.current, opId, comment, { opId: newOpId(), at: new Date().toISOString() }),
      );
      void sync();
    },
    discard: (opId) => setQueue(discardChange(queueRef.current, opId)),
  };
}
