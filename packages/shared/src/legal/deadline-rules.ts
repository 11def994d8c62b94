// The two places where BLTTHS 2015 art. 134 (time-limit arithmetic) can be read two ways, kept
// as named parameters so a lawyer can see them and an installation can change them
// (shared/DESIGN.md section 5.2). The arithmetic itself is in ./deadline.ts.
//
// Art. 134(1), as we read it (unchanged in substance from BLTTHS 2003 art. 96):
//   - a limit in days ends at 24:00 of its last day;
//   - a limit in months ends on the same date of the later month, or on that month's last day
//     when it has no such date; "if the limit ends on a day off, the first working day after
//     it is counted as the last day of the limit";
//   - custody and temporary detention limits (not used by tips) end on the day written in
//     the order, a month counting as 30 days.
// The day-off sentence stands inside the month sentence, and the article says nothing about
// whether the day of the starting event is itself day 1.

export type DeadlineRules = {
  /** Does "a limit ending on a day off moves to the next working day" apply to day limits too? */
  dayOffRuleForDayLimits: boolean;
  /** Is the day the tip was received day 1 of a day limit (so 20 days end on receipt + 19)? */
  receiptDayCountsAsDayOne: boolean;
};

export type DeadlineRuleParameter = {
  /** The value used unless an installation or a command says otherwise. */
  default: boolean;
  question: string;
  sources: string[];
  /** Why the default was chosen. */
  reasoning: string;
};

export const DEADLINE_RULE_PARAMETERS: Record<keyof DeadlineRules, DeadlineRuleParameter> = {
  dayOffRuleForDayLimits: {
    default: false,
    question:
      'Hạn tính theo ngày hết vào ngày nghỉ thì có lùi sang ngày làm việc tiếp theo không? / ' +
      'Does a limit counted in days that ends on a day off move to the next working day?',
    sources: [
      'BLTTHS 2015, Điều 134 khoản 1: the day-off sentence is written into the sentence on limits in months; the sentence on limits in days only says they end at 24:00 of the last day.',
      'Bộ luật Dân sự 2015, Điều 148 khoản 5 (as we recall its text; check): in civil matters a limit whose last day is a weekly rest day or a holiday ends at the end of the next working day — the reading many practitioners carry over to criminal-procedure limits in days.',
    ],
    reasoning:
      'Off by default: it is the literal reading of art. 134(1), and it is the stricter one — a tracker ' +
      'that moved a 20-day limit past a holiday would tell an officer there is time left when a ' +
      'procurator reading the text literally would already count the tip overdue. An installation that ' +
      'follows the wider reading switches it on.',
  },
  receiptDayCountsAsDayOne: {
    default: false,
    question:
      'Ngày tiếp nhận có được tính là ngày thứ nhất của hạn tính theo ngày không? / ' +
      'Is the day of receipt day 1 of a limit counted in days?',
    sources: [
      'BLTTHS 2015, Điều 147 khoản 1: the 20 days run "kể từ ngày nhận được" (from the day of receipt); art. 134 does not say whether that day counts.',
      'Bộ luật Dân sự 2015, Điều 147 khoản 1 (as we recall its text; check): for a limit in days, weeks, months or years the first day is not counted; counting starts the next day.',
      'BLTTHS 2015, Điều 134 khoản 1 on months: a month from the 14th ends on the 14th of the next month, which already leaves the starting day out — counting day limits the same way keeps the two consistent.',
    ],
    reasoning:
      'Off by default: the general rule of Vietnamese law on counting time (the first day is not counted) ' +
      'and consistency with the month rule. With it on, 20 days received on the 1st end on the 20th ' +
      'instead of the 21st — one day stricter.',
  },
};

/** The rules every deadline uses unless told otherwise. */
export const DEFAULT_DEADLINE_RULES: DeadlineRules = {
  dayOffRuleForDayLimits: DEADLINE_RULE_PARAMETERS.dayOffRuleForDayLimits.default,
  receiptDayCountsAsDayOne: DEADLINE_RULE_PARAMETERS.receiptDayCountsAsDayOne.default,
};
