import {
  assignTipRequestSchema,
  cancelSuspensionRequestSchema,
  classifyTipRequestSchema,
  decideTipRequestSchema,
  extendTipRequestSchema,
  handOverTipRequestSchema,
  notifyProcuracyRequestSchema,
  notifyResultRequestSchema,
  resumeTipRequestSchema,
  revealInformantRequestSchema,
  routeTipRequestSchema,
  staffTipIntakeRequestSchema,
  suspendTipRequestSchema,
  tipAttachmentParamsSchema,
  tipDetailSchema,
  tipIdParamsSchema,
  tipInformantSchema,
  tipListQuerySchema,
  tipListSchema,
  tipMessageRequestSchema,
  tipNoteRequestSchema,
  type TipDetailDto,
} from '@antt/shared';
import type { ZodType } from 'zod';
import type { ApiInstance, RouteModule } from '../app.ts';
import { requireUser, type UserActor } from '../http/request-context.ts';
import type { Services } from '../services/index.ts';

// The staff side of tips (shared/DESIGN.md section 5.2): intake, the queues, one tip's detail,
// and one POST per step of the workflow. Each action answers with the tip as it now is; a
// stale `version` answers 409, a tip outside the caller's jurisdiction 404.

const tags = ['tips'];

type ActionName = keyof Services['tips']['workflow'] &
  (
    | 'classify'
    | 'route'
    | 'assign'
    | 'handOver'
    | 'notifyProcuracy'
    | 'extend'
    | 'suspend'
    | 'resume'
    | 'cancelSuspension'
    | 'decide'
    | 'notifyResult'
    | 'sendMessage'
    | 'addNote'
  );

const ACTIONS: { path: string; action: ActionName; body: ZodType; summary: string }[] = [
  {
    path: 'classify',
    action: 'classify',
    body: classifyTipRequestSchema,
    summary: 'Classify (within 24 hours of receipt)',
  },
  {
    path: 'route',
    action: 'route',
    body: routeTipRequestSchema,
    summary: 'Send to another unit (duty desk; leaders within their jurisdiction)',
  },
  {
    path: 'assign',
    action: 'assign',
    body: assignTipRequestSchema,
    summary: 'Assign an officer of the owning unit',
  },
  {
    path: 'hand-over',
    action: 'handOver',
    body: handOverTipRequestSchema,
    summary: 'Commune police: hand over to the investigating body',
  },
  {
    path: 'notify-procuracy',
    action: 'notifyProcuracy',
    body: notifyProcuracyRequestSchema,
    summary: 'Record the notice to the procuracy (within 3 days)',
  },
  {
    path: 'extend',
    action: 'extend',
    body: extendTipRequestSchema,
    summary: 'Extend the limit (unit leader up to 2 months in all; then the procuracy once, up to 2 months)',
  },
  {
    path: 'suspend',
    action: 'suspend',
    body: suspendTipRequestSchema,
    summary: 'Suspend on a lawful ground, once the limit has run out',
  },
  {
    path: 'resume',
    action: 'resume',
    body: resumeTipRequestSchema,
    summary: 'Resume a suspended tip (at most 1 month left)',
  },
  {
    path: 'cancel-suspension',
    action: 'cancelSuspension',
    body: cancelSuspensionRequestSchema,
    summary: 'Procuracy: cancel a suspension',
  },
  {
    path: 'decide',
    action: 'decide',
    body: decideTipRequestSchema,
    summary: 'Decide: prosecute, decline, transfer, or merge as a duplicate',
  },
  {
    path: 'notify-result',
    action: 'notifyResult',
    body: notifyResultRequestSchema,
    summary: 'Tell the informant the result',
  },
  {
    path: 'messages',
    action: 'sendMessage',
    body: tipMessageRequestSchema,
    summary: 'Write to the informant (as the unit)',
  },
  {
    path: 'notes',
    action: 'addNote',
    body: tipNoteRequestSchema,
    summary: 'Add an internal note (never shown to the informant)',
  },
];

function registerAction(app: ApiInstance, services: Services, spec: (typeof ACTIONS)[number]): void {
  app.post(
    `/api/tips/:id/${spec.path}`,
    {
      schema: {
        tags,
        summary: spec.summary,
        params: tipIdParamsSchema,
        body: spec.body,
        response: { 200: tipDetailSchema },
      },
    },
    async (request) => {
      const actor: UserActor = requireUser(request);
      const { id } = request.params as { id: string };
      const run = services.tips.workflow[spec.action] as (
        a: UserActor,
        id: string,
        input: unknown,
      ) => Promise<TipDetailDto>;
      return run.call(services.tips.workflow, actor, id, request.body);
    },
  );
}

export const tipRoutes: RouteModule = (app, services) => {
  app.post(
    '/api/tips',
    {
      schema: {
        tags,
        summary:
          'Record a tip taken by phone, in person, by mail, from the media or another agency, for your unit',
        body: staffTipIntakeRequestSchema,
        response: { 201: tipDetailSchema },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request, 'officer', 'leader');
      const { id } = await services.tips.intake.recordByStaff(actor, request.body);
      return reply.code(201).send(await services.tips.queue.detail(actor, id));
    },
  );

  app.get(
    '/api/tips',
    {
      schema: {
        tags,
        summary: 'Tips the caller may see: queues mine, unit, due_soon, overdue, suspended, all',
        querystring: tipListQuerySchema,
        response: { 200: tipListSchema },
      },
    },
    async (request) => services.tips.queue.list(requireUser(request), request.query),
  );

  app.get(
    '/api/tips/:id',
    {
      schema: {
        tags,
        summary: 'One tip: time left and state, timeline, messages, attachments, duplicate suggestions',
        params: tipIdParamsSchema,
        response: { 200: tipDetailSchema },
      },
    },
    async (request) => services.tips.queue.detail(requireUser(request), request.params.id),
  );

  app.get(
    '/api/tips/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'The bytes of an attachment (download)',
        params: tipAttachmentParamsSchema,
      },
    },
    async (request, reply) => {
      const file = await services.tips.queue.attachment(
        requireUser(request),
        request.params.id,
        request.params.attachmentId,
      );
      return reply
        .header('content-type', file.content_type)
        .header('content-disposition', `attachment; filename="${file.file_name}"`)
        .send(file.content);
    },
  );

  app.post(
    '/api/tips/:id/informant/reveal',
    {
      schema: {
        tags,
        summary:
          'The identified informant’s personal data, for the assigned officer or a leader of the handling unit; the reason is audited',
        params: tipIdParamsSchema,
        body: revealInformantRequestSchema,
        response: { 200: tipInformantSchema },
      },
    },
    async (request) => services.tips.informants.reveal(requireUser(request), request.params.id, request.body),
  );

  for (const spec of ACTIONS) registerAction(app, services, spec);
};
