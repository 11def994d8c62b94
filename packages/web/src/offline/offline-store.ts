import type { EntryForm, FormElement } from './entry-form.ts';
import { formKey } from './entry-form.ts';
import { openDatabase, readAll, readOne, write } from './idb.ts';
import type { PendingChange } from './pending-queue.ts';

// What the offline page keeps on the phone, in IndexedDB (it survives a reload and a phone
// restart, and localStorage is too small and synchronous for it):
// - forms:   the last form loaded per unit and day, with the values' versions;
// - pending: the queue of changes not yet on the server, one record per change (keyed by opId);
// - meta:    who is signed in and their unit, the set's elements, the last sync time.

const DATABASE = 'antt-nhap-lieu';
const VERSION = 1;

export type SignedInOfficer = {
  username: string;
  displayName: string;
  unit: { code: string; name: string };
};

type Meta = {
  officer: SignedInOfficer;
  elements: FormElement[];
  lastSyncAt: string;
};

export type OfflineStore = {
  form: (unitCode: string, period: string) => Promise<EntryForm | undefined>;
  saveForm: (form: EntryForm) => Promise<void>;
  queue: () => Promise<PendingChange[]>;
  /** Replaces the whole queue in one transaction: a reload never sees half a change. */
  saveQueue: (queue: readonly PendingChange[]) => Promise<void>;
  meta: <K extends keyof Meta>(key: K) => Promise<Meta[K] | undefined>;
  saveMeta: <K extends keyof Meta>(key: K, value: Meta[K]) => Promise<void>;
};

export async function openOfflineStore(): Promise<OfflineStore> {
  const db = await openDatabase(DATABASE, VERSION, [
    { name: 'forms' },
    { name: 'pending', keyPath: 'opId' },
    { name: 'meta' },
  ]);
  return {
    form: (unitCode, period) => readOne<EntryForm>(db, 'forms', formKey(unitCode, period)),
    saveForm: (form) =>
      write(db, 'forms', (tx) => tx.objectStore('forms').put(form, formKey(form.unit.code, form.period))),
    queue: async () =>
      (await readAll<PendingChange>(db, 'pending')).sort((a, b) => a.enteredAt.localeCompare(b.enteredAt)),
    saveQueue: (queue) =>
      write(db, 'pending', (tx) => {
        const store = tx.objectStore('pending');
        store.clear();
        for (const change of queue) store.put(change);
      }),
    meta: (key) => readOne(db, 'meta', key),
    saveMeta: (key, value) => write(db, 'meta', (tx) => tx.objectStore('meta').put(value, key)),
  };
}
