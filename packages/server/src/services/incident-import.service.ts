import {
  incidentExportQuerySchema,
  incidentInputSchema,
  INCIDENT_IMPORT_LIMITS,
  INCIDENT_SHEET_COLUMNS,
  isoFromDay,
  vnDayOf,
  type IncidentImportProblem,
  type IncidentImportReport,
  type IncidentInput,
} from '@antt/shared';
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { isUniqueViolation } from '../db/dialect.ts';
import { DomainError, parseInput } from '../errors/domain-error.ts';
import { chunks } from '../lib/chunks.ts';
import { IncidentSheetRepository, type SheetTipRow } from '../repositories/incident-sheet.repository.ts';
import { IncidentRepository, type IncidentRow } from '../repositories/incident.repository.ts';
import { PoliceUnitRepository, type PoliceUnitListRow } from '../repositories/police-unit.repository.ts';
import type { Actor } from './actor.ts';
import { assertMayWriteIncidents, maySeeIncident } from './incident-access.ts';
import type { IncidentQueryService } from './incident-query.service.ts';
import { incidentFacts, sameFacts, type IncidentFacts } from './incident-record.ts';
import type { IncidentRegisterService } from './incident-register.service.ts';
import {
  columnOfField,
  readIncidentSheet,
  renderIncidentSheet,
  renderIncidentTemplate,
  requestFromSheetRow,
  type IncidentSheet,
  type SheetFormat,
  type SheetRequest,
} from './incident-sheet.ts';
import { IncidentWriter } from './incident-writer.ts';
import type { ServiceDeps } from './service-deps.ts';
import { maySeeTip } from './tip-access.ts';

// The incident register's spreadsheets (shared/DESIGN.md section 5.3): importing the XLSX/CSV
// files units keep, exporting a filtered list in the same layout, and the template.
//
// An import checks every row the way the API checks one request (the shared schema, then the
// commune on the incident's date, the catalogue, the jurisdiction) and lists every bad row.
// A dry run stops there. A real run writes only a file without a single problem, in one
// transaction with the history, the rollups and one audit entry: never half a file.
// Reference data is read once for the whole file before the transaction opens (SQLite has one
// connection), so 100,000 rows cost a few hundred queries, not one per row.

export type IncidentImportProgress = {
  phase: 'reading' | 'checking' | 'writing';
  done: number;
  total: number;
};

export type IncidentImportOptions = {
  dryRun: boolean;
  onProgress?: (p: IncidentImportProgress) => void;
};

export type IncidentSheetFile = { fileName: string; contentType: string; bytes: Buffer };

export const SHEET_CONTENT_TYPES: Record<SheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** Rows inserted per step of the write (and per progress report). */
const WRITE_CHUNK = 2000;
/** Rows checked between two progress reports. */
const CHECK_STEP = 1000;

type PlannedRow = { row: number; facts: IncidentFacts };

type ImportPlan = {
  rows: number;
  adds: PlannedRow[];
  updates: (PlannedRow & { old: IncidentRow })[];
  skipped: number;
  problems: IncidentImportProblem[];
};

const COLUMN_ORDER = new Map(INCIDENT_SHEET_COLUMNS.map((c, i) => [c.key, i]));

