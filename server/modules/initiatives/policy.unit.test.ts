import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../common/roles.ts';
import { VERBS } from '../../../common/verbs.ts';
import type { Actor } from '../../lib/actor.ts';
import { mayManageInitiatives, mayReadInitiatives } from './policy.ts';

const actor = (roles: Actor['roles'], organisationId: string | null = null): Actor => ({
  tenantId: 't',
  userId: 'u',
  organisationId,
  roles,
  participantId: null,
  requestId: 'r',
  sessionId: 's',
});

describe('who reads and keeps the initiatives', () => {
  it.each(ROLES)('%s: the service rules agree with the verbs the routes declare', (role) => {
    expect(mayReadInitiatives(actor([role]))).toBe((VERBS['governance.read'] as readonly string[]).includes(role));
    expect(mayManageInitiatives(actor([role]))).toBe((VERBS['governance.manage'] as readonly string[]).includes(role));
  });

  it('needs no organisation: the preparation group is the area’s coordinators and managers', () => {
    expect(mayManageInitiatives(actor(['manager'], null))).toBe(true);
    expect(mayManageInitiatives(actor(['board_member', 'analyst']))).toBe(false);
    expect(mayReadInitiatives(actor(['board_member']))).toBe(true);
  });
});
