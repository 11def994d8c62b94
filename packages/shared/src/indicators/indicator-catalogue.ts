import type { CrimeGroup } from '../incidents/incident-types.ts';
import type { IndicatorDefinition, Measure } from './indicator.schemas.ts';

// The indicators the platform ships (shared/DESIGN.md sections 5.5 and 10). Targets are those
// the National Assembly sets for the police each year (Resolution 96/2019/QH14 on crime
// prevention and the annual resolutions that follow it: clearance above 75 %, very serious and
// especially serious crimes above 90 %, tips resolved above 90 %); an administrator may change
// any definition, and the change is kept in the audit log. The Project 06 rates (section 5.4)
// ship without a target: each province sets its own in its plan, and an administrator enters it.

const OCCURRENCE_VI =
  'Đếm theo ngày xảy ra: vụ việc xảy ra trong kỳ, tại đơn vị (kể cả các xã, phường cũ trước sắp xếp, quy đổi theo tỷ lệ kế thừa).';
const OCCURRENCE_EN =
  'Counted by occurrence day: incidents that happened in the period in the unit (old communes before the 2025 reform included, by their succession weights).';
const CLEARED_VI =
  'Tỷ lệ = số vụ xảy ra trong kỳ đã điều tra làm rõ đến hết ngày cuối kỳ / số vụ xảy ra trong kỳ × 100.';
const CLEARED_EN = 'Rate = incidents of the period cleared by its last day / incidents of the period × 100.';
const TIPS_VI =
  'Đếm theo ngày tiếp nhận: tố giác, tin báo tiếp nhận trong kỳ; "đã giải quyết" là đã có quyết định đến hết ngày cuối kỳ.';
const TIPS_EN =
  'Counted by receipt day: tips received in the period; "resolved" means decided by its last day.';

const crimes = (
  measure: 'incidents' | 'cleared',
  extra: Partial<Extract<Measure, { source: 'incidents' }>> = {},
): Measure => ({
  source: 'incidents',
  measure,
  types: ['crime'],
  ...extra,
});
const ofType = (
  type: 'traffic_accident' | 'fire',
  measure: 'incidents' | 'deaths' | 'injuries' | 'damage_vnd',
): Measure => ({
  source: 'incidents',
  measure,
  types: [type],
});
const tips = (measure: 'received' | 'resolved' | 'resolved_on_time' | 'overdue_now'): Measure => ({
  source: 'tips',
  measure,
});
const SERIOUS = ['very_serious', 'especially_serious'] as const;
const dataValues = (element: string): Measure => ({ source: 'datavalues', element });

// Project 06 figures are reported per commune and day (packages/shared/src/datasets/project06.ts).
const RUNNING_TOTALS_VI =
  'Số lũy kế và dân số lấy giá trị báo cáo gần nhất của từng xã, phường tính đến hết ngày cuối kỳ (đơn vị không báo cáo trong kỳ vẫn tính số đã báo cáo trước đó), chỉ tính các đơn vị hành chính có hiệu lực vào ngày cuối kỳ, rồi cộng các đơn vị lại.';
const RUNNING_TOTALS_EN =
  "Running totals and the population take each commune's latest reported value on or before the period's last day (a unit that did not report in the period still counts its earlier figure), only units in force on that day count, and the units are then added up.";

function project06Rate(
  code: string,
  nameVi: string,
  nameEn: string,
  numerator: string,
  denominator: string,
  countingRuleVi: string,
  countingRuleEn: string,
): IndicatorDefinition {
  return {
    code,
    nameVi,
    nameEn,
    numerator: dataValues(numerator),
    denominator: dataValues(denominator),
    factor: 100,
    unit: 'percent',
    direction: 'higher_is_better',
    target: null,
    targetSource: null,
    countingRuleVi,
    countingRuleEn,
  };
}

