import { describe, expect, it } from 'vitest';
import { messageInLanguage } from './message-in-language.ts';

describe('server messages in the user language', () => {
  const message = 'Không có đơn vị hành chính mã 99 / no administrative unit has code 99';

  it('keeps the Vietnamese half for Vietnamese and the English half for English', () => {
    expect(messageInLanguage(message, 'vi')).toBe('Không có đơn vị hành chính mã 99');
    expect(messageInLanguage(message, 'en')).toBe('no administrative unit has code 99');
  });

  it('shows a one-language message as it is', () => {
    expect(messageInLanguage('Dữ liệu không hợp lệ', 'en')).toBe('Dữ liệu không hợp lệ');
  });
});
