import {
  dayFromIso,
  isoFromDay,
  REPORT_SECTION_KEYS,
  reportGenerateSchema,
  reportHeaderSchema,
  reportSectionEditSchema,
  reportSectionKeySchema,
  vnDayOf,
  type ReportDocument,
  type ReportDto,
  type ReportFigure,
  type ReportSectionKey,
  type ReportSectionVersionDto,
  type ReportSummaryDto,
} from '@antt/shared';
import { DomainError, parseInput } from '../errors/domain-error.ts';
import { newId } from '../lib/ids.ts';
import { renderDecree30Docx } from '../reports/decree30-docx.ts';
import { renderDecree30Html } from '../reports/decree30-html.ts';
import { renderReportXlsx } from '../reports/report-xlsx.ts';
import {
  ReportRepository,
  type ReportRow,
  type ReportSectionRow,
} from '../repositories/report.repository.ts';
import { actorLabel, hasRole, inJurisdiction, jurisdictionOf, type Actor } from './actor.ts';
import type { IndicatorService } from './indicator.service.ts';
import type { PoliceUnitService } from './police-unit.service.ts';
import {
  assembleReport,
  ReportBuilder,
  type BuildProgress,
  type ReportSkeletonBlock,
} from './report-builder.ts';
import type { ServiceDeps } from './service-deps.ts';
import type { TargetService } from './target.service.ts';

// Periodic reports (shared/DESIGN.md section 5.6): generated from the indicator engine for a unit
// and a span of days, stored with the layout and every number they print, their narrative
// sections edited as versions (the latest prints), and rendered as a Decree 30 Word document, an
// XLSX appendix and a print preview. Seen by those whose jurisdiction holds the unit; generated
// and edited by its analysts, leaders and administrators; every change audited.

/** What the stored snapshot holds besides the header: the layout and the log of numbers. */
type ReportSnapshot = {
  unit: { id: string; code: string; name: string };
  skeleton: ReportSkeletonBlock[];
  figures: ReportFigure[];
};

export type RenderedFile = { filename: string; content: Buffer };

export class ReportService {
  private readonly repo: ReportRepository;
  private readonly builder: ReportBuilder;

  constructor(
    private readonly deps: ServiceDeps,
    c: { indicators: IndicatorService; targets: TargetService; policeUnits: PoliceUnitService },
  ) {
    this.repo = new ReportRepository(deps.db);
    this.builder = new ReportBuilder(deps, c);
  }

  async generate(actor: Actor, body: unknown, progress?: BuildProgress): Promise<ReportDto> {
    assertMayWrite(actor);
    const request = parseInput(reportGenerateSchema, body);
    const hierarchyDate = request.hierarchyDate ?? isoFromDay(vnDayOf(this.deps.clock.now()));
    // The indicator engine refuses a unit outside the actor's jurisdiction before anything is stored.
    const draft = await this.builder.build(actor, { ...request, hierarchyDate }, progress);
    const now = this.deps.clock.now().toISOString();
    const snapshot: ReportSnapshot = {
      unit: { id: draft.unit.id, code: draft.unit.code, name: draft.unit.name },
      skeleton: draft.skeleton,
      figures: draft.figures,
    };
    const row: ReportRow = {
      id: newId(this.deps.clock.now().getTime()),
      province_code: draft.unit.province_code,
      type: request.type,
      admin_unit_id: draft.unit.id,
      from_day: dayFromIso(request.from),
      to_day: dayFromIso(request.to),
      hierarchy_day: dayFromIso(hierarchyDate),
      header: JSON.stringify(draft.header),
      data_snapshot: JSON.stringify(snapshot),
      created_at: now,
      created_by: actorLabel(actor),
    };
    await this.deps.db.transaction().execute(async (trx) => {
      const repo = new ReportRepository(trx);
      await repo.insert(row);
      for (const key of REPORT_SECTION_KEYS) {
        await repo.insertSection({
          province_code: row.province_code,
          report_id: row.id,
          key,
          version: 1,
          text: draft.sections[key],
          edited_by: row.created_by,
          edited_at: now,
        });
      }
      await this.deps.audit.record(trx, actor, {
        action: 'report.generated',
        entityType: 'report',
        entityId: row.id,
        provinceCode: row.province_code,
        adminUnitId: row.admin_unit_id,
        details: {
          type: row.type,
          unit: draft.unit.code,
          from: request.from,
          to: request.to,
          hierarchyDate,
          figures: draft.figures.length,
        },
      });
    });
    return this.present(row);
  }

  /** The reports about units in the actor's jurisdiction, the newest first. */
  async list(actor: Actor): Promise<ReportSummaryDto[]> {
    const j = jurisdictionOf(actor);
    const rows = (await this.repo.list()).filter((r) => inJurisdiction(j, r.admin_unit_id));
    return Promise.all(rows.map((r) => this.summary(r)));
  }

  async get(actor: Actor, id: string): Promise<ReportDto> {
    return this.present(await this.visible(actor, id));
  }

