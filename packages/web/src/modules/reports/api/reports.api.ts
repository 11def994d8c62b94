import {
  reportListSchema,
  reportSchema,
  reportSectionVersionListSchema,
  reportSectionVersionSchema,
  type ReportDto,
  type ReportGenerateRequest,
  type ReportSectionKey,
  type ReportSectionVersionDto,
  type ReportSummaryDto,
} from '@antt/shared';
import { api } from '@/modules/api/client.ts';

// The reports' API (packages/server/src/routes/report.routes.ts). The Word file, the XLSX
// appendix and the print preview are plain GETs under the session cookie: links, not fetches.

const reportPath = (id: string) => `/api/reports/${encodeURIComponent(id)}`;

export function listReports(): Promise<ReportSummaryDto[]> {
  return api.get('/api/reports', { schema: reportListSchema }).then((list) => list.items);
}

export function getReport(id: string): Promise<ReportDto> {
  return api.get(reportPath(id), { schema: reportSchema });
}

export function generateReport(request: ReportGenerateRequest): Promise<ReportDto> {
  return api.post('/api/reports', request, { schema: reportSchema });
}

export function editReportSection(
  id: string,
  key: ReportSectionKey,
  text: string,
): Promise<ReportSectionVersionDto> {
  return api.put(`${reportPath(id)}/sections/${key}`, { text }, { schema: reportSectionVersionSchema });
}

export function listSectionVersions(id: string, key: ReportSectionKey): Promise<ReportSectionVersionDto[]> {
  return api
    .get(`${reportPath(id)}/sections/${key}/versions`, { schema: reportSectionVersionListSchema })
    .then((list) => list.items);
}

export const reportFileUrl = (id: string, kind: 'docx' | 'xlsx' | 'preview') => `${reportPath(id)}/${kind}`;
