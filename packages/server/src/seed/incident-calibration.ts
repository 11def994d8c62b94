import type { IncidentType } from '@antt/shared';

// How many incidents of which kind the synthetic data holds (shared/DESIGN.md section 7:
// "synthetic but plausible ... calibrated to published magnitudes"). Every figure below is a
// rate per 100,000 residents a year, so the same table serves the demo province and a
// national bench file. The published figures they were set against are approximate and count
// slightly different things; the rates aim at their order of magnitude, not at any one year:
//
// - Population (2019 census, GSO): Cần Thơ 1,235,171; Hậu Giang 733,017; Sóc Trăng 1,199,653.
// - Social-order crime, Sóc Trăng: the province's 2024 crime-prevention report, as VietNamNet
//   reported it (Nov 2024), counts "gần 700 vụ" detected, with 100 of 109 very serious and
//   especially serious crimes cleared (about 92 %); for the first half of 2025 the province
//   reported 451 matters showing signs of social-order crime, 116 fewer than a year earlier
//   (PLO, 24/06/2025). Those counts include matters later found not to be crimes; DESIGN
//   section 7 asks for "a few hundred" recorded crimes a year, so the rates give Sóc Trăng
//   about 420 social-order crimes a year, of which about one in eight very serious or worse.
// - Clearance: near 80 % overall and about 90 % for very serious and especially serious crimes
//   (the National Assembly's targets are above 75 % and above 90 %; the report above, 92 %).
//   Drug, gambling and smuggling cases are found in the act and are all but always cleared.
// - Road traffic: provinces of about a million people report of the order of 100–200 accidents
//   and about 50–120 deaths a year (e.g. Ninh Thuận 2023: 176 accidents, 54 deaths, 181 injured,
//   Báo Ninh Thuận); about 150 accidents and 105 deaths a year for Sóc Trăng here. Peaks around
//   Tết and at weekends.
// - Fires and explosions: tens a year per province, most electrical, damage from a few million
//   to several billion đồng (e.g. VOV, 12/09/2024: a book shop in Ngã Năm, over 2 billion).
// - Social-vice sites: a few dozen to a hundred gambling, drug-use and prostitution sites broken
//   up a year per province, gambling peaking at Tết.

/** 2019 census population of the provinces of the demo (pre-2025 codes). */
export const PROVINCE_POPULATION_2019: Readonly<Record<string, number>> = {
  '92': 1_235_171,
  '93': 733_017,
  '94': 1_199_653,
};

/** Residents of a commune relative to a rural commune (xã): wards are denser. */
export const COMMUNE_TYPE_WEIGHT: Readonly<Record<string, number>> = {
  Phường: 1.8,
  'Thị trấn': 1.4,
  Xã: 1,
  'Đặc khu': 1,
};

/** Seasonality: day-of-week and month factors, a bump around Tết, and a yearly trend. */
export type Season = {
  /** Monday … Sunday. */
  weekdays: readonly number[];
  /** January … December (default flat). */
  months?: readonly number[];
  /** Peak factor 1 + amplitude, centred `offsetDays` after the first day of Tết, Gaussian width. */
  tet?: { amplitude: number; offsetDays: number; widthDays: number };
  /** Relative change per year after 2022. */
  trendPerYear: number;
};

export type CrimeKind = {
  article: number;
  weight: number;
  /** Relative frequency of clauses 1, 2, 3 … (the clause sets the seriousness). */
  clauses: readonly number[];
  /** Found in the act (drugs, gambling, smuggling): cleared on the spot, almost always. */
  caughtInTheAct?: boolean;
  /** Chance of ever being cleared, when the seriousness default does not fit (online fraud). */
  clearance?: number;
  summaries: readonly string[];
};

export type CategoryKind = { category: string; weight: number; summaries: readonly string[] };

type StreamBase = {
  key: string;
  perHundredThousand: number;
  season: Season;
  /** Relative frequency of each hour of the day, 0 … 23. */
  hours: readonly number[];
};