export class IncidentImportService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly c: { register: IncidentRegisterService; queries: IncidentQueryService },
  ) {}

  /** Refuses roles that may only read, before a file is uploaded in vain. */
  assertMayImport(actor: Actor): void {
    assertMayWriteIncidents(actor);
  }

  async run(
    actor: Actor,
    file: { name: string; bytes: Buffer },
    opts: IncidentImportOptions,
  ): Promise<IncidentImportReport> {
    assertMayWriteIncidents(actor);
    const progress = opts.onProgress ?? (() => undefined);
    progress({ phase: 'reading', done: 0, total: file.bytes.length });
    const sheet = await readIncidentSheet(file);
    progress({ phase: 'reading', done: file.bytes.length, total: file.bytes.length });
    const plan = await this.plan(actor, sheet, progress);
    const report: IncidentImportReport = {
      dryRun: opts.dryRun,
      fileName: file.name,
      rows: plan.rows,
      added: plan.adds.length,
      updated: plan.updates.length,
      skipped: plan.skipped,
      problems: plan.problems.slice(0, INCIDENT_IMPORT_LIMITS.reportedProblems),
      problemsTruncated: plan.problems.length > INCIDENT_IMPORT_LIMITS.reportedProblems,
    };
    if (opts.dryRun) return report;
    if (plan.problems.length > 0) {
      const bad = new Set(plan.problems.map((p) => p.row)).size;
      throw new DomainError(
        'import_rejected',
        `Tệp có ${bad} dòng lỗi; không nhập dòng nào / ${bad} rows have problems: nothing was imported`,
        report,
      );
    }
    await this.write(actor, file, plan, progress);
    return report;
  }

  /** Checks every row and decides, for the good ones, add, update or skip. Reads only. */
  private async plan(
    actor: Actor,
    sheet: IncidentSheet,
    progress: (p: IncidentImportProgress) => void,
  ): Promise<ImportPlan> {
    const problems = [...sheet.problems];
    const requests = sheet.missingColumns ? [] : sheet.rows.map(requestFromSheetRow);
    const db = this.deps.db;
    const ctx = await this.c.register.factContext(actor);
    await ctx.resolver.preloadCodes(
      requests.flatMap((r) => (typeof r.request.communeCode === 'string' ? [r.request.communeCode] : [])),
    );
    const policeUnits = await new PoliceUnitRepository(db).list(null);
    const unitsByCode = new Map(policeUnits.map((u) => [u.code, u]));
    const unitsById = new Map(policeUnits.map((u) => [u.id, u]));
    const tips = await new IncidentSheetRepository(db).tipsByTrackingCodes(
      requests.flatMap((r) => (r.tipCode ? [r.tipCode] : [])),
    );
    const tipsById = new Map(tips.map((t) => [t.id, t]));
    const tipsByCode = groupBy(tips, (t) => t.tracking_code);
    // The tips were read above: no query per row for the link either.
    ctx.checkTip = async (tipId, provinceCode) => {
      const tip = tipsById.get(tipId);
      if (!tip || !maySeeTip(actor, tip)) return 'không tìm thấy tin báo / no such tip';
      return tip.province_code === provinceCode
        ? null
        : 'tin báo thuộc tỉnh khác / the tip belongs to another province';
    };

    const checked: PlannedRow[] = [];
    const firstRowOfRef = new Map<string, number>();
    for (const [i, r] of requests.entries()) {
      if (i % CHECK_STEP === 0) progress({ phase: 'checking', done: i, total: requests.length });
      const rowProblems = new RowProblems(r.row, r.problems);
      const ref = r.request.externalRef;
      if (typeof ref === 'string') {
        const first = firstRowOfRef.get(ref);
        if (first === undefined) firstRowOfRef.set(ref, r.row);
        else
          rowProblems.add(
            'ma_tham_chieu',
            `mã tham chiếu "${ref}" trùng với dòng ${first} / the reference repeats row ${first}`,
          );
      }
      resolveReferences(actor, r, rowProblems, unitsByCode, tipsByCode);
      const parsed = incidentInputSchema.safeParse(r.request);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          rowProblems.addOnce(columnOfField(issue.path.map(String).join('.')), issueMessage(issue));
        }
      } else {
        const facts = await incidentFacts(parsed.data, ctx);
        if (Array.isArray(facts)) {
          for (const p of facts) rowProblems.addOnce(factColumn(p.path, p.message), p.message);
        } else {
          checkJurisdiction(actor, parsed.data, facts, unitsById, rowProblems);
          if (rowProblems.none()) checked.push({ row: r.row, facts });
        }
      }
      problems.push(...rowProblems.list);
    }
    progress({ phase: 'checking', done: requests.length, total: requests.length });

    const plan: ImportPlan = { rows: sheet.rows.length, adds: [], updates: [], skipped: 0, problems };
    const existing = await this.existingByRef(checked);
    for (const item of checked) {
      const ref = item.facts.external_ref;
      const old = ref === null ? undefined : existing.get(`${item.facts.province_code}|${ref}`);
      if (!old) plan.adds.push(item);
      else if (!maySeeIncident(actor, old)) {
        problems.push({
          row: item.row,
          column: 'ma_tham_chieu',
          message:
            'mã tham chiếu đã dùng cho một vụ việc ngoài địa bàn của bạn / the reference belongs to an incident outside your jurisdiction',
        });
      } else if (sameFacts(old, item.facts)) plan.skipped++;
      else plan.updates.push({ ...item, old });
    }
    problems.sort(
      (a, b) => a.row - b.row || (COLUMN_ORDER.get(a.column) ?? -1) - (COLUMN_ORDER.get(b.column) ?? -1),
    );
    return plan;
  }

  /** The stored incidents with the references of the checked rows, by "province|reference". */
  private async existingByRef(checked: PlannedRow[]): Promise<Map<string, IncidentRow>> {
    const refsByProvince = new Map<string, string[]>();
    for (const { facts } of checked) {
      if (facts.external_ref === null) continue;
      const list = refsByProvince.get(facts.province_code) ?? [];
      list.push(facts.external_ref);
      refsByProvince.set(facts.province_code, list);
    }
    const repo = new IncidentRepository(this.deps.db, this.deps.dialect);
    const out = new Map<string, IncidentRow>();
    for (const [province, refs] of refsByProvince) {
      for (const row of await repo.findByExternalRefs(province, refs)) {
        out.set(`${row.province_code}|${row.external_ref}`, row);
      }
    }
    return out;
  }

  private async write(
    actor: Actor,
    file: { name: string; bytes: Buffer },
    plan: ImportPlan,
    progress: (p: IncidentImportProgress) => void,
  ): Promise<void> {
    const total = plan.adds.length + plan.updates.length;
    const provinces = new Set([...plan.adds, ...plan.updates].map((r) => r.facts.province_code));
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    await this.deps.db.transaction().execute(async (trx) => {
      const writer = new IncidentWriter(trx, this.deps.dialect, actor, this.deps.clock.now());
      let done = 0;
      progress({ phase: 'writing', done, total });
      for (const part of chunks(plan.adds, WRITE_CHUNK)) {
        try {
          await writer.create(
            part.map((p) => p.facts),
            'imported',
          );
        } catch (e) {
          throw isUniqueViolation(e) ? referenceTakenMeanwhile() : e;
        }
        done += part.length;
        progress({ phase: 'writing', done, total });
      }
      for (const part of chunks(plan.updates, WRITE_CHUNK)) {
        for (const u of part) await writer.update(u.old, u.facts, 'reimported');
        done += part.length;
        progress({ phase: 'writing', done, total });
      }
      await writer.flush();
      await this.deps.audit.record(trx, actor, {
        action: 'incident.imported',
        entityType: 'incident',
        provinceCode: provinces.size === 1 ? [...provinces][0] : null,
        details: {
          fileName: file.name,
          sha256,
          added: plan.adds.length,
          updated: plan.updates.length,
          skipped: plan.skipped,
        },
      });
    });
  }

  /** The filtered list (the filters of GET /api/incidents) as a file, recorded in the audit log. */
  async exportSheet(actor: Actor, query: unknown): Promise<IncidentSheetFile & { rows: number }> {
    const { format, ...filter } = parseInput(incidentExportQuerySchema, query);
    const rows = await this.c.queries.exportRows(actor, filter);
    const tipCodes = await new IncidentSheetRepository(this.deps.db).trackingCodesOf(
      rows.flatMap((r) => (r.tip ? [r.tip.id] : [])),
    );
    const bytes = await renderIncidentSheet(rows, format, { tipCodes });
    const now = this.deps.clock.now();
    await this.deps.db.transaction().execute((trx) =>
      this.deps.audit.record(trx, actor, {
        action: 'incident.exported',
        entityType: 'incident',
        provinceCode: actor.kind === 'user' ? actor.provinceCode : null,
        details: { filter: definedOnly(filter), format, rows: rows.length },
      }),
    );
    return {
      fileName: `vu-viec-${isoFromDay(vnDayOf(now))}.${format}`,
      contentType: SHEET_CONTENT_TYPES[format],
      bytes,
      rows: rows.length,
    };
  }

  /** The import template: XLSX with the examples and the "Hướng dẫn" sheet, or the example CSV. */
  async template(format: SheetFormat): Promise<IncidentSheetFile> {
    return {
      fileName: `mau-nhap-vu-viec.${format}`,
      contentType: SHEET_CONTENT_TYPES[format],
      bytes: await renderIncidentTemplate(format),
    };
  }
}

