// One row per version of an administrative unit (shared/DESIGN.md section 4): a code is not an
// identity, so (code, valid_from) is unique and the id names the version.
export type AdminUnitLevel = 'province' | 'district' | 'commune';

export type AdminUnitTable = {
  id: string;
  code: string;
  name: string;
  /** The official kind as written in the lists: Tỉnh, Thành phố, Quận, Huyện, Phường, Xã, Đặc khu ... */
  type: string;
  level: AdminUnitLevel;
  parent_id: string | null;
  /** Code of the province this version belonged to. */
  province_code: string;
  /** First day (YYYYMMDD, Vietnam) on which this version exists. */
  valid_from: number;
  /** Last day on which it exists; null while it still does. */
  valid_to: number | null;
};
