import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import { serverFieldProblems } from './server-field-problems.ts';

const refused = (fields: unknown) =>
  new ApiError(400, 'validation_failed', 'Dữ liệu không hợp lệ / invalid input', { fields });

describe('server field problems', () => {
  it('names the field and the day a later version starts on', () => {
    const error = refused([
      { path: 'validFrom', message: 'a later version starts on 2026-12-27; change that one instead' },
    ]);
    expect(serverFieldProblems(error)).toEqual([
      {
        field: 'validFrom',
        laterVersionFrom: '2026-12-27',
        message: 'a later version starts on 2026-12-27; change that one instead',
      },
    ]);
  });

  it('strips the request part of a schema path and keeps other messages as they are', () => {
    const error = refused([{ path: 'body.chapter', message: 'a chapter in Roman numerals, e.g. XVI' }]);
    expect(serverFieldProblems(error)).toEqual([
      { field: 'chapter', laterVersionFrom: null, message: 'a chapter in Roman numerals, e.g. XVI' },
    ]);
  });

  it('finds nothing in other failures', () => {
    expect(serverFieldProblems(new ApiError(403, 'forbidden', 'no'))).toEqual([]);
    expect(serverFieldProblems(new Error('network'))).toEqual([]);
  });
});
