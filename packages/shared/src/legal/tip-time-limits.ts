import type { TimeLimitUnit } from './deadline.ts';

// Every time limit of the tip workflow (tố giác, tin báo về tội phạm, kiến nghị khởi tố), each
// with the article it comes from and the text version we follow, so a lawyer can check them
// in one place (shared/DESIGN.md section 5.2). How a limit is counted is in ./deadline.ts and
// ./deadline-rules.ts.
//
// Text version: the Criminal Procedure Code 2015 (BLTTHS, Law 101/2015/QH13) as amended. The
// wording we checked for arts. 145–149 is the one quoted in current secondary sources and in
// the consolidated text published in the Official Gazette (Công báo) in 2022. Laws 02/2021/
// QH15, 34/2024/QH15, 59/2024/QH15 and 99/2025/QH15 amended the Code; we could not check from
// here which of them touched arts. 145–149 (99/2025/QH15 follows the 2025 removal of district
// police and gives commune police new tasks): a lawyer should confirm each `version` below.

export type LegalTimeLimit = {
  value: number;
  unit: TimeLimitUnit;
  /** Article, clause (khoản) and point (điểm) of the legal text. */
  article: string;
  /** The text version the value follows. */
  version: string;
  /** What must happen within the limit, and from when it runs. */
  summary: string;
  /** True when the law gives no number and the value is our measurable reading of it. */
  ourReading?: boolean;
  /** Doubts, and what a lawyer should check. */
  note?: string;
};

const BLTTHS = 'BLTTHS 2015';
const AS_AMENDED =
  'BLTTHS 2015 as amended up to Law 99/2025/QH15 (wording checked against the 2022 consolidated text)';
const TTLT_01_2017 = 'TTLT 01/2017/TTLT-BCA-BQP-BTC-BNN&PTNT-VKSNDTC of 29/12/2017 (in force 01/03/2018)';
const TT_28_2020 = 'Thông tư 28/2020/TT-BCA of 26/03/2020 (in force 15/05/2020)';

