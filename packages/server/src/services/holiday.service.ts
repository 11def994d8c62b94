import {
  addDays,
  addMonthsClamped,
  buildHolidayCalendar,
  calendarEntriesOfYear,
  computeDeadline,
  dayFromIso,
  DEFAULT_DEADLINE_RULES,
  HOLIDAY_YEAR_MAX,
  HOLIDAY_YEAR_MIN,
  holidayIsoDaySchema,
  isoFromDay,
  setHolidayRequestSchema,
  type CalendarEntry,
  type CalendarEntryDto,
  type ClearHolidayResponse,
  type DayDeadline,
  type DayNumber,
  type DeadlineRules,
  type HolidayCalendar,
  type HolidayYearResponse,
  type OfficialHolidayYear,
  type TimeLimit,
} from '@antt/shared';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../db/schema.ts';
import { DomainError, validationError } from '../errors/domain-error.ts';
import { readOfficialHolidays } from '../reference-data/shipped-holidays.ts';
import { HolidayRepository, type HolidayRow } from '../repositories/holiday.repository.ts';
import { actorLabel, hasRole, type Actor } from './actor.ts';
import type { ServiceDeps } from './service-deps.ts';

// The holiday calendar the deadlines of BLTTHS art. 134 are computed on (shared/DESIGN.md
// section 5.2): defaults computed from the Labour Code, overlaid by the official decisions
// shipped in data/holidays/, overlaid by an administrator's edits of single days (the
// `holidays` table). The rules themselves live in packages/shared/src/legal/.

const setDayInputSchema = setHolidayRequestSchema.extend({ date: holidayIsoDaySchema });
export type SetHolidayInput = z.input<typeof setDayInputSchema>;

/** The longest run of days off a deadline may be moved across (see shared deadline.ts). */
const MOVE_MARGIN_DAYS = 61;

function yearOf(day: DayNumber): number {
  return Math.floor(day / 10_000);
}

export function presentCalendarEntry(entry: CalendarEntry, row?: HolidayRow): CalendarEntryDto {
  return {
    date: isoFromDay(entry.day),
    kind: entry.kind,
    name: entry.name,
    source: entry.source,
    origin: entry.origin,
    occasion: entry.occasion,
    updatedAt: row?.updated_at ?? null,
    updatedBy: row?.updated_by ?? null,
  };
}

export class HolidayService {
  private official: OfficialHolidayYear[] | undefined;

  constructor(
    private readonly deps: ServiceDeps,
    /** The official decisions; by default read once from data/holidays/. */
    official?: OfficialHolidayYear[],
  ) {
    this.official = official;
  }

  private officialDecisions(): OfficialHolidayYear[] {
    this.official ??= readOfficialHolidays();
    return this.official;
  }

  private async build(fromYear: number, toYear: number, db: Kysely<DB>): Promise<HolidayCalendar> {
    const rows = await new HolidayRepository(db).listBetween(fromYear * 10_000 + 101, toYear * 10_000 + 1231);
    return buildHolidayCalendar({ fromYear, toYear, official: this.officialDecisions(), adminEdits: rows });
  }

  /** The calendar of the whole years holding fromDay..toDay. */
  calendarFor(fromDay: DayNumber, toDay: DayNumber): Promise<HolidayCalendar> {
    return this.build(yearOf(fromDay), yearOf(toDay), this.deps.db);
  }

  /**
   * The last day of a limit in days or months that starts on `startDay` (BLTTHS art. 134),
   * on the calendar as the administrator has it.
   */
  async deadline(
    startDay: DayNumber,
    limit: TimeLimit,
    rules: DeadlineRules = DEFAULT_DEADLINE_RULES,
  ): Promise<DayDeadline> {
    const counted =
      limit.unit === 'month' ? addMonthsClamped(startDay, limit.amount).day : addDays(startDay, limit.amount);
    const end = addDays(counted, MOVE_MARGIN_DAYS);
    if (yearOf(startDay) < HOLIDAY_YEAR_MIN || yearOf(end) > HOLIDAY_YEAR_MAX) {
      throw validationError(
        [
          {
            path: 'received',
            message: `the holiday calendar covers ${HOLIDAY_YEAR_MIN}–${HOLIDAY_YEAR_MAX}`,
          },
        ],
        `Lịch ngày nghỉ chỉ tính cho các năm ${HOLIDAY_YEAR_MIN}–${HOLIDAY_YEAR_MAX} / the holiday calendar covers ${HOLIDAY_YEAR_MIN}–${HOLIDAY_YEAR_MAX}`,
      );
    }
    const calendar = await this.calendarFor(startDay, end);
    return computeDeadline(startDay, limit, rules, calendar);
  }

