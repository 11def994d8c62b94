import {
  REPORT_TYPE_VI,
  reportHeaderSchema,
  type ReportHeader,
  type ReportHeaderOverrides,
  type ReportType,
} from '@antt/shared';
import { parseInput } from '../errors/domain-error.ts';
import type { AdminUnitView } from '../repositories/admin-unit.repository.ts';
import type { PoliceUnit } from './police-unit.service.ts';
import { lowerFirst, upperFirst, viDate } from './report-wording.ts';

// The Decree 30 header of a generated report, from the unit it is about: the issuing body is the
// unit's police (the commune's police for a commune, else the province's), the parent body the
// one above it, the place the province's short name; whatever the person gave instead wins.

/** "Thành phố Cần Thơ" → "Cần Thơ": the name without its kind (the type column may say "Thành phố Trung ương"). */
export function shortName(unit: Pick<AdminUnitView, 'name'>): string {
  return unit.name.replace(/^(?:thành phố|tỉnh|phường|xã|đặc khu|thị trấn)\s+/iu, '');
}

/**
 * A police body's name broken where a clerk breaks it — after its kind, so the place name stays on
 * one line: "Công an thành phố\nCần Thơ" (the renderers set it in capitals).
 */
export function bodyNameOf(name: string): string {
  const match = /^(công an (?:thành phố|tỉnh|phường|xã|đặc khu|thị trấn))\s+(.+)$/iu.exec(name.trim());
  return match ? `${match[1]}\n${match[2]}` : name.trim();
}

/** The symbol's issuer part: CATP (city police), CAT (province), CAP / CAX (ward, commune). */
function issuerAbbreviation(unit: AdminUnitView): string {
  const kind = unit.type.toLocaleLowerCase('vi-VN');
  if (kind.startsWith('thành phố')) return 'CATP';
  if (kind.startsWith('tỉnh')) return 'CAT';
  if (kind.startsWith('phường')) return 'CAP';
  return 'CAX';
}

export type HeaderContext = {
  type: ReportType;
  unit: AdminUnitView;
  province: AdminUnitView;
  provincePolice: PoliceUnit | null;
  unitPolice: PoliceUnit | null;
  from: string;
  to: string;
  today: string;
  signerName: string;
};

function summaryOf(c: HeaderContext): string {
  const span = `từ ngày ${viDate(c.from)} đến ngày ${viDate(c.to)}`;
  const work = 'công tác bảo đảm an ninh, trật tự';
  if (c.type === 'interim') return `Sơ kết ${work} ${span}`;
  if (c.type === 'final') return `Tổng kết ${work} ${span}`;
  return `Kết quả ${work} ${REPORT_TYPE_VI[c.type]} (${span})`;
}

export function defaultHeader(c: HeaderContext): ReportHeader {
  const provinceBody = c.provincePolice?.name ?? `Công an ${lowerFirst(c.province.name)}`;
  const ofCommune = c.unit.level !== 'province';
  const issuing = ofCommune && c.unitPolice ? c.unitPolice.name : provinceBody;
  const parent = ofCommune && c.unitPolice ? provinceBody : 'Bộ Công an';
  return {
    parentBody: bodyNameOf(parent),
    issuingBody: bodyNameOf(issuing),
    number: null,
    symbol: `BC-${issuerAbbreviation(ofCommune && c.unitPolice ? c.unit : c.province)}`,
    place: shortName(c.province),
    date: c.today,
    documentType: 'BÁO CÁO',
    summary: summaryOf(c),
    recipients: [
      `${upperFirst(parent)} (để báo cáo)`,
      ofCommune && c.unitPolice ? 'Lãnh đạo Công an xã, phường' : 'Ban Giám đốc',
      ofCommune && c.unitPolice ? 'Các tổ công tác' : 'Các phòng nghiệp vụ, Công an xã, phường',
    ],
    filing: 'VT',
    signer: {
      authority: null,
      title: ofCommune && c.unitPolice ? 'TRƯỞNG CÔNG AN' : 'GIÁM ĐỐC',
      name: c.signerName,
    },
  };
}

/** The defaults with the person's choices laid over them, checked as a Decree 30 header. */
export function headerWith(
  defaults: ReportHeader,
  overrides: ReportHeaderOverrides | undefined,
): ReportHeader {
  const { title, ...rest } = overrides ?? {};
  return parseInput(reportHeaderSchema, {
    ...defaults,
    ...rest,
    ...(title === undefined ? {} : { documentType: title }),
  });
}
