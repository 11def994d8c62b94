import type { TipEventDto } from '@antt/shared';
import { describe, expect, it } from 'vitest';
import { labelIn } from '../../i18n/label.ts';
import { eventDetailLines } from './tip-event-details.ts';

const t = ((key: string, values?: Record<string, unknown>) =>
  `${key}${values ? ` ${JSON.stringify(values)}` : ''}`) as never;
const tools = { t, label: (l: { vi: string; en: string }) => labelIn(l, 'vi'), day: (iso: string) => iso };
const event = (type: TipEventDto['type'], details: Record<string, unknown>): TipEventDto => ({
  id: '1',
  at: '2026-03-01T01:00:00Z',
  type,
  label: '',
  actorLabel: 'canbo',
  public: true,
  details,
});

describe('timeline event details', () => {
  it('says what a decision was, with its number and date, and the note', () => {
    const lines = eventDetailLines(
      event('decided', {
        decision: 'prosecute',
        decisionNo: '15/QĐ',
        decisionDate: '2026-03-01',
        penalCodeArticle: 'Điều 173 khoản 1',
        note: 'đủ căn cứ',
        casePendingRegistration: true,
      }),
      tools,
    );
    expect(lines).toEqual([
      'Quyết định khởi tố vụ án hình sự',
      'events.decisionNo {"no":"15/QĐ"} events.decisionDate {"date":"2026-03-01"}',
      'events.penalCodeArticle {"value":"Điều 173 khoản 1"}',
      'events.note {"value":"đủ căn cứ"}',
    ]);
  });

  it('shows an extension as from–until with its reason, and leaves bookkeeping out', () => {
    const lines = eventDetailLines(
      event('extended', {
        from: '2026-03-20',
        until: '2026-04-20',
        maxDate: '2026-04-24',
        reason: 'phức tạp',
      }),
      tools,
    );
    expect(lines).toEqual([
      'events.extended {"from":"2026-03-20","until":"2026-04-20"}',
      'events.reason {"value":"phức tạp"}',
    ]);
  });
});
