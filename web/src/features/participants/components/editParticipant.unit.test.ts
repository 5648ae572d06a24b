import { describe, expect, it } from 'vitest';
import type { ParticipantDetail } from '../types.ts';
import { editValuesOf, toChange } from './editParticipant.ts';

const before: ParticipantDetail = {
  id: 'p',
  name: 'A B',
  protectedIdentity: false,
  idKind: 'reserve',
  personalNumber: null,
  birthDate: '1990-01-01',
  preferredLanguage: 'ar',
  grant: 'own_organisation',
  interpreterNeeded: false,
  phone: '070-1',
  email: null,
  address: null,
  version: 4,
};

describe('toChange', () => {
  it.each([
    ['nothing changed', {}, 'staff', { version: 4 }],
    ['a new phone, trimmed', { phone: ' 070-2 ' }, 'staff', { version: 4, phone: '070-2' }],
    ['language cleared', { preferredLanguage: '' }, 'staff', { version: 4, preferredLanguage: null }],
    ['protected identity by staff', { protectedIdentity: true }, 'staff', { version: 4, protectedIdentity: true }],
    ['protected identity is never sent by the person', { protectedIdentity: true }, 'self', { version: 4 }],
    [
      'interpreter and e-mail',
      { interpreterNeeded: true, email: 'a@b.se' },
      'self',
      { version: 4, interpreterNeeded: true, email: 'a@b.se' },
    ],
  ] as const)('%s', (_n, edit, viewer, expected) => {
    expect(toChange(before, { ...editValuesOf(before), ...edit }, viewer)).toEqual(expected);
  });
});