/** The problems of one row, each column's first reading kept (a cell that failed to parse is not blamed twice). */
class RowProblems {
  readonly list: IncidentImportProblem[];

  constructor(
    private readonly row: number,
    initial: IncidentImportProblem[],
  ) {
    this.list = [...initial];
  }

  add(column: string, message: string): void {
    this.list.push({ row: this.row, column, message });
  }

  /** Adds unless the column already has a problem (e.g. "required" after "not a date"). */
  addOnce(column: string, message: string): void {
    if (this.list.some((p) => p.column === column && column !== '')) return;
    this.add(column, message);
  }

  none(): boolean {
    return this.list.length === 0;
  }
}

/** The reporting unit code and the tip tracking code of a row, as ids (read in bulk beforehand). */
function resolveReferences(
  actor: Actor,
  r: SheetRequest,
  problems: RowProblems,
  unitsByCode: Map<string, PoliceUnitListRow>,
  tipsByCode: Map<string, SheetTipRow[]>,
): void {
  if (r.reportingUnitCode) {
    const unit = unitsByCode.get(r.reportingUnitCode);
    if (unit) r.request.reportingUnitId = unit.id;
    else
      problems.add(
        'don_vi_lap',
        `không có đơn vị công an mã "${r.reportingUnitCode}" / no police unit has that code`,
      );
  }
  if (r.tipCode) {
    const visible = (tipsByCode.get(r.tipCode) ?? []).filter((t) => maySeeTip(actor, t));
    if (visible.length === 1) r.request.tipId = visible[0]!.id;
    else
      problems.add(
        'ma_tin_bao',
        visible.length === 0
          ? `không tìm thấy tin báo mã ${r.tipCode} / no tip with that tracking code`
          : `mã tin báo ${r.tipCode} có ở nhiều tỉnh / the tracking code is used in several provinces`,
      );
  }
}

