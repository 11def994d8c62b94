import {
  tipDetailSchema,
  tipInformantSchema,
  tipListSchema,
  type AssignTipRequest,
  type CancelSuspensionRequest,
  type ClassifyTipRequest,
  type DecideTipRequest,
  type ExtendTipRequest,
  type HandOverTipRequest,
  type NotifyProcuracyRequest,
  type NotifyResultRequest,
  type ResumeTipRequest,
  type RouteTipRequest,
  type StaffTipIntakeRequest,
  type SuspendTipRequest,
  type TipDetailDto,
  type TipInformantDto,
  type TipListDto,
  type TipMessageRequest,
  type TipNoteRequest,
  type TipQueue,
} from '@antt/shared';
import { api } from '@/modules/api/client.ts';

export type TipListParams = { queue: TipQueue; q?: string; page: number; pageSize: number };

export function listTips(params: TipListParams): Promise<TipListDto> {
  return api.get('/api/tips', { query: params, schema: tipListSchema });
}

export function getTip(id: string): Promise<TipDetailDto> {
  return api.get(`/api/tips/${encodeURIComponent(id)}`, { schema: tipDetailSchema });
}

export function recordTip(request: StaffTipIntakeRequest): Promise<TipDetailDto> {
  return api.post('/api/tips', request, { schema: tipDetailSchema });
}

/** Each workflow step: its path under /api/tips/:id/ and its request (every one names the version). */
export type TipStepRequests = {
  classify: ClassifyTipRequest;
  route: RouteTipRequest;
  assign: AssignTipRequest;
  'hand-over': HandOverTipRequest;
  'notify-procuracy': NotifyProcuracyRequest;
  extend: ExtendTipRequest;
  suspend: SuspendTipRequest;
  resume: ResumeTipRequest;
  'cancel-suspension': CancelSuspensionRequest;
  decide: DecideTipRequest;
  'notify-result': NotifyResultRequest;
  messages: TipMessageRequest;
  notes: TipNoteRequest;
};
export type TipStep = keyof TipStepRequests;

export function runTipStep<S extends TipStep>(
  id: string,
  step: S,
  request: TipStepRequests[S],
): Promise<TipDetailDto> {
  return api.post(`/api/tips/${encodeURIComponent(id)}/${step}`, request, { schema: tipDetailSchema });
}

export function revealInformant(id: string, reason: string): Promise<TipInformantDto> {
  return api.post(
    `/api/tips/${encodeURIComponent(id)}/informant/reveal`,
    { reason },
    { schema: tipInformantSchema },
  );
}

/** Where the browser downloads an attachment (same origin: the session cookie goes along). */
export function attachmentUrl(tipId: string, attachmentId: string): string {
  return `/api/tips/${encodeURIComponent(tipId)}/attachments/${encodeURIComponent(attachmentId)}`;
}