  /** A new version of a narrative section; the earlier ones stay. */
  async editSection(actor: Actor, id: string, key: unknown, body: unknown): Promise<ReportSectionVersionDto> {
    assertMayWrite(actor);
    const sectionKey = parseInput(reportSectionKeySchema, key);
    const { text } = parseInput(reportSectionEditSchema, body);
    const report = await this.visible(actor, id);
    const now = this.deps.clock.now().toISOString();
    const row: ReportSectionRow = {
      province_code: report.province_code,
      report_id: report.id,
      key: sectionKey,
      version: 0,
      text,
      edited_by: actorLabel(actor),
      edited_at: now,
    };
    await this.deps.db.transaction().execute(async (trx) => {
      const repo = new ReportRepository(trx);
      row.version = (await repo.latestVersion(report.province_code, report.id, sectionKey)) + 1;
      await repo.insertSection(row);
      await this.deps.audit.record(trx, actor, {
        action: 'report.section_edited',
        entityType: 'report',
        entityId: report.id,
        provinceCode: report.province_code,
        adminUnitId: report.admin_unit_id,
        details: { key: sectionKey, version: row.version, length: text.length },
      });
    });
    return presentSection(row);
  }

  /** Every version of one section, the oldest first. */
  async versions(actor: Actor, id: string, key: unknown): Promise<ReportSectionVersionDto[]> {
    const sectionKey = parseInput(reportSectionKeySchema, key);
    const report = await this.visible(actor, id);
    return (await this.repo.sections(report.province_code, report.id))
      .filter((s) => s.key === sectionKey)
      .map(presentSection);
  }

  async document(actor: Actor, id: string): Promise<ReportDocument> {
    return (await this.present(await this.visible(actor, id))).document;
  }

  async renderDocx(actor: Actor, id: string): Promise<RenderedFile> {
    return {
      filename: `bao-cao-${id}.docx`,
      content: await renderDecree30Docx(await this.document(actor, id)),
    };
  }

  async renderXlsx(actor: Actor, id: string): Promise<RenderedFile> {
    return {
      filename: `bao-cao-${id}-phu-luc.xlsx`,
      content: await renderReportXlsx(await this.document(actor, id)),
    };
  }

  async renderHtml(actor: Actor, id: string): Promise<string> {
    return renderDecree30Html(await this.document(actor, id));
  }

  /** Not found, rather than forbidden, outside the jurisdiction: whether it exists is not the actor's business. */
  private async visible(actor: Actor, id: string): Promise<ReportRow> {
    const row = await this.repo.findById(id);
    if (!row || !inJurisdiction(jurisdictionOf(actor), row.admin_unit_id)) {
      throw new DomainError('not_found', `Không có báo cáo ${id} / no report ${id}`);
    }
    return row;
  }

  private async summary(row: ReportRow): Promise<ReportSummaryDto> {
    const snapshot = JSON.parse(row.data_snapshot) as ReportSnapshot;
    const header = reportHeaderSchema.parse(JSON.parse(row.header));
    return {
      id: row.id,
      type: row.type,
      unit: snapshot.unit,
      from: isoFromDay(Number(row.from_day)),
      to: isoFromDay(Number(row.to_day)),
      hierarchyDate: isoFromDay(Number(row.hierarchy_day)),
      summary: header.summary,
      createdAt: row.created_at,
      createdBy: row.created_by,
    };
  }

  private async present(row: ReportRow): Promise<ReportDto> {
    const snapshot = JSON.parse(row.data_snapshot) as ReportSnapshot;
    const header = reportHeaderSchema.parse(JSON.parse(row.header));
    const latest = new Map<ReportSectionKey, ReportSectionRow>();
    for (const s of await this.repo.sections(row.province_code, row.id)) {
      const seen = latest.get(s.key);
      if (!seen || Number(s.version) > Number(seen.version)) latest.set(s.key, s);
    }
    const sections = REPORT_SECTION_KEYS.flatMap((key) => {
      const s = latest.get(key);
      return s ? [presentSection(s)] : [];
    });
    const texts = Object.fromEntries(sections.map((s) => [s.key, s.text]));
    return {
      ...(await this.summary(row)),
      header,
      sections,
      document: assembleReport(header, snapshot.skeleton, texts),
      figures: snapshot.figures,
    };
  }
}

function presentSection(row: ReportSectionRow): ReportSectionVersionDto {
  return {
    key: row.key,
    version: Number(row.version),
    text: row.text,
    editedBy: row.edited_by,
    editedAt: row.edited_at,
  };
}

function assertMayWrite(actor: Actor): void {
  if (actor.kind === 'cli' || actor.kind === 'system') return;
  if (!hasRole(actor, 'analyst', 'leader', 'admin')) {
    throw new DomainError(
      'forbidden',
      'Chỉ cán bộ phân tích, lãnh đạo và quản trị viên được lập, sửa báo cáo / only analysts, leaders and administrators write reports',
    );
  }
}
