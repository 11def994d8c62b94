import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import { catalogueServerProblems } from './catalogue-server-problems.ts';

const refusal = (fields: Array<{ path: string; message: string }>) =>
  new ApiError(400, 'validation_failed', 'Dữ liệu không hợp lệ / invalid input', { fields });

describe('the server refusing an element or a set', () => {
  it('puts a body field problem on its field', () => {
    expect(
      catalogueServerProblems(refusal([{ path: 'body.max', message: 'max must not be below min' }])),
    ).toEqual([{ field: 'max', index: null, message: 'max must not be below min' }]);
  });

  it('names the column of a set the service refused', () => {
    const problems = catalogueServerProblems(
      refusal([{ path: 'elements.3', message: 'Không có chỉ số x9 / no data element x9' }]),
    );
    expect(problems).toEqual([
      { field: 'elements', index: 3, message: 'Không có chỉ số x9 / no data element x9' },
    ]);
  });

  it('finds no field in other failures', () => {
    expect(catalogueServerProblems(new ApiError(403, 'forbidden', 'no'))).toEqual([]);
    expect(catalogueServerProblems(new Error('network'))).toEqual([]);
  });
});
