import type { DataElement } from '@antt/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listDataElements, listDataSets } from '../api/campaigns.api.ts';

// Elements and sets change only when an administrator edits them.
const CATALOGUE_STALE_MS = 10 * 60_000;

export function useDataElements() {
  return useQuery({ queryKey: ['data-elements'], queryFn: listDataElements, staleTime: CATALOGUE_STALE_MS });
}

export function useDataSets() {
  return useQuery({ queryKey: ['datasets'], queryFn: listDataSets, staleTime: CATALOGUE_STALE_MS });
}

export type ElementNames = {
  /** The element's name in the user's language ("Tài khoản định danh điện tử mức 2 …"). */
  long: (code: string) => string;
  /** Its short name, for a column or a tab ("ĐDĐT mức 2 (lũy kế)"). */
  short: (code: string) => string;
  element: (code: string) => DataElement | undefined;
};

/** Element names in the current language; the code stands in until the list has loaded. */
export function useElementNames(): ElementNames {
  const { i18n } = useTranslation();
  const elements = useDataElements();
  const english = i18n.language === 'en';
  const find = (code: string) => elements.data?.find((e) => e.code === code);
  return {
    long: (code) => {
      const e = find(code);
      return e ? (english ? e.nameEn : e.nameVi) : code;
    },
    short: (code) => {
      const e = find(code);
      return e ? (english ? e.shortEn : e.shortVi) : code;
    },
    element: find,
  };
}
