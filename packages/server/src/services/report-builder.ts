import {
  dayFromIso,
  isoFromDay,
  REPORT_SECTION_TITLES_VI,
  REPORT_TYPE_VI,
  vnDayOf,
  type IndicatorValueDto,
  type ReportBlock,
  type ReportDocument,
  type ReportFigure,
  type ReportHeader,
  type ReportHeaderOverrides,
  type ReportSectionKey,
  type ReportType,
} from '@antt/shared';
import type { AdminUnitView } from '../repositories/admin-unit.repository.ts';
import { UserRepository } from '../repositories/user.repository.ts';
import type { Actor } from './actor.ts';
import type { IndicatorService } from './indicator.service.ts';
import type { PoliceUnitService } from './police-unit.service.ts';
import { REPORT_INDICATORS, UNIT_TABLE_INDICATORS, type ReportData } from './report-data.ts';
import { FigureLog } from './report-figures.ts';
import { defaultHeader, headerWith } from './report-header.ts';
import { narrativeSections } from './report-narrative.ts';
import { indicatorTable, targetTable, unitTable } from './report-tables.ts';
import type { ServiceDeps } from './service-deps.ts';
import type { TargetService } from './target.service.ts';
import { viDate } from './report-wording.ts';

// Builds a report from the data (shared/DESIGN.md section 5.6): reads every indicator of the
// report for the unit and the days through the indicator engine, the unit's targets through the
// target service, and lays them out as the blocks of a Decree 30 document. The narrative
// sections are left as markers, filled from their latest edited version when the document is
// rendered; every number printed is logged with its source.

/** A block of the stored skeleton: a finished block, or where a narrative section goes. */
export type ReportSkeletonBlock = ReportBlock | { kind: 'section'; key: ReportSectionKey };

export type ReportDraft = {
  unit: AdminUnitView;
  header: ReportHeader;
  skeleton: ReportSkeletonBlock[];
  sections: Record<ReportSectionKey, string>;
  figures: ReportFigure[];
};

export type ReportRequest = {
  type: ReportType;
  unit: string;
  from: string;
  to: string;
  hierarchyDate: string;
  header?: ReportHeaderOverrides | undefined;
};

/** Told as the report is read: how many of its indicators are done. */
export type BuildProgress = (done: number, total: number) => void;

export class ReportBuilder {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly c: {
      indicators: IndicatorService;
      targets: TargetService;
      policeUnits: PoliceUnitService;
    },
  ) {}

  async build(actor: Actor, request: ReportRequest, progress?: BuildProgress): Promise<ReportDraft> {
    const data = await this.read(actor, request, progress);
    const log = new FigureLog();
    const header = headerWith(await this.defaults(actor, request, data.unit), request.header);
    const skeleton = layout(request.type, header, data, log);
    const sections = narrativeSections(data, log);
    return { unit: data.unit, header, skeleton, sections, figures: log.figures };
  }

  /** The engine's values for every indicator of the report, and the unit's targets in the period. */
  async read(actor: Actor, request: ReportRequest, progress?: BuildProgress): Promise<ReportData> {
    const period = `${request.from}..${request.to}`;
    const ask = (code: string) =>
      this.c.indicators.value(actor, code, {
        period,
        unit: request.unit,
        hierarchyDate: request.hierarchyDate,
        breakdown: 'children',
      });
    const unit = await this.c.indicators.geography.unitOn(request.unit, dayFromIso(request.hierarchyDate));
    const from = dayFromIso(request.from);
    const to = dayFromIso(request.to);
    // A target's status as it stood at the end of the reviewed period, not today.
    const targets = (await this.c.targets.list(actor, 'vi', to)).filter(
      (t) => t.unit.id === unit.id && dayFromIso(t.term.start) <= to && dayFromIso(t.term.end) >= from,
    );
    const extraCodes = [...new Set(targets.map((t) => t.indicator.code))].filter(
      (code) => !(REPORT_INDICATORS as readonly string[]).includes(code),
    );
    const codes = [...REPORT_INDICATORS, ...extraCodes];
    const read: IndicatorValueDto[] = [];
    // One at a time: SQLite has one connection, and the progress is then honest.
    for (const code of codes) {
      read.push(await ask(code));
      progress?.(read.length, codes.length);
    }
    return {
      unit,
      period,
      from: request.from,
      to: request.to,
      hierarchyDate: request.hierarchyDate,
      values: read.slice(0, REPORT_INDICATORS.length),
      extraValues: read.slice(REPORT_INDICATORS.length),
      targets,
    };
  }

  private async defaults(actor: Actor, request: ReportRequest, unit: AdminUnitView): Promise<ReportHeader> {
    const day = dayFromIso(request.hierarchyDate);
    const province =
      unit.level === 'province' ? unit : await this.c.indicators.geography.unitOn(unit.province_code, day);
    const police = await this.c.policeUnits.list({ kind: 'system', label: 'report-header' });
    const provincePolice =
      police.find((p) => p.kind === 'provincial_police' && p.adminUnit.id === province.id) ??
      police.find((p) => p.kind === 'provincial_police' && p.provinceCode === province.province_code) ??
      null;
    const unitPolice = police.find((p) => p.kind === 'commune_police' && p.adminUnit.id === unit.id) ?? null;
    return defaultHeader({
      type: request.type,
      unit,
      province,
      provincePolice,
      unitPolice,
      from: request.from,
      to: request.to,
      today: isoFromDay(vnDayOf(this.deps.clock.now())),
      signerName: await this.signerName(actor),
    });
  }

  /** The person generating the report signs the draft until someone sets the signer. */
  private async signerName(actor: Actor): Promise<string> {
    if (actor.kind === 'user') {
      const user = await new UserRepository(this.deps.db).findById(actor.userId);
      if (user?.display_name.trim()) return user.display_name.trim();
      return actor.username;
    }
    return actor.kind === 'cli' || actor.kind === 'system' ? actor.label : 'Người lập báo cáo';
  }
}

