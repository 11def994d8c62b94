// The workflow rules of tip handling that are not a number of days (those are in
// ../legal/tip-time-limits.ts), each with its source, so a lawyer can check them in one place
// (shared/DESIGN.md section 5.2). The server applies them in services/tip-*.service.ts.

export const TIP_CLOCK_STARTS = ['competent_body_receipt', 'first_receipt'] as const;
export type TipClockStart = (typeof TIP_CLOCK_STARTS)[number];

export type TipWorkflowRule<T> = { value: T; article: string; reading: string };

export const TIP_WORKFLOW_RULES = {
  /**
   * Which receipt starts the 20-day decision limit. `competent_body_receipt`: the day the body
   * competent to resolve the tip (the investigating body) receives it — from the commune police'
   * hand-over, or directly. `first_receipt`: the day any police unit first received it (the
   * stricter reading: a slow hand-over eats into the 20 days).
   */
  clockStart: {
    value: 'competent_body_receipt' as TipClockStart,
    article: 'BLTTHS 2015 Điều 147 khoản 1; TTLT 01/2017 Điều 11',
    reading:
      'Art. 147(1) gives the 20 days to the investigating body "kể từ ngày nhận được" the tip: the receipt that starts the ' +
      'clock is its own. The commune police hand-over is timed separately against its own limit (communeHandOver).',
  },
  /** Who decides: only the body competent to resolve a tip prosecutes, declines, suspends or transfers it. */
  decidingUnitKind: {
    value: 'investigating_body' as const,
    article: 'BLTTHS 2015 Điều 145 khoản 3, Điều 147 khoản 1',
    reading:
      'Commune police receive, check preliminarily and hand over (art. 145(2)(b)); the decisions of art. 147 are the ' +
      'investigating body’s. Merging a repeated tip into the one already registered is record-keeping any owner may do.',
  },
  /**
   * The unit's extensions reach at most 2 months from the clock start in all, and each is
   * asked for at least 5 days before the limit in force runs out.
   */
  unitExtension: {
    value: 'leader_of_owner_unit' as const,
    article: 'BLTTHS 2015 Điều 147 khoản 2',
    reading:
      'The head of the handling body extends a complex tip up to 2 months in all; the 5-day lead applies to the request.',
  },
  /** The procuracy's further extension: once, by a procurator account, at most 2 months. */
  procuracyExtension: {
    value: 'procurator_once' as const,
    article: 'BLTTHS 2015 Điều 147 khoản 2',
    reading:
      'Only the procuracy grants it, once, by at most 2 months counted from the end of the limit in force, before it runs out.',
  },
  /**
   * A suspension may be decided from the last day of the limit on. Art. 148(1) allows it when the
   * limit "has run out" without the verification ending; art. 147(1) lists suspension among the
   * decisions due within the limit. Both hold on the last day (the limit ends at 24:00 of it,
   * art. 134), so that is the first day a suspension is lawful; before it, it is premature.
   */
  suspensionFrom: {
    value: 'last_day_of_limit' as const,
    article: 'BLTTHS 2015 Điều 147 khoản 1, Điều 148 khoản 1, Điều 134',
    reading: 'Refused before the last day of the limit in force (suspension_premature).',
  },
  /** The identity of an identified informant is shown only to the handling officer and the owner unit's leaders. */
  informantReveal: {
    value: 'assignee_or_owner_leader' as const,
    article:
      'BLTTHS 2015 Điều 56 khoản 1 điểm a (người tố giác được giữ bí mật họ tên, địa chỉ, bút tích — as we read it; check the clause)',
    reading:
      'A procurator supervises the handling (art. 159) through the file and the decisions; the informant’s identity is not ' +
      'needed for that and is not shown to them. Every reveal states a reason and is audited.',
  },
} as const satisfies Record<string, TipWorkflowRule<unknown>>;

/** A stated reason for seeing an informant's identity: long enough to say why. */
export const REVEAL_REASON_MIN_LENGTH = 15;
/** Limits on what people type into a tip. */
export const TIP_TEXT_LIMITS = {
  description: 10_000,
  address: 500,
  message: 4_000,
  note: 4_000,
  reason: 1_000,
} as const;
