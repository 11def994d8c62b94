import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import {
  checkReport,
  fieldOfPath,
  newReportValues,
  recipientLines,
  serverProblems,
} from './report-form-values.ts';

const base = newReportValues('92', '2020-12-15', '2023-06-14');

describe('the report form', () => {
  it('sends only the type, unit and period when no header field is typed', () => {
    expect(checkReport(base)).toEqual({
      ok: true,
      request: { type: 'interim', unit: '92', from: '2020-12-15', to: '2023-06-14' },
    });
  });

  it('sends the typed header fields, trimmed, the recipients one a line without their dashes', () => {
    const checked = checkReport({
      ...base,
      type: 'final',
      number: ' 125 ',
      symbol: 'BC-CATP',
      recipients: '- Bộ Công an;\n\n  - Thành ủy Cần Thơ;\n- Lưu: VT.',
      signerAuthority: '',
      signerTitle: 'GIÁM ĐỐC',
      signerName: 'Đại tá Nguyễn Văn A',
    });
    expect(checked).toEqual({
      ok: true,
      request: {
        type: 'final',
        unit: '92',
        from: '2020-12-15',
        to: '2023-06-14',
        header: {
          number: 125,
          symbol: 'BC-CATP',
          recipients: ['Bộ Công an', 'Thành ủy Cần Thơ', 'Lưu: VT'],
          signer: { authority: null, title: 'GIÁM ĐỐC', name: 'Đại tá Nguyễn Văn A' },
        },
      },
    });
  });

  it('refuses a missing day, a period that ends before it starts, a number that is not one, half a signer', () => {
    expect(checkReport({ ...base, from: '' })).toEqual({
      ok: false,
      problems: { from: { code: 'required' } },
    });
    expect(checkReport({ ...base, from: '2023-06-15' })).toEqual({
      ok: false,
      problems: { to: { code: 'order' } },
    });
    expect(checkReport({ ...base, number: '12a' })).toEqual({
      ok: false,
      problems: { number: { code: 'number' } },
    });
    expect(checkReport({ ...base, signerAuthority: 'KT. GIÁM ĐỐC' })).toEqual({
      ok: false,
      problems: { signerTitle: { code: 'signer' }, signerName: { code: 'signer' } },
    });
  });

  it('reads recipients without blank lines or list marks', () => {
    expect(recipientLines('  \n• Bộ Công an\n+ UBND thành phố.\n')).toEqual(['Bộ Công an', 'UBND thành phố']);
  });
});

describe('the server’s field errors', () => {
  it('finds the form field a path names', () => {
    expect(fieldOfPath('body.to')).toBe('to');
    expect(fieldOfPath('unit')).toBe('unit');
    expect(fieldOfPath('body.header.recipients.2')).toBe('recipients');
    expect(fieldOfPath('body.header.signer.name')).toBe('signerName');
    expect(fieldOfPath('body.header.signer')).toBe('signerTitle');
    expect(fieldOfPath('body.header.filing')).toBeNull();
    expect(fieldOfPath('body.hierarchyDate')).toBeNull();
  });

  it('keeps a bilingual message in the user’s language, and words an English-only rule itself in Vietnamese', () => {
    const error = new ApiError(400, 'validation_failed', 'invalid', {
      fields: [
        { path: 'body.header.symbol', message: 'capital letters and digits in groups joined by -' },
        { path: 'body.unit', message: 'Không có đơn vị 99 / no unit 99' },
        { path: 'body.unit', message: 'second message for the same field' },
        { path: 'body.header.filing', message: 'ignored' },
      ],
    });
    expect(serverProblems(error, 'vi')).toEqual({
      symbol: { code: 'server' },
      unit: { message: 'Không có đơn vị 99' },
    });
    expect(serverProblems(error, 'en')).toEqual({
      symbol: { message: 'capital letters and digits in groups joined by -' },
      unit: { message: 'no unit 99' },
    });
    expect(serverProblems(new Error('boom'), 'vi')).toEqual({});
  });
});
