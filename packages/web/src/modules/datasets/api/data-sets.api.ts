import {
  dataApprovalQueueSchema,
  dataElementListSchema,
  dataEntrySchema,
  dataSetListSchema,
  dataValueBatchResultSchema,
  type DataApprovalAction,
  type DataApprovalState,
  type DataEntryDto,
  type DataValueBatch,
} from '@antt/shared';
import type { z } from 'zod';
import { api } from '@/modules/api/client.ts';

// Data sets, entry and approval (packages/server/src/routes/data-value.routes.ts).

export type ApprovalQueueDto = z.infer<typeof dataApprovalQueueSchema>;
export type ApprovalQueueItem = ApprovalQueueDto['items'][number];
export type DataValueBatchResult = z.infer<typeof dataValueBatchResultSchema>;
export type ApprovalAction = 'submit' | 'approve' | 'return' | 'unapprove';

export function listDataSets() {
  return api.get('/api/datasets', { schema: dataSetListSchema });
}

export function listDataElements() {
  return api.get('/api/data-elements', { schema: dataElementListSchema });
}

/** The values, approvals and rights of one unit over a range of days (at most 92). */
export function dataEntry(
  dataSet: string,
  query: { unit: string; from: string; to: string },
): Promise<DataEntryDto> {
  return api.get(`/api/datasets/${encodeURIComponent(dataSet)}/entry`, { query, schema: dataEntrySchema });
}

/** Saves a batch whole or not at all (422 data_value_refused, 409 data_value_conflict). */
export function saveDataValues(batch: DataValueBatch): Promise<DataValueBatchResult> {
  return api.put('/api/datavalues', batch, { schema: dataValueBatchResultSchema });
}

export function approvalAction(
  dataSet: string,
  action: ApprovalAction,
  body: DataApprovalAction,
): Promise<unknown> {
  return api.post(
    `/api/datasets/${encodeURIComponent(dataSet)}/approvals/${encodeURIComponent(action)}`,
    body,
  );
}

export function approvalQueue(
  dataSet: string,
  query: { unit: string; from: string; to: string; state?: DataApprovalState },
): Promise<ApprovalQueueDto> {
  return api.get(`/api/datasets/${encodeURIComponent(dataSet)}/approvals`, {
    query,
    schema: dataApprovalQueueSchema,
  });
}
