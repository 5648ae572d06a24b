import { describe, expect, it } from 'vitest';
import type { Role } from '../../../common/roles.ts';
import { invitationView, mayManageIntake } from './policy.ts';

const staff = (roles: Role[], organisationId: string | null = 'af') => ({ roles, organisationId, participantId: null });
const person = { roles: ['participant'] as Role[], organisationId: null, participantId: 'p' };

describe('who manages the joint intake', () => {
  it.each([
    ['caseworker', staff(['caseworker']), true],
    ['coordinator', staff(['coordinator']), true],
    ['manager', staff(['manager']), false],
    ['provider', staff(['provider']), false],
    ['caseworker without organisation', staff(['caseworker'], null), false],
    ['the participant', person, false],
  ] as const)('%s → %s', (_name, actor, allowed) => {
    expect(mayManageIntake(actor)).toBe(allowed);
  });
});

describe('what an invited organisation sees of an invitation', () => {
  it.each([
    {
      name: 'invited caseworker, identity readable',
      actor: staff(['caseworker']),
      invited: 'af',
      identity: true,
      view: { meeting: true, identity: true, answer: true },
    },
    {
      name: 'invited caseworker before consent',
      actor: staff(['caseworker']),
      invited: 'af',
      identity: false,
      view: { meeting: true, identity: false, answer: true },
    },
    {
      name: 'invited organisation’s manager',
      actor: staff(['manager']),
      invited: 'af',
      identity: true,
      view: { meeting: true, identity: true, answer: false },
    },
    {
      name: 'another organisation’s caseworker',
      actor: staff(['caseworker'], 'sfi'),
      invited: 'af',
      identity: true,
      view: { meeting: false, identity: false, answer: false },
    },
    {
      name: 'staff without organisation',
      actor: staff(['coordinator'], null),
      invited: 'af',
      identity: true,
      view: { meeting: false, identity: false, answer: false },
    },
    { name: 'a participant', actor: person, invited: 'af', identity: true, view: { meeting: false, identity: false, answer: false } },
  ])('$name', ({ actor, invited, identity, view }) => {
    expect(invitationView(actor, invited, identity)).toEqual(view);
  });
});