/** Staff import only places inside their jurisdiction, recorded by units inside it. */
function checkJurisdiction(
  actor: Actor,
  input: IncidentInput,
  facts: IncidentFacts,
  unitsById: Map<string, PoliceUnitListRow>,
  problems: RowProblems,
): void {
  if (actor.kind !== 'user') return;
  if (!maySeeIncident(actor, facts)) {
    problems.add(
      input.communeCode ? 'ma_xa' : 'kinh_do',
      'nơi xảy ra không thuộc địa bàn của bạn / the place lies outside your jurisdiction',
    );
  }
  const unit = unitsById.get(facts.reporting_unit_id);
  const j = actor.jurisdiction;
  if (unit && unit.id !== actor.unitId && j.scope !== 'nation' && !j.adminUnitIds.has(unit.admin_unit_id)) {
    problems.add(
      'don_vi_lap',
      'đơn vị lập không thuộc quyền của bạn / that reporting unit is outside your jurisdiction',
    );
  }
}

/** The column of a problem the record checks report; a clause missing from an article is the clause's. */
function factColumn(path: string, message: string): string {
  if (path === 'article' && /has no clause/.test(message)) return 'khoan';
  return columnOfField(path);
}

/** A zod issue in the words of the import (Vietnamese first), for a person reading the report. */
function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `bắt buộc, không được để trống / required (${issue.expected})`;
    case 'too_small':
      if (issue.origin === 'string') return `không được để trống / ${issue.message}`;
      return Number(issue.minimum) === 0
        ? `không được âm / ${issue.message}`
        : `phải từ ${issue.minimum} trở lên / at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `quá dài, tối đa ${issue.maximum} ký tự / too long: at most ${issue.maximum} characters`
        : `quá lớn, tối đa ${issue.maximum} / at most ${issue.maximum}`;
    case 'invalid_value':
      return `giá trị không hợp lệ / one of ${issue.values.map(String).join(', ')}`;
    case 'custom':
      return `${CUSTOM_VI[issue.message] ?? 'không hợp lệ'} / ${issue.message}`;
    default:
      return `không hợp lệ / ${issue.message}`;
  }
}

/** Vietnamese for the rules of incidentInputSchema that span several fields. */
const CUSTOM_VI: Record<string, string> = {
  'a map point needs both lon and lat': 'cần cả kinh độ và vĩ độ',
  'give the commune or a map point': 'cần mã xã hoặc kinh độ, vĩ độ',
  'a cleared incident needs the day it was cleared': 'đã làm rõ thì cần ngày làm rõ',
  'only a cleared incident has a clearance day': 'chỉ vụ việc đã làm rõ mới có ngày làm rõ',
};

function referenceTakenMeanwhile(): DomainError {
  return new DomainError(
    'conflict',
    'Một mã tham chiếu vừa được dùng cho vụ việc khác trong lúc nhập; hãy nhập lại / a reference was taken by another incident meanwhile: run the import again',
  );
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function definedOnly(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
