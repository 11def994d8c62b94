import {
  DEFAULT_DEADLINE_RULES,
  expiryOfHourLimit,
  TIP_TIME_LIMITS,
  vnDayOf,
  type DayDeadline,
  type DayNumber,
  type DeadlineRules,
  type LegalTimeLimit,
  type TimeLimit,
} from '@antt/shared';

// The time limits of a tip, computed with the arithmetic of BLTTHS art. 134 on the holiday
// calendar (packages/shared/src/legal; HolidayService reads the calendar as the administrator
// keeps it). Each limit and its article is named once, in TIP_TIME_LIMITS; this file only
// applies them. A last day, once set on a tip, stays: a later edit of the holiday calendar
// does not move a limit that was already announced.

/** Whoever computes a limit on the calendar (HolidayService). */
export type DeadlineSource = {
  deadline(startDay: DayNumber, limit: TimeLimit, rules?: DeadlineRules): Promise<DayDeadline>;
};

const asLimit = (l: LegalTimeLimit): TimeLimit => ({ amount: l.value, unit: l.unit });

export class TipDeadlines {
  constructor(
    private readonly source: DeadlineSource,
    readonly rules: DeadlineRules = DEFAULT_DEADLINE_RULES,
  ) {}

  private async lastDay(startDay: DayNumber, limit: LegalTimeLimit): Promise<DayNumber> {
    return (await this.source.deadline(startDay, asLimit(limit), this.rules)).lastDay;
  }

  /** BLTTHS art. 147(1): 20 days from receipt by the competent body. */
  decisionLastDay(clockStartDay: DayNumber): Promise<DayNumber> {
    return this.lastDay(clockStartDay, TIP_TIME_LIMITS.decision);
  }

  /** Art. 147(2): the unit's extensions reach at most 2 months from the clock start. */
  unitExtensionMaxLastDay(clockStartDay: DayNumber): Promise<DayNumber> {
    return this.lastDay(clockStartDay, TIP_TIME_LIMITS.extendedByBody);
  }

  /** Art. 147(2): the procuracy's one further extension, at most 2 months after the limit in force. */
  procuracyExtensionMaxLastDay(currentLastDay: DayNumber): Promise<DayNumber> {
    return this.lastDay(currentLastDay, TIP_TIME_LIMITS.procuracyExtension);
  }

  /** Art. 149(1): after resumption (or a cancelled suspension), at most 1 month. */
  resumptionMaxLastDay(resumptionDay: DayNumber): Promise<DayNumber> {
    return this.lastDay(resumptionDay, TIP_TIME_LIMITS.resumptionRemaining);
  }

  /** Art. 146(3): the procuracy is told within 3 days of receipt by the investigating body. */
  procuracyNoticeLastDay(competentReceiptDay: DayNumber): Promise<DayNumber> {
    return this.lastDay(competentReceiptDay, TIP_TIME_LIMITS.notifyProcuracy);
  }

  /** Days before the limit runs out by which an extension must be asked for (art. 147(2)). */
  get extensionLeadDays(): number {
    return TIP_TIME_LIMITS.extensionRequestLead.value;
  }

  /** Classification within 24 hours of receipt: the instant it runs out. */
  classificationExpiry(receivedAt: Date): Date {
    return expiryOfHourLimit(receivedAt, asLimit(TIP_TIME_LIMITS.classification));
  }

  /** The commune police hand-over "at once", measured as 24 hours from receipt. */
  handOverExpiry(receivedAt: Date): Date {
    return expiryOfHourLimit(receivedAt, asLimit(TIP_TIME_LIMITS.communeHandOver));
  }

  /** The day (Vietnam) holding an hour limit's expiry, for the day-based queues. */
  static dayOf(instant: Date): DayNumber {
    return vnDayOf(instant);
  }
}
