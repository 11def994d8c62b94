import { describe, expect, it } from 'vitest';
import {
  decreeCapitals,
  documentNumberLine,
  headingLabels,
  placeDateLine,
  pointLetter,
  recipientLines,
  romanNumeral,
} from './decree30-text.ts';
import { bodyNameLines, reportDocumentSchema, type ReportBlock } from './report-document.ts';

describe('Decree 30 wording', () => {
  it('writes numbers below 10 with a leading 0 and leaves an unregistered number blank', () => {
    expect(documentNumberLine({ number: 125, symbol: 'BC-CATP' })).toBe('Số: 125/BC-CATP');
    expect(documentNumberLine({ number: 5, symbol: 'BC-CATP' })).toBe('Số: 05/BC-CATP');
    expect(documentNumberLine({ number: null, symbol: 'BC-CATP' })).toBe(
      'Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-CATP',
    );
  });

  it.each([
    ['2023-06-14', 'Cần Thơ, ngày 14 tháng 6 năm 2023'],
    ['2023-06-05', 'Cần Thơ, ngày 05 tháng 6 năm 2023'],
    ['2024-01-09', 'Cần Thơ, ngày 09 tháng 01 năm 2024'],
    ['2024-02-29', 'Cần Thơ, ngày 29 tháng 02 năm 2024'],
    ['2024-03-01', 'Cần Thơ, ngày 01 tháng 3 năm 2024'],
    ['2025-12-10', 'Cần Thơ, ngày 10 tháng 12 năm 2025'],
  ])('dates %s as "%s": leading 0 for days below 10 and months 1 and 2 only', (date, line) => {
    expect(placeDateLine({ place: 'Cần Thơ', date })).toBe(line);
  });

  it('ends each recipient with ";" and the filing line with "."', () => {
    expect(
      recipientLines({
        recipients: ['Bộ Công an (V01)', '- Đ/c Giám đốc;', 'Đảng ủy Công an thành phố.'],
        filing: 'VT, PV01',
      }),
    ).toEqual(['- Bộ Công an (V01);', '- Đ/c Giám đốc;', '- Đảng ủy Công an thành phố;', '- Lưu: VT, PV01.']);
  });

  it('numbers sections in Roman numerals, clauses per section and points per clause', () => {
    const h = (level: 1 | 2 | 3): ReportBlock => ({ kind: 'heading', level, text: 'x' });
    const p: ReportBlock = { kind: 'paragraph', runs: [{ text: 'x' }] };
    expect(headingLabels([h(1), h(2), h(3), h(3), p, h(2), h(1), h(2), h(3)])).toEqual([
      'I.',
      '1.',
      'a)',
      'b)',
      null,
      '2.',
      'II.',
      '1.',
      'a)',
    ]);
    expect([4, 9, 14, 40, 2023].map(romanNumeral)).toEqual(['IV', 'IX', 'XIV', 'XL', 'MMXXIII']);
    // The Vietnamese alphabet: đ after d, no f.
    expect([3, 4, 5, 6, 22, 23].map(pointLetter)).toEqual(['d', 'đ', 'e', 'g', 'y', 'aa']);
  });

  it('capitalises Vietnamese letters with their marks', () => {
    expect(decreeCapitals('Công an thành phố Cần Thơ')).toBe('CÔNG AN THÀNH PHỐ CẦN THƠ');
  });
});

describe('report document model', () => {
  const valid = {
    header: {
      parentBody: 'BỘ CÔNG AN',
      issuingBody: 'CÔNG AN THÀNH PHỐ CẦN THƠ',
      number: 125,
      symbol: 'BC-CATP',
      place: 'Cần Thơ',
      date: '2023-06-14',
      documentType: 'BÁO CÁO',
      summary: 'Sơ kết giữa nhiệm kỳ',
      recipients: ['Bộ Công an'],
      filing: 'VT, PV01',
      signer: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Đại tá Nguyễn Văn An' },
    },
    body: [{ kind: 'paragraph', runs: [{ text: 'Nội dung.' }] }],
  };

  it('accepts a complete document', () => {
    expect(reportDocumentSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses what would break the document: control characters, ragged tables, bad symbols and days', () => {
    const withBody = (block: unknown) => ({ ...valid, body: [block] });
    const withHeader = (patch: object) => ({ ...valid, header: { ...valid.header, ...patch } });
    const accepted = (input: unknown) => reportDocumentSchema.safeParse(input).success;
    expect(accepted(withBody({ kind: 'paragraph', runs: [{ text: 'a\u0000b' }] }))).toBe(false);
    expect(accepted(withBody({ kind: 'paragraph', runs: [{ text: 'dòng 1\ndòng 2' }] }))).toBe(false);
    expect(
      accepted(
        withBody({
          kind: 'table',
          caption: null,
          note: null,
          columns: [
            { label: 'Đơn vị', align: 'left' },
            { label: 'Số vụ', align: 'right' },
          ],
          rows: [['Ninh Kiều', '12'], ['Cái Răng']],
        }),
      ),
    ).toBe(false);
    expect(accepted(withHeader({ symbol: 'bc-catp' }))).toBe(false);
    expect(accepted(withHeader({ symbol: 'BC--CATP' }))).toBe(false);
    expect(accepted(withHeader({ date: '2023-02-30' }))).toBe(false);
    expect(accepted(withHeader({ recipients: [] }))).toBe(false);
  });

  it('lets the clerk break the name of a body into at most 3 lines, and nothing else', () => {
    const withHeader = (patch: object) => ({ ...valid, header: { ...valid.header, ...patch } });
    const accepted = (input: unknown) => reportDocumentSchema.safeParse(input).success;
    expect(accepted(withHeader({ issuingBody: 'CÔNG AN THÀNH PHỐ\nCẦN THƠ' }))).toBe(true);
    expect(bodyNameLines('CÔNG AN THÀNH PHỐ \n CẦN THƠ')).toEqual(['CÔNG AN THÀNH PHỐ', 'CẦN THƠ']);
    expect(accepted(withHeader({ issuingBody: 'A\nB\nC\nD' }))).toBe(false);
    expect(accepted(withHeader({ issuingBody: 'CÔNG AN\n\nCẦN THƠ' }))).toBe(false);
    expect(accepted(withHeader({ issuingBody: 'CÔNG AN\tCẦN THƠ' }))).toBe(false);
    expect(accepted(withHeader({ summary: 'Sơ kết\ngiữa nhiệm kỳ' }))).toBe(false);
  });
});
