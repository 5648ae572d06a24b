import { describe, expect, it } from 'vitest';
import { ApiError } from './http.ts';
import { serverFieldProblems } from './fieldErrors.ts';

describe('serverFieldProblems', () => {
  it('names each field once, by the first reason given', () => {
    const error = new ApiError(400, 'validation_failed', 'x', [
      { path: '/personalNumber', keyword: 'personnummer', message: 'not valid' },
      { path: '/personalNumber', keyword: 'minLength', message: 'too short' },
      { path: '/phone', keyword: 'maxLength', message: 'too long' },
      { path: '/items/0/name', keyword: 'pattern', message: 'bad' },
    ]);
    expect(serverFieldProblems(error)).toEqual({ personalNumber: 'personnummer', phone: 'invalid', items: 'pattern' });
  });

  it('ignores other errors and details it cannot read', () => {
    expect(serverFieldProblems(new ApiError(409, 'conflict', 'x', [{ path: '/email' }]))).toEqual({});
    expect(serverFieldProblems(new ApiError(400, 'validation_failed', 'x', { field: 'email' }))).toEqual({});
    expect(serverFieldProblems(new Error('network'))).toEqual({});
  });
});
