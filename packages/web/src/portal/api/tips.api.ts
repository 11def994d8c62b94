import {
  citizenTipViewSchema,
  portalTipReceiptSchema,
  type CitizenTipView,
  type PortalTipCredentials,
  type PortalTipReceipt,
  type PortalTipSubmission,
} from '@antt/shared/tips/tip-portal.schemas';
import { portalRequest } from './portal-client.ts';

/** The tip and its files in one multipart request: the fields as JSON, then each file. */
export function submitTip(submission: PortalTipSubmission, files: File[]): Promise<PortalTipReceipt> {
  const body = new FormData();
  body.append('tip', JSON.stringify(submission));
  for (const file of files) body.append('attachments', file, file.name);
  return portalRequest('POST', '/api/portal/tips', { body, schema: portalTipReceiptSchema });
}

/** Status, public timeline and messages; the code and the secret travel in the body, never in a URL. */
export function lookUpTip(credentials: PortalTipCredentials): Promise<CitizenTipView> {
  return portalRequest('POST', '/api/portal/tips/status', {
    body: credentials,
    schema: citizenTipViewSchema,
  });
}

export function replyToUnit(credentials: PortalTipCredentials, body: string): Promise<CitizenTipView> {
  return portalRequest('POST', '/api/portal/tips/messages', {
    body: { ...credentials, body },
    schema: citizenTipViewSchema,
  });
}