export type StreamCalibration =
  | (StreamBase & { type: 'crime'; kinds: readonly CrimeKind[] })
  | (StreamBase & { type: Exclude<IncidentType, 'crime'>; kinds: readonly CategoryKind[] });

const WEEK_FLAT = [1, 1, 1, 1, 1, 1, 1];
const WEEKEND_HIGH = [0.95, 0.92, 0.95, 0.98, 1.05, 1.2, 1.25];
/** Crimes the police find on patrol or raids: fewer at weekends. */
const WORKING_WEEK = [1.15, 1.15, 1.15, 1.15, 1.1, 0.75, 0.55];

// Hours of the day, 0 … 23.
const NIGHT_HEAVY = [6, 6, 6, 5, 4, 3, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 6, 7, 7, 7, 7];
const EVENING = [3, 2, 2, 1, 1, 1, 1, 1, 2, 2, 3, 3, 3, 3, 3, 3, 4, 5, 7, 9, 10, 9, 7, 5];
const WORKING_DAY = [1, 1, 1, 1, 1, 2, 3, 5, 7, 8, 8, 7, 5, 6, 8, 8, 7, 6, 5, 5, 5, 4, 3, 2];
const TRAFFIC = [2, 1, 1, 1, 2, 4, 7, 9, 7, 5, 5, 6, 6, 5, 5, 6, 8, 10, 10, 9, 7, 5, 4, 3];
const ANY_TIME = [3, 3, 3, 3, 3, 3, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 3];

