import { describe, expect, it } from 'vitest';
import type { Role } from '../../../common/roles.ts';
import type { Actor } from '../../lib/actor.ts';
import { interventionProblems, mayManageIntervention } from './policy.ts';

const actor = (roles: Role[], organisationId: string | null = 'org-a'): Actor =>
  ({ userId: 'u', tenantId: 't', organisationId, roles, participantId: null }) as unknown as Actor;

describe('mayManageIntervention', () => {
  it.each([
    [['provider'], 'org-a', true],
    [['provider'], 'org-b', false],
    [['coordinator'], 'org-a', true],
    [['manager'], 'org-b', false],
    [['caseworker'], 'org-a', false],
    [['analyst'], 'org-a', false],
    [['administrator'], 'org-b', true],
    [['participant'], 'org-a', false],
  ] as [Role[], string, boolean][])('%j on %s → %s', (roles, org, expected) => {
    expect(mayManageIntervention(actor(roles), org)).toBe(expected);
  });
});

describe('interventionProblems', () => {
  it.each([
    [{ startDate: '2026-01-01', endDate: '2026-12-31', eligibility: [] }, []],
    [{ startDate: null, endDate: '2026-12-31', eligibility: [] }, []],
    [{ startDate: '2026-02-01', endDate: '2026-01-31', eligibility: [] }, ['/endDate']],
    [{ startDate: null, endDate: null, eligibility: [{ fact: 'age', min: 70, max: 20 }] }, ['/eligibility/0']],
  ] as [Parameters<typeof interventionProblems>[0], string[]][])('%j → %j', (input, paths) => {
    expect(interventionProblems(input).map((p) => p.path)).toEqual(paths);
  });
});
