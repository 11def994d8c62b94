import type { IncidentCatalogueDto, IncidentType } from '@antt/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { communeBoundaries, incidentCatalogue } from '../api/incidents.api.ts';

// Catalogues and boundaries change only when an administrator edits them: cache them a while.
const STALE = 10 * 60_000;

/** Categories and Penal Code clauses in force on a day (YYYY-MM-DD), today by default. */
export function useIncidentCatalogue(date?: string) {
  return useQuery({
    queryKey: ['incident-catalogue', date ?? 'today'],
    queryFn: () => incidentCatalogue(date),
    staleTime: STALE,
    placeholderData: (previous) => previous,
  });
}

/** The name of a category (crime groups included) in the UI language; the code when unknown. */
export function useCategoryName(catalogue: IncidentCatalogueDto | undefined) {
  const { i18n } = useTranslation();
  return (code: string, type?: IncidentType): string => {
    const found = catalogue?.categories.find((c) => c.code === code && (!type || c.type === type));
    if (!found) return code;
    return i18n.language === 'en' ? found.nameEn : found.nameVi;
  };
}

export function useCommuneBoundaries(province: string, date: string | undefined) {
  return useQuery({
    queryKey: ['units', 'boundaries', province, date],
    queryFn: () => communeBoundaries(province, date!),
    enabled: Boolean(date),
    staleTime: STALE,
  });
}
