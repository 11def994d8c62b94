import type { Role } from '@antt/shared';

// One demo account per role (plus a commune leader), printed by `npm start`. They exist only
// in demo databases and are refused by a production server (`antt serve` without --demo).

/** The shared password of every demo account. Demo only: never valid outside demo mode. */
export const DEMO_PASSWORD = 'demo-antt-2026';

export type DemoAccount = {
  username: string;
  displayName: string;
  roles: Role[];
  /** Police unit code (see demo-organisation.ts). */
  unitCode: string;
  /** What the account shows, in Vietnamese, for the start-up banner. */
  description: string;
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'quantri',
    displayName: 'Nguyễn Văn Quản',
    roles: ['admin'],
    unitCode: 'CA92',
    description: 'Quản trị viên hệ thống',
  },
  {
    username: 'lanhdao',
    displayName: 'Trần Minh Đạo',
    roles: ['leader'],
    unitCode: 'CA92',
    description: 'Lãnh đạo Công an thành phố Cần Thơ',
  },
  {
    username: 'phantich',
    displayName: 'Lê Thị Phân',
    roles: ['analyst'],
    unitCode: 'CA92-PV01',
    description: 'Cán bộ tham mưu, Phòng Tham mưu',
  },
  {
    username: 'lanhdaophuong',
    displayName: 'Thạch Sô Phia',
    roles: ['leader'],
    unitCode: 'CAX-31507',
    description: 'Trưởng Công an phường Sóc Trăng',
  },
  {
    username: 'canbo',
    displayName: 'Lâm Văn Bộ',
    roles: ['officer'],
    unitCode: 'CAX-31507',
    description: 'Cán bộ Công an phường Sóc Trăng',
  },
  {
    username: 'trucban',
    displayName: 'Đặng Thị Trực',
    roles: ['officer'],
    unitCode: 'CA92-TB',
    description: 'Cán bộ trực ban 24/24, Công an thành phố Cần Thơ',
  },
  {
    username: 'dieutravien',
    displayName: 'Huỳnh Minh Tra',
    roles: ['officer'],
    unitCode: 'CA92-CSDT',
    description: 'Điều tra viên, Cơ quan Cảnh sát điều tra',
  },
  {
    username: 'thutruongcqdt',
    displayName: 'Võ Quốc Điều',
    roles: ['leader'],
    unitCode: 'CA92-CSDT',
    description: 'Thủ trưởng Cơ quan Cảnh sát điều tra',
  },
  {
    username: 'kiemsat',
    displayName: 'Phạm Thu Sát',
    roles: ['procurator'],
    unitCode: 'VKS92',
    description: 'Kiểm sát viên, Viện kiểm sát nhân dân thành phố Cần Thơ',
  },
];
