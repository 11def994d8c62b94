import { useEffect, useState } from 'react';
import { listCommunes, type PortalCommune } from './communes.api.ts';

export type Communes = {
  items: PortalCommune[] | null;
  /** The province whose duty desk routes a tip with no place: known when one province is served. */
  provinceCode: string | null;
  failed: boolean;
};

/** Loads the commune list once per form; without it the form still works (the duty desk routes). */
export function useCommunes(): Communes {
  const [state, setState] = useState<Communes>({ items: null, provinceCode: null, failed: false });
  useEffect(() => {
    const controller = new AbortController();
    listCommunes(controller.signal).then(
      (items) => {
        const provinces = new Set(items.map((c) => c.provinceCode));
        setState({ items, provinceCode: provinces.size === 1 ? [...provinces][0]! : null, failed: false });
      },
      (error: unknown) => {
        if (!(error instanceof DOMException && error.name === 'AbortError'))
          setState({ items: null, provinceCode: null, failed: true });
      },
    );
    return () => controller.abort();
  }, []);
  return state;
}