function layout(
  type: ReportType,
  header: ReportHeader,
  data: ReportData,
  log: FigureLog,
): ReportSkeletonBlock[] {
  const issuer = header.issuingBody.split('\n').join(' ');
  let tables = 0;
  const caption = (text: string) => `Bảng ${++tables}. ${text}`;
  const blocks: ReportSkeletonBlock[] = [
    {
      kind: 'paragraph',
      runs: [
        {
          text: `${issuer} báo cáo ${REPORT_TYPE_VI[type]} công tác bảo đảm an ninh, trật tự trên địa bàn ${data.unit.name} từ ngày ${viDate(data.from)} đến ngày ${viDate(data.to)} như sau:`,
        },
      ],
    },
    { kind: 'heading', level: 1, text: 'Tình hình, kết quả thực hiện các chỉ tiêu' },
    { kind: 'heading', level: 2, text: REPORT_SECTION_TITLES_VI.results },
    { kind: 'section', key: 'results' },
    indicatorTable(data, caption('Các chỉ tiêu trong kỳ so với cùng kỳ'), log),
  ];
  if (data.targets.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: 'Kết quả thực hiện các chỉ tiêu nhiệm kỳ' },
      targetTable(data, caption('Tiến độ thực hiện các chỉ tiêu nhiệm kỳ'), log),
    );
  }
  const byUnit = UNIT_TABLE_INDICATORS.map((code) =>
    data.values.find((v) => v.indicator.code === code)!,
  ).filter((v) => (v.children ?? []).length > 0);
  if (byUnit.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Số liệu theo đơn vị' });
    for (const v of byUnit) blocks.push(unitTable(v, caption(`${v.indicator.name} theo đơn vị`), log));
  }
  for (const key of ['shortcomings', 'causes', 'solutions'] as const) {
    blocks.push({ kind: 'heading', level: 1, text: REPORT_SECTION_TITLES_VI[key] }, { kind: 'section', key });
  }
  return blocks;
}

/** A tab or a carriage return typed into a section cannot go into a run of the document: a space. */
const withoutControlCharacters = (text: string) =>
  [...text].map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? ' ' : c)).join('');

/** The document as it prints: the skeleton with each narrative section's text as its paragraphs. */
export function assembleReport(
  header: ReportHeader,
  skeleton: readonly ReportSkeletonBlock[],
  sections: Partial<Record<ReportSectionKey, string>>,
): ReportDocument {
  const body: ReportBlock[] = skeleton.flatMap((block): ReportBlock[] => {
    if (block.kind !== 'section') return [block];
    return (sections[block.key] ?? '')
      .split(/\n+/u)
      .map((line) => withoutControlCharacters(line).trim())
      .filter((line) => line !== '')
      .map((text) => ({ kind: 'paragraph', runs: [{ text }] }));
  });
  return { header, body };
}
