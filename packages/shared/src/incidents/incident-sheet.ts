// The columns of the incident spreadsheet: the import template, the file the import reads and
// the file the export writes are one layout, so an exported list can be corrected and imported
// back. Keys are ASCII so any spreadsheet keeps them; the labels and notes document the template
// (data/templates/incidents-template.xlsx, its "Hướng dẫn" sheet, and the web import page).

export type IncidentSheetColumn = {
  key: string;
  labelVi: string;
  labelEn: string;
  /** Which incident types use it; empty = all. */
  types: readonly ('crime' | 'traffic_accident' | 'fire' | 'social_vice')[];
  required: boolean;
  noteVi: string;
};

export const INCIDENT_SHEET_COLUMNS: readonly IncidentSheetColumn[] = [
  {
    key: 'ma_tham_chieu',
    labelVi: 'Mã tham chiếu',
    labelEn: 'External reference',
    types: [],
    required: false,
    noteVi:
      'Mã riêng của đơn vị cho vụ việc; nhập lại tệp có cùng mã sẽ cập nhật vụ việc đó thay vì thêm mới.',
  },
  {
    key: 'loai',
    labelVi: 'Loại vụ việc',
    labelEn: 'Type',
    types: [],
    required: true,
    noteVi:
      'crime (tội phạm), traffic_accident (tai nạn giao thông), fire (cháy, nổ) hoặc social_vice (tệ nạn xã hội).',
  },
  {
    key: 'thoi_gian_xay_ra',
    labelVi: 'Thời gian xảy ra',
    labelEn: 'Occurred at',
    types: [],
    required: true,
    noteVi:
      'Ngày giờ theo giờ Việt Nam: 2026-03-01 21:30, 01/03/2026 21:30 hoặc ô ngày của Excel. Không được ở tương lai.',
  },
  {
    key: 'ma_xa',
    labelVi: 'Mã xã, phường',
    labelEn: 'Commune code',
    types: [],
    required: false,
    noteVi:
      'Mã đơn vị hành chính cấp xã có hiệu lực vào ngày xảy ra (mã cũ cho vụ việc trước 01/7/2025). Bỏ trống nếu có kinh độ, vĩ độ.',
  },
  {
    key: 'dia_chi',
    labelVi: 'Địa chỉ',
    labelEn: 'Address',
    types: [],
    required: false,
    noteVi: 'Số nhà, đường, ấp, khóm.',
  },
  {
    key: 'kinh_do',
    labelVi: 'Kinh độ',
    labelEn: 'Longitude',
    types: [],
    required: false,
    noteVi: 'Độ thập phân, ví dụ 105.9712. Điểm phải nằm trong địa giới tỉnh.',
  },
  {
    key: 'vi_do',
    labelVi: 'Vĩ độ',
    labelEn: 'Latitude',
    types: [],
    required: false,
    noteVi: 'Độ thập phân, ví dụ 9.6031.',
  },
  {
    key: 'don_vi_lap',
    labelVi: 'Đơn vị lập',
    labelEn: 'Reporting unit',
    types: [],
    required: false,
    noteVi: 'Mã đơn vị công an lập hồ sơ; bỏ trống thì là công an xã, phường nơi xảy ra.',
  },
  {
    key: 'trang_thai',
    labelVi: 'Trạng thái',
    labelEn: 'Status',
    types: [],
    required: false,
    noteVi:
      'open (mới tiếp nhận), investigating (đang điều tra, xác minh), suspended (tạm đình chỉ), closed (kết thúc). Mặc định open.',
  },
  {
    key: 'da_lam_ro',
    labelVi: 'Đã làm rõ',
    labelEn: 'Cleared',
    types: [],
    required: false,
    noteVi: 'có / không (hoặc 1 / 0). Mặc định không.',
  },
  {
    key: 'ngay_lam_ro',
    labelVi: 'Ngày làm rõ',
    labelEn: 'Cleared on',
    types: [],
    required: false,
    noteVi: 'Bắt buộc khi đã làm rõ; không trước ngày xảy ra.',
  },
  {
    key: 'dieu',
    labelVi: 'Điều (BLHS 2015)',
    labelEn: 'Article',
    types: ['crime'],
    required: true,
    noteVi: 'Điều của Bộ luật Hình sự 2015, ví dụ 173.',
  },
  {
    key: 'khoan',
    labelVi: 'Khoản',
    labelEn: 'Clause',
    types: ['crime'],
    required: true,
    noteVi: 'Khoản của điều; khoản quyết định loại tội (ít nghiêm trọng ... đặc biệt nghiêm trọng).',
  },
  {
    key: 'phan_loai',
    labelVi: 'Phân loại',
    labelEn: 'Category',
    types: ['traffic_accident', 'fire', 'social_vice'],
    required: true,
    noteVi:
      'Mã trong danh mục: road, railway, waterway; fire, explosion; gambling, drugs_site, prostitution.',
  },
  {
    key: 'so_nguoi_chet',
    labelVi: 'Số người chết',
    labelEn: 'Deaths',
    types: ['traffic_accident', 'fire'],
    required: false,
    noteVi: 'Số nguyên không âm; mặc định 0.',
  },
  {
    key: 'so_nguoi_bi_thuong',
    labelVi: 'Số người bị thương',
    labelEn: 'Injuries',
    types: ['traffic_accident', 'fire'],
    required: false,
    noteVi: 'Số nguyên không âm; mặc định 0.',
  },
  {
    key: 'so_phuong_tien',
    labelVi: 'Số phương tiện',
    labelEn: 'Vehicles',
    types: ['traffic_accident'],
    required: false,
    noteVi: 'Số phương tiện liên quan; mặc định 0.',
  },
  {
    key: 'tuyen_duong',
    labelVi: 'Tuyến đường',
    labelEn: 'Road',
    types: ['traffic_accident'],
    required: false,
    noteVi: 'Ví dụ Quốc lộ 1A, Km 2090.',
  },
  {
    key: 'thiet_hai_vnd',
    labelVi: 'Thiệt hại (đồng)',
    labelEn: 'Damage (VND)',
    types: ['fire'],
    required: false,
    noteVi: 'Số đồng, không dấu phân cách hoặc dùng dấu chấm: 150.000.000.',
  },
  {
    key: 'nguyen_nhan',
    labelVi: 'Nguyên nhân cháy, nổ',
    labelEn: 'Fire cause',
    types: ['fire'],
    required: false,
    noteVi:
      'electrical, open_flame, arson, gas_or_fuel, industrial_process, lightning, traffic, other, unknown.',
  },
  {
    key: 'ten_diem',
    labelVi: 'Tên tụ điểm',
    labelEn: 'Site name',
    types: ['social_vice'],
    required: false,
    noteVi: 'Tên hoặc mô tả tụ điểm.',
  },
  {
    key: 'ma_tin_bao',
    labelVi: 'Mã tin báo',
    labelEn: 'Tip tracking code',
    types: [],
    required: false,
    noteVi: 'Mã theo dõi của tin báo gốc (nếu vụ việc bắt đầu từ một tin báo).',
  },
  {
    key: 'tom_tat',
    labelVi: 'Tóm tắt',
    labelEn: 'Summary',
    types: [],
    required: true,
    noteVi: 'Một hai câu về vụ việc.',
  },
];