export const TIP_TIME_LIMITS = {
  /** Classify a tip (is it a crime tip, whose is it) within 24 hours of receipt. */
  classification: {
    value: 24,
    unit: 'hour',
    article: 'TTLT 01/2017 and Thông tư 28/2020/TT-BCA (article not verified)',
    version: `${TTLT_01_2017}; ${TT_28_2020}`,
    summary:
      'Phân loại tố giác, tin báo trong 24 giờ kể từ khi tiếp nhận / classify the tip within 24 hours of receipt.',
    ourReading: true,
    note: 'Our reading of the two circulars on receipt and classification; the article and clause that fix 24 hours were not verified here.',
  },
  /** Commune police pass a tip on to the competent investigating body "at once". */
  communeHandOver: {
    value: 24,
    unit: 'hour',
    article: `${BLTTHS} art. 145(2)(b)`,
    version: AS_AMENDED,
    summary:
      'Công an cấp xã tiếp nhận, lập biên bản, kiểm tra, xác minh sơ bộ và chuyển ngay cho Cơ quan điều tra có thẩm quyền; ' +
      'chúng tôi đo "chuyển ngay" là trong 24 giờ kể từ khi tiếp nhận / commune police hand the tip over "at once"; we measure it as within 24 hours of receipt.',
    ourReading: true,
    note:
      'The Code says "chuyển ngay" (at once) and gives no number; 24 hours is our measurable reading. DESIGN.md cites art. 146(3); ' +
      'the commune-police duty reads to us as art. 145(2)(b) (art. 146(2) is the transfer by a body that is not competent). ' +
      'Law 99/2025/QH15 may have changed the commune police role after district police were removed on 1 March 2025 — check.',
  },
  /** The investigating body tells the procuracy in writing that it has received a tip. */
  notifyProcuracy: {
    value: 3,
    unit: 'day',
    article: `${BLTTHS} art. 146(3)`,
    version: AS_AMENDED,
    summary:
      'Thông báo bằng văn bản cho Viện kiểm sát trong 03 ngày kể từ ngày tiếp nhận / notify the procuracy in writing within 3 days of receipt.',
    note: 'DESIGN.md cites art. 146(2); the 3-day notice reads to us as the third clause of art. 146 — check the clause number.',
  },
  /** The decision (prosecute, decline, suspend) within 20 days of receipt by the competent body. */
  decision: {
    value: 20,
    unit: 'day',
    article: `${BLTTHS} art. 147(1)`,
    version: AS_AMENDED,
    summary:
      'Trong 20 ngày kể từ ngày nhận được tố giác, tin báo, kiến nghị khởi tố phải kiểm tra, xác minh và ra quyết định khởi tố, ' +
      'không khởi tố hoặc tạm đình chỉ / decide within 20 days of receipt: prosecute, decline or suspend.',
    note: `The limit runs from receipt by the body competent to resolve the tip (also ${TTLT_01_2017} art. 11).`,
  },
  /** A complex tip: the body may take up to 2 months in all. */
  extendedByBody: {
    value: 2,
    unit: 'month',
    article: `${BLTTHS} art. 147(2)`,
    version: AS_AMENDED,
    summary:
      'Vụ việc có nhiều tình tiết phức tạp hoặc phải xác minh ở nhiều nơi: thời hạn có thể kéo dài nhưng không quá 02 tháng (tính cả 20 ngày) / ' +
      'a complex tip may take longer, but not more than 2 months in all.',
    note: 'Read as 2 months counted from receipt, the 20 days included ("kéo dài nhưng không quá 02 tháng").',
  },
  /** The procuracy may extend once more, by at most 2 months. */
  procuracyExtension: {
    value: 2,
    unit: 'month',
    article: `${BLTTHS} art. 147(2)`,
    version: AS_AMENDED,
    summary:
      'Chưa kết thúc được trong thời hạn kéo dài thì Viện trưởng Viện kiểm sát có thể gia hạn một lần, không quá 02 tháng / ' +
      'the head of the procuracy may extend once, by at most 2 months.',
    note: 'Sometimes cited as art. 147(3); the sources we read put it in the same clause as the 2-month extension, art. 147(2) — check. Counted from the end of the extended limit.',
  },
  /** The body asks the procuracy for the extension at least 5 days before the limit runs out. */
  extensionRequestLead: {
    value: 5,
    unit: 'day',
    article: `${BLTTHS} art. 147(2)`,
    version: AS_AMENDED,
    summary:
      'Chậm nhất 05 ngày trước khi hết thời hạn kiểm tra, xác minh phải có văn bản đề nghị Viện kiểm sát gia hạn / ' +
      'request the extension in writing at least 5 days before the limit runs out.',
  },
  /** A suspension decision goes to the procuracy and the informant within 24 hours. */
  suspensionNotice: {
    value: 24,
    unit: 'hour',
    article: `${BLTTHS} art. 148(2)`,
    version: AS_AMENDED,
    summary:
      'Quyết định tạm đình chỉ gửi Viện kiểm sát và người tố giác, báo tin, kiến nghị trong 24 giờ kể từ khi ra quyết định / ' +
      'send the suspension decision to the procuracy and the informant within 24 hours of making it.',
    note: 'Clause number not verified; art. 148(1) lists the grounds (pending expert examination or valuation, foreign legal assistance, decisive documents, force majeure).',
  },
  /** After resumption, at most 1 month is left to decide. */
  resumptionRemaining: {
    value: 1,
    unit: 'month',
    article: `${BLTTHS} art. 149(1)`,
    version: AS_AMENDED,
    summary:
      'Phục hồi giải quyết: thời hạn giải quyết tiếp không quá 01 tháng kể từ ngày ra quyết định phục hồi / ' +
      'after resumption the tip must be decided within 1 month of the resumption decision.',
    note: 'When the procuracy cancels a suspension (art. 148), the further month runs from the day the body receives the cancellation.',
  },
  /** The resumption decision goes to the procuracy and the informant within 3 days. */
  resumptionNotice: {
    value: 3,
    unit: 'day',
    article: `${BLTTHS} art. 149(2)`,
    version: AS_AMENDED,
    summary:
      'Gửi quyết định phục hồi cho Viện kiểm sát và người tố giác, báo tin, kiến nghị trong 03 ngày kể từ ngày ra quyết định / ' +
      'send the resumption decision to the procuracy and the informant within 3 days.',
  },
} as const satisfies Record<string, LegalTimeLimit>;

export type TipTimeLimitName = keyof typeof TIP_TIME_LIMITS;
