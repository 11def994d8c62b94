// The words of the tip workflow (shared/DESIGN.md sections 2 and 5.2), each with the label a
// Vietnamese officer or citizen reads. BLTTHS 2015 art. 144: a denunciation (tố giác) comes from
// a person, a report (tin báo) from an organisation or the media, a prosecution request
// (kiến nghị khởi tố) from a state body.

export type TipLabel = { vi: string; en: string };

export const TIP_KINDS = ['denunciation', 'report', 'prosecution_request'] as const;
export type TipKind = (typeof TIP_KINDS)[number];
export const TIP_KIND_LABELS: Record<TipKind, TipLabel> = {
  denunciation: { vi: 'Tố giác về tội phạm', en: 'Denunciation' },
  report: { vi: 'Tin báo về tội phạm', en: 'Crime report' },
  prosecution_request: { vi: 'Kiến nghị khởi tố', en: 'Prosecution request' },
};
/** A citizen on the portal denounces or reports; prosecution requests come from state bodies (art. 144(4)). */
export const PORTAL_TIP_KINDS = ['denunciation', 'report'] as const satisfies readonly TipKind[];

export const TIP_CHANNELS = ['portal', 'phone', 'in_person', 'mail', 'transfer', 'media', 'open311'] as const;
export type TipChannel = (typeof TIP_CHANNELS)[number];
export const TIP_CHANNEL_LABELS: Record<TipChannel, TipLabel> = {
  portal: { vi: 'Cổng thông tin công dân', en: 'Citizen portal' },
  phone: { vi: 'Điện thoại', en: 'Phone' },
  in_person: { vi: 'Trực tiếp (có biên bản tiếp nhận)', en: 'In person (receipt record)' },
  mail: { vi: 'Đơn thư qua bưu điện', en: 'Mail' },
  transfer: { vi: 'Cơ quan, tổ chức khác chuyển đến', en: 'Transfer from another agency' },
  media: { vi: 'Phương tiện thông tin đại chúng', en: 'Media' },
  open311: { vi: 'Ứng dụng Open311', en: 'Open311 app' },
};
/** Channels an officer records by hand for their own unit (the portal and Open311 record themselves). */
export const STAFF_TIP_CHANNELS = [
  'phone',
  'in_person',
  'mail',
  'transfer',
  'media',
] as const satisfies readonly TipChannel[];

/**
 * Where a tip stands. `received`: in the intake register, not yet classified. `verifying`:
 * classified; the preliminary check (commune police) or the verification (investigating body)
 * runs. `suspended`: art. 148. `decided`: one of the decisions below was made.
 */
export const TIP_STATUSES = ['received', 'verifying', 'suspended', 'decided'] as const;
export type TipStatus = (typeof TIP_STATUSES)[number];
export const TIP_STATUS_LABELS: Record<TipStatus, TipLabel> = {
  received: { vi: 'Mới tiếp nhận', en: 'Received' },
  verifying: { vi: 'Đang kiểm tra, xác minh', en: 'Being verified' },
  suspended: { vi: 'Tạm đình chỉ giải quyết', en: 'Suspended' },
  decided: { vi: 'Đã ra quyết định', en: 'Decided' },
};

/**
 * The decisions that end the handling of a tip. BLTTHS art. 147(3): prosecute or decline, or
 * suspend (art. 148, a status of its own, not an end); art. 147(1) with TTLT 01/2017 art. 9:
 * transfer to the competent body; a tip repeating one already registered is merged into it.
 */
export const TIP_DECISIONS = ['prosecute', 'decline', 'transfer', 'merge'] as const;
export type TipDecision = (typeof TIP_DECISIONS)[number];
export const TIP_DECISION_LABELS: Record<TipDecision, TipLabel> = {
  prosecute: { vi: 'Quyết định khởi tố vụ án hình sự', en: 'Decision to prosecute' },
  decline: { vi: 'Quyết định không khởi tố vụ án hình sự', en: 'Decision not to prosecute' },
  transfer: { vi: 'Chuyển cơ quan có thẩm quyền giải quyết', en: 'Transferred to the competent agency' },
  merge: { vi: 'Gộp vào tin báo trùng nội dung', en: 'Merged as a duplicate' },
};
