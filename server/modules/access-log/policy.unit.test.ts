import { describe, expect, it } from 'vitest';
import { accessKind, actionsOf, formatCursor, parseCursor } from './policy.ts';

describe('read or change', () => {
  it.each([
    ['read', 'read'],
    ['create', 'change'],
    ['update', 'change'],
    ['delete', 'change'],
  ] as const)('%s is a %s', (action, kind) => {
    expect(accessKind(action)).toBe(kind);
  });

  it('selects the audit actions of each kind', () => {
    expect(actionsOf('read')).toEqual(['read']);
    expect(actionsOf('change')).toEqual(['create', 'update', 'delete']);
  });
});

describe('the paging cursor', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['1732356720000-17', { atMs: 1732356720000, seq: 17 }],
    ['0-1', { atMs: 0, seq: 1 }],
    ['1732356720000', null],
    ['-1-2', null],
    ['1.5-2', null],
    ['1-2-3', null],
    ['9999999999999999-1', null],
  ] as const)('%j reads as %j', (text, cursor) => {
    expect(parseCursor(text)).toEqual(cursor);
  });

  it('reads back what it writes', () => {
    const c = { atMs: 1732356720123, seq: 42 };
    expect(parseCursor(formatCursor(c))).toEqual(c);
  });
});