export const STREAMS: readonly StreamCalibration[] = [
  {
    key: 'property',
    type: 'crime',
    perHundredThousand: 22.5,
    // Theft rises in the weeks before Tết; a slow decline over the years, as reported.
    season: {
      weekdays: WEEK_FLAT,
      tet: { amplitude: 0.5, offsetDays: -8, widthDays: 8 },
      trendPerYear: -0.04,
    },
    hours: NIGHT_HEAVY,
    kinds: [
      {
        article: 173,
        weight: 58,
        clauses: [84, 13, 2.5, 0.5],
        summaries: [
          'Trộm cắp xe máy dựng trước nhà',
          'Trộm cắp tài sản trong nhà dân vào ban đêm',
          'Trộm cắp điện thoại di động tại quán cà phê',
          'Trộm cắp gà, vịt của hộ chăn nuôi',
          'Trộm cắp tiền và vàng trong tủ',
        ],
      },
      {
        article: 171,
        weight: 8,
        clauses: [75, 22, 2.5, 0.5],
        summaries: ['Cướp giật túi xách của người đi đường', 'Cướp giật điện thoại di động trên đường'],
      },
      {
        article: 172,
        weight: 2,
        clauses: [90, 9, 1],
        summaries: [
          'Công nhiên chiếm đoạt xe đạp để trước cửa hàng',
          'Công nhiên chiếm đoạt hàng hóa tại chợ',
        ],
      },
      {
        article: 174,
        weight: 13,
        clauses: [70, 22, 6, 2],
        summaries: [
          'Lừa đảo vay tiền hứa trả lãi cao rồi bỏ trốn',
          'Lừa đảo bán kim loại giả là vàng',
          'Lừa đảo nhận tiền hứa xin việc làm',
        ],
      },
      {
        article: 175,
        weight: 5,
        clauses: [75, 20, 4, 1],
        summaries: ['Thuê xe máy rồi mang đi cầm cố', 'Mượn tài sản rồi chiếm đoạt, không trả'],
      },
      {
        article: 168,
        weight: 3,
        clauses: [70, 25, 4, 1],
        summaries: ['Dùng hung khí khống chế cướp tài sản', 'Cướp tài sản của tài xế xe ôm'],
      },
      {
        article: 170,
        weight: 2,
        clauses: [80, 17, 3],
        summaries: ['Đe dọa để cưỡng đoạt tiền', 'Cưỡng đoạt tài sản bằng cách đe dọa tung ảnh riêng tư'],
      },
      {
        article: 178,
        weight: 9,
        clauses: [85, 13, 2],
        summaries: ['Cố ý làm hư hỏng hàng rào, cây trồng của hàng xóm', 'Đập phá xe máy do mâu thuẫn'],
      },
    ],
  },
  {
    key: 'violence',
    type: 'crime',
    perHundredThousand: 9,
    // Drinking over the Tết holidays.
    season: {
      weekdays: WEEKEND_HIGH,
      tet: { amplitude: 0.6, offsetDays: 2, widthDays: 5 },
      trendPerYear: -0.02,
    },
    hours: EVENING,
    kinds: [
      {
        article: 134,
        weight: 62,
        clauses: [52, 26, 14, 6, 1, 1],
        summaries: [
          'Đánh nhau gây thương tích sau khi uống rượu',
          'Dùng hung khí gây thương tích do mâu thuẫn',
          'Cố ý gây thương tích do tranh chấp đất đai',
        ],
      },
      {
        article: 123,
        weight: 3,
        clauses: [70, 25, 5],
        summaries: ['Giết người do mâu thuẫn trong cuộc nhậu', 'Giết người do mâu thuẫn gia đình'],
      },
      {
        article: 141,
        weight: 2,
        clauses: [70, 25, 5],
        summaries: ['Vụ xâm hại tình dục; thông tin về bị hại được giữ kín'],
      },
      {
        article: 142,
        weight: 2,
        clauses: [80, 18, 2],
        summaries: ['Vụ xâm hại tình dục người dưới 16 tuổi; thông tin về bị hại được giữ kín'],
      },
      {
        article: 318,
        weight: 14,
        clauses: [90, 10],
        summaries: ['Tụ tập gây rối, đánh nhau tại nơi công cộng', 'Gây rối trật tự tại quán karaoke'],
      },
      {
        article: 260,
        weight: 13,
        clauses: [70, 25, 3, 2],
        caughtInTheAct: true,
        summaries: ['Vi phạm quy định về tham gia giao thông đường bộ gây tai nạn chết người'],
      },
      {
        article: 266,
        weight: 4,
        clauses: [85, 13, 2],
        caughtInTheAct: true,
        summaries: ['Đua xe máy trái phép trên tuyến đường tỉnh'],
      },
    ],
  },
  {
    key: 'gambling',
    type: 'crime',
    perHundredThousand: 3.5,
    season: { weekdays: WEEKEND_HIGH, tet: { amplitude: 2, offsetDays: 0, widthDays: 6 }, trendPerYear: 0 },
    hours: EVENING,
    kinds: [
      {
        article: 321,
        weight: 75,
        clauses: [85, 15],
        caughtInTheAct: true,
        summaries: [
          'Đánh bạc bằng hình thức đá gà ăn tiền',
          'Đánh bạc bằng hình thức đánh bài ăn tiền',
          'Đánh bạc bằng hình thức cá độ bóng đá qua mạng',
        ],
      },
      {
        article: 322,
        weight: 25,
        clauses: [85, 15],
        caughtInTheAct: true,
        summaries: ['Tổ chức đánh bạc, gá bạc tại nhà', 'Tổ chức đá gà ăn tiền'],
      },
    ],
  },
  {
    key: 'drugs',
    type: 'crime',
    perHundredThousand: 15,
    season: { weekdays: WORKING_WEEK, trendPerYear: 0.03 },
    hours: WORKING_DAY,
    kinds: [
      {
        article: 249,
        weight: 58,
        clauses: [90, 8, 1.5, 0.5],
        caughtInTheAct: true,
        summaries: [
          'Tàng trữ trái phép chất ma túy (ma túy đá)',
          'Tàng trữ trái phép heroin',
          'Tàng trữ trái phép thuốc lắc',
        ],
      },
      {
        article: 251,
        weight: 25,
        clauses: [82, 14, 3, 1],
        caughtInTheAct: true,
        summaries: ['Mua bán trái phép chất ma túy', 'Bán lẻ ma túy tổng hợp cho người nghiện'],
      },
      {
        article: 250,
        weight: 3,
        clauses: [70, 22, 6, 2],
        caughtInTheAct: true,
        summaries: ['Vận chuyển trái phép chất ma túy'],
      },
      {
        article: 255,
        weight: 9,
        clauses: [85, 12, 2, 1],
        caughtInTheAct: true,
        summaries: [
          'Tổ chức sử dụng trái phép chất ma túy tại nhà trọ',
          'Tổ chức sử dụng trái phép chất ma túy tại quán karaoke',
        ],
      },
      {
        article: 256,
        weight: 5,
        clauses: [90, 10],
        caughtInTheAct: true,
        summaries: ['Chứa chấp việc sử dụng trái phép chất ma túy'],
      },
    ],
  },
  {
    key: 'economic',
    type: 'crime',
    perHundredThousand: 3.5,
    // Firecrackers and smuggled cigarettes before Tết.
    season: {
      weekdays: WORKING_WEEK,
      tet: { amplitude: 0.8, offsetDays: -15, widthDays: 10 },
      trendPerYear: 0,
    },
    hours: WORKING_DAY,
    kinds: [
      {
        article: 191,
        weight: 30,
        clauses: [85, 12, 3],
        caughtInTheAct: true,
        summaries: ['Vận chuyển thuốc lá điếu nhập lậu', 'Tàng trữ pháo nổ'],
      },
      {
        article: 190,
        weight: 15,
        clauses: [85, 12, 3],
        caughtInTheAct: true,
        summaries: ['Buôn bán pháo nổ', 'Buôn bán thuốc lá điếu nhập lậu'],
      },
      {
        article: 188,
        weight: 6,
        clauses: [80, 15, 4, 1],
        caughtInTheAct: true,
        summaries: ['Buôn lậu hàng hóa qua cửa sông'],
      },
      {
        article: 192,
        weight: 6,
        clauses: [85, 12, 3],
        caughtInTheAct: true,
        summaries: ['Buôn bán phân bón giả', 'Buôn bán hàng giả'],
      },
      {
        article: 201,
        weight: 14,
        clauses: [80, 20],
        clearance: 0.95,
        summaries: ['Cho vay lãi nặng (tín dụng đen)'],
      },
      { article: 200, weight: 4, clauses: [80, 15, 5], clearance: 0.95, summaries: ['Trốn thuế'] },
      {
        article: 203,
        weight: 6,
        clauses: [85, 15],
        clearance: 0.95,
        summaries: ['Mua bán trái phép hóa đơn giá trị gia tăng'],
      },
      {
        article: 353,
        weight: 12,
        clauses: [70, 25, 4, 1],
        clearance: 0.95,
        summaries: ['Tham ô tài sản tại đơn vị sự nghiệp'],
      },
      {
        article: 354,
        weight: 7,
        clauses: [75, 20, 4, 1],
        clearance: 0.95,
        summaries: ['Nhận hối lộ khi giải quyết hồ sơ'],
      },
    ],
  },
  {
    key: 'environment',
    type: 'crime',
    perHundredThousand: 0.8,
    // Electric fishing in the flood season.
    season: {
      weekdays: WORKING_WEEK,
      months: [0.8, 0.8, 0.8, 0.8, 0.9, 1.1, 1.2, 1.3, 1.3, 1.3, 1.1, 0.9],
      trendPerYear: 0,
    },
    hours: WORKING_DAY,
    kinds: [
      {
        article: 242,
        weight: 70,
        clauses: [90, 8, 2],
        caughtInTheAct: true,
        summaries: ['Sử dụng xung điện khai thác thủy sản', 'Hủy hoại nguồn lợi thủy sản bằng chất độc'],
      },
      {
        article: 234,
        weight: 15,
        clauses: [90, 9, 1],
        caughtInTheAct: true,
        summaries: ['Nuôi nhốt, buôn bán động vật hoang dã'],
      },
      {
        article: 235,
        weight: 15,
        clauses: [90, 9, 1],
        clearance: 0.9,
        summaries: ['Xả thải chưa qua xử lý ra kênh rạch'],
      },
    ],
  },
  {
    key: 'high_tech',
    type: 'crime',
    perHundredThousand: 2.5,
    // Online fraud grows year on year and is cleared far less often than other crime.
    season: { weekdays: WEEK_FLAT, trendPerYear: 0.15 },
    hours: ANY_TIME,
    kinds: [
      {
        article: 290,
        weight: 85,
        clauses: [65, 25, 7, 3],
        clearance: 0.4,
        summaries: [
          'Chiếm đoạt tài sản qua đường link giả mạo ứng dụng ngân hàng',
          'Giả danh nhân viên ngân hàng chiếm đoạt tiền trong tài khoản',
          'Lừa đảo đầu tư tiền ảo qua mạng xã hội',
        ],
      },
      {
        article: 288,
        weight: 15,
        clauses: [85, 15],
        clearance: 0.85,
        summaries: ['Đưa thông tin sai sự thật lên mạng xã hội để trục lợi'],
      },
    ],
  },
  {
    key: 'other',
    type: 'crime',
    perHundredThousand: 1.2,
    season: { weekdays: WORKING_WEEK, trendPerYear: 0 },
    hours: WORKING_DAY,
    kinds: [
      {
        article: 330,
        weight: 60,
        clauses: [90, 10],
        caughtInTheAct: true,
        summaries: ['Chống người thi hành công vụ khi bị kiểm tra hành chính'],
      },
      {
        article: 341,
        weight: 25,
        clauses: [80, 18, 2],
        clearance: 0.95,
        summaries: ['Sử dụng giấy phép lái xe giả'],
      },
      { article: 364, weight: 15, clauses: [85, 12, 3], clearance: 0.97, summaries: ['Đưa hối lộ'] },
    ],
  },
  {
    key: 'traffic',
    type: 'traffic_accident',
    perHundredThousand: 12.5,
    season: {
      weekdays: WEEKEND_HIGH,
      tet: { amplitude: 0.7, offsetDays: 1, widthDays: 6 },
      trendPerYear: -0.03,
    },
    hours: TRAFFIC,
    kinds: [
      {
        category: 'road',
        weight: 94,
        summaries: [
          'Xe mô tô va chạm với xe mô tô',
          'Xe ô tô tải va chạm với xe mô tô',
          'Xe mô tô tự gây tai nạn (tông vào trụ điện)',
          'Xe ô tô khách va chạm với xe mô tô khi vượt',
          'Người đi bộ bị xe mô tô tông khi qua đường',
        ],
      },
      {
        category: 'waterway',
        weight: 6,
        summaries: ['Sà lan va chạm với xuồng máy trên sông', 'Lật ghe chở khách trên kênh'],
      },
    ],
  },
  {
    key: 'fire',
    type: 'fire',
    perHundredThousand: 2.2,
    // The dry season (December to April).
    season: {
      weekdays: WEEK_FLAT,
      months: [1.5, 1.6, 1.6, 1.5, 1.1, 0.8, 0.7, 0.7, 0.7, 0.7, 0.8, 1.2],
      tet: { amplitude: 0.4, offsetDays: -3, widthDays: 7 },
      trendPerYear: 0,
    },
    hours: ANY_TIME,
    kinds: [
      {
        category: 'fire',
        weight: 95,
        summaries: [
          'Cháy nhà dân',
          'Cháy kho chứa hàng',
          'Cháy quán ăn',
          'Cháy cửa hàng tạp hóa',
          'Cháy xe ô tô đang đỗ',
          'Cháy bãi cỏ lan sang nhà trọ',
        ],
      },
      {
        category: 'explosion',
        weight: 5,
        summaries: ['Nổ bình khí hóa lỏng (gas) tại nhà dân', 'Nổ lò hơi'],
      },
    ],
  },
  {
    key: 'vice',
    type: 'social_vice',
    perHundredThousand: 5,
    season: { weekdays: WEEKEND_HIGH, tet: { amplitude: 1, offsetDays: 0, widthDays: 6 }, trendPerYear: 0 },
    hours: EVENING,
    kinds: [
      {
        category: 'gambling',
        weight: 60,
        summaries: [
          'Triệt xóa điểm đá gà ăn tiền',
          'Triệt xóa điểm đánh bài ăn tiền',
          'Triệt xóa điểm ghi số đề',
        ],
      },
      {
        category: 'drugs_site',
        weight: 30,
        summaries: [
          'Triệt xóa tụ điểm sử dụng ma túy tại nhà trọ',
          'Triệt xóa tụ điểm sử dụng ma túy tại quán karaoke',
        ],
      },
      {
        category: 'prostitution',
        weight: 10,
        summaries: [
          'Phát hiện hoạt động mua bán dâm tại cơ sở massage',
          'Phát hiện hoạt động mua bán dâm tại nhà nghỉ',
        ],
      },
    ],
  },
];

