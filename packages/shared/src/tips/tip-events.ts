import type { TipLabel } from './tip-kinds.ts';

// Every action on a tip leaves one event in its timeline. `public` says whether the informant
// sees it in the citizen view: only the steps the law says the informant is told of (receipt,
// suspension and resumption, art. 148(2), 149(2); the result, art. 145(4) as we read it) and
// neutral progress (hand-over, extension). The citizen sees the label and the time only,
// never who acted or the details.

export const TIP_EVENT_TYPES = [
  'received',
  'routed',
  'assigned',
  'classified',
  'handed_over',
  'procuracy_notified',
  'extended',
  'procuracy_extended',
  'suspended',
  'resumed',
  'suspension_cancelled',
  'decided',
  'result_notified',
  'note',
  'message_from_citizen',
  'message_to_citizen',
  'attachment_added',
  'informant_revealed',
] as const;
export type TipEventType = (typeof TIP_EVENT_TYPES)[number];

export const TIP_EVENT_INFO: Record<TipEventType, TipLabel & { public: boolean }> = {
  received: { vi: 'Tiếp nhận, vào sổ', en: 'Received and registered', public: true },
  routed: { vi: 'Chuyển đơn vị xử lý', en: 'Routed to a unit', public: false },
  assigned: { vi: 'Phân công cán bộ', en: 'Assigned to an officer', public: false },
  classified: { vi: 'Phân loại', en: 'Classified', public: false },
  handed_over: {
    vi: 'Chuyển Cơ quan điều tra có thẩm quyền',
    en: 'Handed over to the investigating body',
    public: true,
  },
  procuracy_notified: { vi: 'Thông báo Viện kiểm sát', en: 'Procuracy notified', public: false },
  extended: { vi: 'Gia hạn thời hạn giải quyết', en: 'Time limit extended', public: true },
  procuracy_extended: {
    vi: 'Viện kiểm sát gia hạn thời hạn giải quyết',
    en: 'Time limit extended by the procuracy',
    public: true,
  },
  suspended: { vi: 'Tạm đình chỉ việc giải quyết', en: 'Handling suspended', public: true },
  resumed: { vi: 'Phục hồi việc giải quyết', en: 'Handling resumed', public: true },
  suspension_cancelled: {
    vi: 'Viện kiểm sát hủy quyết định tạm đình chỉ',
    en: 'Suspension cancelled by the procuracy',
    public: true,
  },
  decided: { vi: 'Ra quyết định giải quyết', en: 'Decision made', public: true },
  result_notified: { vi: 'Thông báo kết quả giải quyết', en: 'Result notified', public: true },
  note: { vi: 'Ghi chú nội bộ', en: 'Internal note', public: false },
  message_from_citizen: { vi: 'Tin nhắn của người báo tin', en: 'Message from the informant', public: false },
  message_to_citizen: { vi: 'Tin nhắn gửi người báo tin', en: 'Message to the informant', public: false },
  attachment_added: { vi: 'Thêm tài liệu đính kèm', en: 'Attachment added', public: false },
  informant_revealed: {
    vi: 'Xem thông tin người tố giác',
    en: 'Informant identity viewed',
    public: false,
  },
};
