import type { ReportGenerateRequest, ReportSectionKey } from '@antt/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  editReportSection,
  generateReport,
  getReport,
  listReports,
  listSectionVersions,
} from '../api/reports.api.ts';

export const REPORTS_KEY = ['reports'] as const;

export function useReportList() {
  return useQuery({ queryKey: [...REPORTS_KEY, 'list'], queryFn: listReports });
}

export function useReport(id: string) {
  return useQuery({ queryKey: [...REPORTS_KEY, 'one', id], queryFn: () => getReport(id) });
}

export function useSectionVersions(id: string, key: ReportSectionKey, enabled: boolean) {
  return useQuery({
    queryKey: [...REPORTS_KEY, 'one', id, 'versions', key],
    queryFn: () => listSectionVersions(id, key),
    enabled,
  });
}

export function useGenerateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ReportGenerateRequest) => generateReport(request),
    onSuccess: (report) => {
      queryClient.setQueryData([...REPORTS_KEY, 'one', report.id], report);
      void queryClient.invalidateQueries({ queryKey: [...REPORTS_KEY, 'list'] });
    },
  });
}

/** A saved section changes the document, the preview and the versions: all are read again. */
export function useEditSection(id: string, key: ReportSectionKey) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => editReportSection(id, key, text),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...REPORTS_KEY, 'one', id] }),
  });
}
