import { describe, expect, it } from 'vitest';
import { changeLines, type HistoryWords } from './incident-history.ts';

const words: HistoryWords = {
  t: (key) =>
    ({
      'history.fields.status': 'Trạng thái',
      'history.fields.cleared': 'Đã làm rõ',
      'history.fields.cleared_day': 'Ngày làm rõ',
      'history.fields.admin_unit_id': 'Xã, phường',
      'history.fields.damage_vnd': 'Thiệt hại',
      'history.fields.occurred_at': 'Thời gian xảy ra',
      'statuses.open': 'Mới tiếp nhận',
      'statuses.investigating': 'Đang điều tra, xác minh',
      'history.yes': 'có',
      'history.no': 'không',
      'history.empty': '(trống)',
      'history.formerCommune': 'xã, phường trước đây',
    })[key] ?? key,
  language: 'vi',
  categoryName: (code) => code,
  communeName: (id) => (id === 'u-st' ? 'Phường Sóc Trăng' : undefined),
  policeUnitName: () => undefined,
  day: (day) => String(day).replace(/^(\d{4})(\d{2})(\d{2})$/, '$3/$2/$1'),
  number: (n) => String(n),
};

describe('incident history in words', () => {
  it('says each changed field by its label, before → after, in the order of the form', () => {
    const lines = changeLines(
      {
        type: 'updated',
        changes: {
          cleared_day: [null, 20260302],
          status: ['open', 'investigating'],
          cleared: [0, 1],
          admin_unit_id: ['u-old', 'u-st'],
          damage_vnd: [0, 150000000],
          occurred_at: ['2026-03-01T14:30:00.000Z', '2026-03-01T15:00:00.000Z'],
        },
      },
      words,
    );
    expect(lines.map((l) => `${l.label}: ${l.before} → ${l.after}`)).toEqual([
      'Thời gian xảy ra: 01/03/2026 21:30 → 01/03/2026 22:00',
      'Xã, phường: xã, phường trước đây → Phường Sóc Trăng',
      'Trạng thái: Mới tiếp nhận → Đang điều tra, xác minh',
      'Đã làm rõ: không → có',
      'Ngày làm rõ: (trống) → 02/03/2026',
      'Thiệt hại: 0 đ → 150.000.000 đ',
    ]);
  });

  it('lists nothing for a creation: the record itself is shown', () => {
    expect(changeLines({ type: 'created', changes: { status: [null, 'open'] } }, words)).toEqual([]);
  });
});