/** Chance that a crime is ever cleared, by seriousness class, unless its kind says otherwise. */
export const CLEARANCE_BY_SERIOUSNESS = {
  less_serious: 0.75,
  serious: 0.8,
  very_serious: 0.9,
  especially_serious: 0.93,
} as const;

/** Chance that a non-crime is closed with its cause established (accidents, fires) or dismantled (sites). */
export const CLOSURE_BY_TYPE = { traffic_accident: 0.95, fire: 0.92, social_vice: 0.9 } as const;

/** Main roads of each former province, for accident rows. */
export const ROADS_BY_PROVINCE: Readonly<Record<string, readonly string[]>> = {
  '92': [
    'Quốc lộ 1A',
    'Quốc lộ 91',
    'Quốc lộ 91B',
    'Quốc lộ 80',
    'Đường Nam Sông Hậu',
    'Đường 3 Tháng 2',
    'Đường Mậu Thân',
  ],
  '93': ['Quốc lộ 1A', 'Quốc lộ 61', 'Quốc lộ 61C', 'Đường Nam Sông Hậu', 'Đường Quản lộ - Phụng Hiệp'],
  '94': [
    'Quốc lộ 1A',
    'Quốc lộ 60',
    'Đường Nam Sông Hậu',
    'Đường tỉnh 932',
    'Đường tỉnh 934',
    'Đường Lê Hồng Phong',
  ],
};
export const DEFAULT_ROADS: readonly string[] = ['Quốc lộ 1A', 'Đường tỉnh', 'Đường huyện', 'Đường liên xã'];
export const WATERWAYS: readonly string[] = [
  'Sông Hậu',
  'Kênh Xà No',
  'Kênh Quản lộ - Phụng Hiệp',
  'Sông Cái Côn',
];

export const STREETS: readonly string[] = [
  'Trần Hưng Đạo',
  'Lê Lợi',
  'Hai Bà Trưng',
  'Nguyễn Trãi',
  'Hùng Vương',
  'Lê Hồng Phong',
  'Phú Lợi',
  '30 Tháng 4',
  'Nguyễn Văn Cừ',
  'Trần Phú',
  'Lý Thường Kiệt',
  'Nguyễn Huệ',
];

export const SITE_NAMES: Readonly<Record<string, readonly string[]>> = {
  gambling: ['Bãi đất trống cuối ấp', 'Nhà kho bỏ hoang ven kênh', 'Quán cà phê võng', 'Nhà dân trong hẻm'],
  drugs_site: ['Nhà trọ ven quốc lộ', 'Quán karaoke', 'Nhà dân trong hẻm', 'Chòi canh vườn'],
  prostitution: ['Cơ sở massage', 'Nhà nghỉ', 'Quán cà phê đèn mờ'],
};
