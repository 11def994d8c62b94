import type { DataElement, DataSet } from './data-set.schemas.ts';

// The Project 06 data set (Government Decision 06/QĐ-TTg of 6 January 2022 on population data,
// identification and electronic authentication): what a commune police station reports each day
// during the roll-out of identity cards and electronic identification (VNeID), and the eligible
// population the coverage rates are measured against. Since the Law on Identification 2023
// (in force 1 July 2024) the card is the "thẻ căn cước". An administrator may edit each element.

const flow = (
  code: string,
  nameVi: string,
  nameEn: string,
  shortVi: string,
  shortEn: string,
  descriptionVi: string,
  descriptionEn: string,
): DataElement => ({
  code,
  nameVi,
  nameEn,
  shortVi,
  shortEn,
  valueType: 'integer',
  aggregation: 'sum',
  cumulative: false,
  min: 0,
  max: 100_000,
  descriptionVi,
  descriptionEn,
});

const runningTotal = (
  code: string,
  nameVi: string,
  nameEn: string,
  shortVi: string,
  shortEn: string,
  descriptionVi: string,
  descriptionEn: string,
): DataElement => ({
  code,
  nameVi,
  nameEn,
  shortVi,
  shortEn,
  valueType: 'integer',
  aggregation: 'last',
  cumulative: true,
  min: 0,
  max: 2_000_000,
  descriptionVi,
  descriptionEn,
});

export const PROJECT06_ELEMENTS: readonly DataElement[] = [
  flow(
    'p06_cc_applications',
    'Hồ sơ đề nghị cấp thẻ căn cước đã tiếp nhận',
    'Identity card applications received',
    'Hồ sơ cấp thẻ CC',
    'ID card applications',
    'Số hồ sơ cấp, đổi, cấp lại thẻ căn cước tiếp nhận trong ngày.',
    'Applications to issue, renew or replace an identity card received that day.',
  ),
  runningTotal(
    'p06_cc_returned_total',
    'Thẻ căn cước đã trả cho công dân (lũy kế)',
    'Identity cards handed to citizens (running total)',
    'Thẻ CC đã trả (lũy kế)',
    'ID cards returned (total)',
    'Tổng số thẻ căn cước (kể cả thẻ căn cước công dân gắn chíp) đã trả cho công dân thường trú trên địa bàn, tính đến hết ngày.',
    'All identity cards (chip citizen identity cards included) handed to residents of the unit, up to the end of the day.',
  ),
  flow(
    'p06_eid2_applications',
    'Hồ sơ đề nghị cấp tài khoản định danh điện tử mức 2 đã tiếp nhận',
    'Level-2 electronic identification applications received',
    'Hồ sơ ĐDĐT mức 2',
    'e-ID L2 applications',
    'Số hồ sơ đề nghị cấp tài khoản định danh điện tử mức độ 2 tiếp nhận trong ngày.',
    'Applications for a level-2 electronic identification account received that day.',
  ),
  runningTotal(
    'p06_eid1_activated_total',
    'Tài khoản định danh điện tử mức 1 đã kích hoạt (lũy kế)',
    'Level-1 e-ID accounts activated (running total)',
    'ĐDĐT mức 1 (lũy kế)',
    'e-ID L1 active (total)',
    'Tổng số tài khoản định danh điện tử mức độ 1 đã kích hoạt trên ứng dụng VNeID, tính đến hết ngày.',
    'All level-1 electronic identification accounts activated in the VNeID app, up to the end of the day.',
  ),
  runningTotal(
    'p06_eid2_activated_total',
    'Tài khoản định danh điện tử mức 2 đã kích hoạt (lũy kế)',
    'Level-2 e-ID accounts activated (running total)',
    'ĐDĐT mức 2 (lũy kế)',
    'e-ID L2 active (total)',
    'Tổng số tài khoản định danh điện tử mức độ 2 đã kích hoạt, tính đến hết ngày.',
    'All level-2 electronic identification accounts activated, up to the end of the day.',
  ),
  flow(
    'p06_dossiers_online',
    'Hồ sơ tiếp nhận qua dịch vụ công trực tuyến',
    'Dossiers received through online public services',
    'Hồ sơ DVC trực tuyến',
    'Online dossiers',
    'Số hồ sơ thủ tục hành chính tiếp nhận qua Cổng dịch vụ công trong ngày.',
    'Administrative-procedure dossiers received through the public-service portal that day.',
  ),
  flow(
    'p06_dossiers_total',
    'Tổng số hồ sơ thủ tục hành chính đã tiếp nhận',
    'All administrative-procedure dossiers received',
    'Tổng hồ sơ TTHC',
    'All dossiers',
    'Tất cả hồ sơ thủ tục hành chính tiếp nhận trong ngày, trực tuyến và trực tiếp.',
    'Every administrative-procedure dossier received that day, online and in person.',
  ),
  {
    code: 'p06_population_14plus',
    nameVi: 'Dân số từ đủ 14 tuổi trở lên',
    nameEn: 'Population aged 14 and over',
    shortVi: 'Dân số ≥ 14 tuổi',
    shortEn: 'Population 14+',
    valueType: 'integer',
    aggregation: 'last',
    cumulative: false,
    min: 0,
    max: 2_000_000,
    descriptionVi:
      'Số công dân từ đủ 14 tuổi trở lên thường trú trên địa bàn (đối tượng phải cấp thẻ căn cước), theo Cơ sở dữ liệu quốc gia về dân cư.',
    descriptionEn:
      'Residents aged 14 and over (who must hold an identity card), from the national population database.',
  },
];

export const PROJECT06_DATA_SET: DataSet = {
  code: 'p06_daily',
  nameVi: 'Đề án 06 — số liệu hằng ngày của công an xã, phường',
  nameEn: 'Project 06 — daily figures of commune police',
  periodType: 'day',
  reportingLevel: 'commune',
  elements: PROJECT06_ELEMENTS.map((e) => e.code),
};