function count(
  code: string,
  nameVi: string,
  nameEn: string,
  numerator: Measure,
  unit: 'count' | 'vnd' = 'count',
): IndicatorDefinition {
  const tip = numerator.source === 'tips';
  return {
    code,
    nameVi,
    nameEn,
    numerator,
    denominator: null,
    factor: 1,
    unit,
    direction: tip ? 'neutral' : 'lower_is_better',
    target: null,
    targetSource: null,
    countingRuleVi: tip ? TIPS_VI : OCCURRENCE_VI,
    countingRuleEn: tip ? TIPS_EN : OCCURRENCE_EN,
  };
}

const GROUPS: [CrimeGroup, string, string][] = [
  ['social_order', 'Tội phạm về trật tự xã hội', 'Social-order crimes'],
  ['economic', 'Tội phạm về kinh tế, tham nhũng, buôn lậu', 'Economic, corruption and smuggling crimes'],
  ['drugs', 'Tội phạm về ma túy', 'Drug crimes'],
  ['environment', 'Tội phạm về môi trường', 'Environmental crimes'],
  ['high_tech', 'Tội phạm sử dụng công nghệ cao', 'High-tech crimes'],
  ['other', 'Tội phạm khác', 'Other crimes'],
];

export const SHIPPED_INDICATORS: readonly IndicatorDefinition[] = [
  count('crimes', 'Tổng số vụ phạm tội', 'All crimes', crimes('incidents')),
  ...GROUPS.map(([group, vi, en]) =>
    count(`crimes_${group}`, vi, en, crimes('incidents', { categories: [group] })),
  ),
  count(
    'crimes_very_serious',
    'Tội phạm rất nghiêm trọng, đặc biệt nghiêm trọng',
    'Very serious and especially serious crimes',
    crimes('incidents', { seriousness: [...SERIOUS] }),
  ),
  {
    code: 'clearance_rate',
    nameVi: 'Tỷ lệ điều tra làm rõ các vụ phạm tội',
    nameEn: 'Clearance rate',
    numerator: crimes('cleared'),
    denominator: crimes('incidents'),
    factor: 100,
    unit: 'percent',
    direction: 'higher_is_better',
    target: { op: 'at_least', value: 75 },
    targetSource: 'Nghị quyết 96/2019/QH14: tỷ lệ điều tra làm rõ trên 75%',
    countingRuleVi: CLEARED_VI,
    countingRuleEn: CLEARED_EN,
  },
  {
    code: 'clearance_rate_serious',
    nameVi: 'Tỷ lệ điều tra làm rõ án rất nghiêm trọng, đặc biệt nghiêm trọng',
    nameEn: 'Clearance rate of very serious and especially serious crimes',
    numerator: crimes('cleared', { seriousness: [...SERIOUS] }),
    denominator: crimes('incidents', { seriousness: [...SERIOUS] }),
    factor: 100,
    unit: 'percent',
    direction: 'higher_is_better',
    target: { op: 'at_least', value: 90 },
    targetSource: 'Nghị quyết 96/2019/QH14: án rất nghiêm trọng, đặc biệt nghiêm trọng trên 90%',
    countingRuleVi: CLEARED_VI,
    countingRuleEn: CLEARED_EN,
  },
  count('tips_received', 'Tố giác, tin báo tiếp nhận', 'Tips received', tips('received')),
  count('tips_resolved', 'Tố giác, tin báo đã giải quyết', 'Tips resolved', tips('resolved')),
  {
    code: 'tip_resolution_rate',
    nameVi: 'Tỷ lệ giải quyết tố giác, tin báo về tội phạm',
    nameEn: 'Tip resolution rate',
    numerator: tips('resolved'),
    denominator: tips('received'),
    factor: 100,
    unit: 'percent',
    direction: 'higher_is_better',
    target: { op: 'at_least', value: 90 },
    targetSource: 'Nghị quyết 96/2019/QH14: giải quyết tố giác, tin báo trên 90%',
    countingRuleVi: `${TIPS_VI} Tỷ lệ = đã giải quyết / tiếp nhận × 100.`,
    countingRuleEn: `${TIPS_EN} Rate = resolved / received × 100.`,
  },
  {
    code: 'tips_on_time_share',
    nameVi: 'Tỷ lệ giải quyết đúng hạn',
    nameEn: 'Share resolved on time',
    numerator: tips('resolved_on_time'),
    denominator: tips('resolved'),
    factor: 100,
    unit: 'percent',
    direction: 'higher_is_better',
    target: null,
    targetSource: null,
    countingRuleVi: `${TIPS_VI} Đúng hạn: quyết định trong thời hạn đang có hiệu lực (kể cả gia hạn).`,
    countingRuleEn: `${TIPS_EN} On time: decided within the limit in force (extensions included).`,
  },
  {
    ...count(
      'tips_overdue_now',
      'Tố giác, tin báo quá hạn hiện nay',
      'Tips overdue now',
      tips('overdue_now'),
    ),
    direction: 'lower_is_better',
    countingRuleVi:
      'Số tố giác, tin báo chưa giải quyết đã quá hạn tính đến hôm nay; không phụ thuộc kỳ, không có cùng kỳ.',
    countingRuleEn:
      'Open tips past their limit as of today; independent of the period, with no same-period figure.',
  },
  count(
    'traffic_accidents',
    'Số vụ tai nạn giao thông',
    'Traffic accidents',
    ofType('traffic_accident', 'incidents'),
  ),
  count(
    'traffic_deaths',
    'Số người chết do tai nạn giao thông',
    'Traffic deaths',
    ofType('traffic_accident', 'deaths'),
  ),
  count(
    'traffic_injuries',
    'Số người bị thương do tai nạn giao thông',
    'Traffic injuries',
    ofType('traffic_accident', 'injuries'),
  ),
  count('fires', 'Số vụ cháy, nổ', 'Fires and explosions', ofType('fire', 'incidents')),
  count('fire_deaths', 'Số người chết do cháy, nổ', 'Fire deaths', ofType('fire', 'deaths')),
  count('fire_injuries', 'Số người bị thương do cháy, nổ', 'Fire injuries', ofType('fire', 'injuries')),
  count(
    'fire_damage',
    'Thiệt hại do cháy, nổ (đồng)',
    'Fire damage (VND)',
    ofType('fire', 'damage_vnd'),
    'vnd',
  ),
  count('drug_cases', 'Vụ việc về ma túy (tội phạm và tụ điểm)', 'Drug cases (crimes and sites)', {
    source: 'incidents',
    measure: 'incidents',
    types: ['crime', 'social_vice'],
    categories: ['drugs', 'drugs_site'],
  }),
  project06Rate(
    'id_card_coverage',
    'Tỷ lệ công dân đã được trả thẻ căn cước',
    'Identity card coverage',
    'p06_cc_returned_total',
    'p06_population_14plus',
    `Tỷ lệ = thẻ căn cước đã trả cho công dân (lũy kế) / dân số từ đủ 14 tuổi trở lên × 100. ${RUNNING_TOTALS_VI}`,
    `Rate = identity cards handed to citizens (running total) / population aged 14 and over × 100. ${RUNNING_TOTALS_EN}`,
  ),
  project06Rate(
    'eid2_coverage',
    'Tỷ lệ định danh điện tử mức 2',
    'Level-2 electronic identification coverage',
    'p06_eid2_activated_total',
    'p06_population_14plus',
    `Tỷ lệ = tài khoản định danh điện tử mức 2 đã kích hoạt (lũy kế) / dân số từ đủ 14 tuổi trở lên × 100. ${RUNNING_TOTALS_VI}`,
    `Rate = level-2 e-ID accounts activated (running total) / population aged 14 and over × 100. ${RUNNING_TOTALS_EN}`,
  ),
  project06Rate(
    'dossiers_online_share',
    'Tỷ lệ hồ sơ tiếp nhận qua dịch vụ công trực tuyến',
    'Share of dossiers received online',
    'p06_dossiers_online',
    'p06_dossiers_total',
    'Tỷ lệ = hồ sơ tiếp nhận qua dịch vụ công trực tuyến / tổng số hồ sơ thủ tục hành chính đã tiếp nhận × 100. Cộng số liệu báo cáo của các ngày trong kỳ, của mọi xã, phường thuộc đơn vị.',
    "Rate = dossiers received through online public services / all administrative-procedure dossiers received × 100. The reported values of the period's days are added up over every commune of the unit.",
  ),
];
