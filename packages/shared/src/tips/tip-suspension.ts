import type { TipLabel } from './tip-kinds.ts';

// BLTTHS 2015 art. 148(1), as amended by Law 02/2021/QH15 (our reading; the lawful grounds of a
// suspension): when the time limit of art. 147 has run out and the verification cannot end
// because an expert examination, a valuation of property or legal assistance from abroad was
// requested and has not come back (point a), or documents and objects of decisive importance
// were requested from an agency, organisation or person and have not come (point b), or for
// force majeure or an objective obstacle (point c). No other ground is lawful.
export const TIP_SUSPENSION_GROUNDS = [
  'expert_examination_pending',
  'valuation_pending',
  'foreign_legal_assistance_pending',
  'decisive_documents_pending',
  'force_majeure',
] as const;
export type TipSuspensionGround = (typeof TIP_SUSPENSION_GROUNDS)[number];

export const TIP_SUSPENSION_GROUND_LABELS: Record<TipSuspensionGround, TipLabel & { article: string }> = {
  expert_examination_pending: {
    vi: 'Đã trưng cầu giám định nhưng chưa có kết quả',
    en: 'Expert examination requested, no result yet',
    article: 'BLTTHS 2015 Điều 148 khoản 1 điểm a',
  },
  valuation_pending: {
    vi: 'Đã yêu cầu định giá tài sản nhưng chưa có kết quả',
    en: 'Valuation of property requested, no result yet',
    article: 'BLTTHS 2015 Điều 148 khoản 1 điểm a',
  },
  foreign_legal_assistance_pending: {
    vi: 'Đã yêu cầu nước ngoài tương trợ tư pháp nhưng chưa có kết quả',
    en: 'Foreign legal assistance requested, no result yet',
    article: 'BLTTHS 2015 Điều 148 khoản 1 điểm a',
  },
  decisive_documents_pending: {
    vi: 'Đã yêu cầu cung cấp tài liệu, đồ vật có ý nghĩa quyết định nhưng chưa có kết quả',
    en: 'Decisive documents or objects requested, not received yet',
    article: 'BLTTHS 2015 Điều 148 khoản 1 điểm b (sửa đổi bởi Luật 02/2021/QH15)',
  },
  force_majeure: {
    vi: 'Do sự kiện bất khả kháng, trở ngại khách quan',
    en: 'Force majeure or an objective obstacle',
    article: 'BLTTHS 2015 Điều 148 khoản 1 điểm c (sửa đổi bởi Luật 02/2021/QH15)',
  },
};
