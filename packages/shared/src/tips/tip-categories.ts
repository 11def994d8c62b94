import type { TipLabel } from './tip-kinds.ts';

// What a tip is about, as the citizen picks it on the portal and the officer confirms it when
// classifying. A small fixed list: the crime groups a commune police officer sorts tips into
// before the penal-code article is known (the article comes with the decision).

export const TIP_CATEGORIES = [
  'theft',
  'robbery',
  'fraud',
  'drugs',
  'gambling',
  'assault',
  'property_damage',
  'traffic',
  'environment',
  'cybercrime',
  'smuggling',
  'corruption',
  'other',
] as const;
export type TipCategory = (typeof TIP_CATEGORIES)[number];

export const TIP_CATEGORY_LABELS: Record<TipCategory, TipLabel> = {
  theft: { vi: 'Trộm cắp tài sản', en: 'Theft' },
  robbery: { vi: 'Cướp, cướp giật tài sản', en: 'Robbery, snatching' },
  fraud: { vi: 'Lừa đảo chiếm đoạt tài sản', en: 'Fraud' },
  drugs: { vi: 'Ma túy', en: 'Drugs' },
  gambling: { vi: 'Đánh bạc, tổ chức đánh bạc', en: 'Gambling' },
  assault: { vi: 'Cố ý gây thương tích, hành hung', en: 'Assault' },
  property_damage: { vi: 'Hủy hoại, làm hư hỏng tài sản', en: 'Property damage' },
  traffic: { vi: 'Liên quan đến giao thông', en: 'Traffic-related' },
  environment: { vi: 'Môi trường', en: 'Environment' },
  cybercrime: { vi: 'Tội phạm trên không gian mạng', en: 'Cybercrime' },
  smuggling: { vi: 'Buôn lậu, gian lận thương mại', en: 'Smuggling, trade fraud' },
  corruption: { vi: 'Tham nhũng, chức vụ', en: 'Corruption' },
  other: { vi: 'Khác', en: 'Other' },
};