  /** Every special day of a year, whatever its origin; any signed-in staff member may read it. */
  async listYear(year: number): Promise<HolidayYearResponse> {
    const calendar = await this.build(year, year, this.deps.db);
    const rows = new Map(
      (await new HolidayRepository(this.deps.db).listBetween(year * 10_000 + 101, year * 10_000 + 1231)).map(
        (r) => [r.day, r],
      ),
    );
    return {
      year,
      weeklyRestDays: ['saturday', 'sunday'],
      entries: calendarEntriesOfYear(calendar, year).map((e) =>
        presentCalendarEntry(e, e.origin === 'admin' ? rows.get(e.day) : undefined),
      ),
    };
  }

  private assertMayEdit(actor: Actor): void {
    if (!(actor.kind === 'cli' || hasRole(actor, 'admin'))) {
      throw new DomainError(
        'forbidden',
        'Chỉ quản trị viên được sửa lịch ngày nghỉ / only an administrator may edit the holiday calendar',
      );
    }
  }

  /** Declares one day a day off or a working day, overriding the computed and official days. */
  async setDay(actor: Actor, input: SetHolidayInput): Promise<CalendarEntryDto> {
    this.assertMayEdit(actor);
    const parsed = setDayInputSchema.safeParse(input);
    if (!parsed.success) {
      throw validationError(
        parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message })),
      );
    }
    const { date, kind, name, source } = parsed.data;
    const day = dayFromIso(date);
    const row: HolidayRow = {
      day,
      kind,
      name,
      source,
      updated_at: this.deps.clock.now().toISOString(),
      updated_by: actorLabel(actor),
    };
    await this.deps.db.transaction().execute(async (trx) => {
      const repo = new HolidayRepository(trx);
      const previous = await repo.find(day);
      await repo.upsert(row);
      await this.deps.audit.record(trx, actor, {
        action: 'holiday.set',
        entityType: 'holiday',
        entityId: date,
        details: {
          date,
          kind,
          name,
          source,
          previous: previous ? { kind: previous.kind, name: previous.name, source: previous.source } : null,
        },
      });
    });
    return presentCalendarEntry({ day, kind, name, source, origin: 'admin', occasion: null }, row);
  }

  /** Removes the administrator's edit of a day; the official or computed day applies again. */
  async clearDay(actor: Actor, date: string): Promise<ClearHolidayResponse> {
    this.assertMayEdit(actor);
    const parsed = holidayIsoDaySchema.safeParse(date);
    if (!parsed.success) {
      throw validationError(parsed.error.issues.map((i) => ({ path: 'date', message: i.message })));
    }
    const day = dayFromIso(parsed.data);
    const now = await this.deps.db.transaction().execute(async (trx) => {
      const repo = new HolidayRepository(trx);
      const previous = await repo.find(day);
      if (!previous) {
        throw new DomainError(
          'not_found',
          `Ngày ${parsed.data} không có điều chỉnh của quản trị viên / no administrator edit on ${parsed.data}`,
        );
      }
      await repo.delete(day);
      await this.deps.audit.record(trx, actor, {
        action: 'holiday.clear',
        entityType: 'holiday',
        entityId: parsed.data,
        details: {
          date: parsed.data,
          previous: { kind: previous.kind, name: previous.name, source: previous.source },
        },
      });
      return (await this.build(yearOf(day), yearOf(day), trx)).entries.get(day);
    });
    return { date: parsed.data, now: now ? presentCalendarEntry(now) : null };
  }
}
