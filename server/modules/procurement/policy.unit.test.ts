import { describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/actor.ts';
import { contractProblems, mayChangeAs, mayProcure } from './policy.ts';

const actor = (roles: Actor['roles'], organisationId: string | null = 'org-a'): Actor => ({
  tenantId: 't',
  userId: 'u',
  organisationId,
  roles,
  participantId: null,
  requestId: 'r',
  sessionId: 's',
});

describe('who procures', () => {
  it('is a coordinator or manager with an organisation, changing only that organisation’s records', () => {
    expect(mayProcure(actor(['coordinator']))).toBe(true);
    expect(mayProcure(actor(['manager']))).toBe(true);
    expect(mayProcure(actor(['coordinator'], null))).toBe(false);
    expect(mayProcure(actor(['analyst']))).toBe(false);
    expect(mayChangeAs(actor(['manager']), 'org-a')).toBe(true);
    expect(mayChangeAs(actor(['manager']), 'org-b')).toBe(false);
  });
});

describe('contractProblems', () => {
  const ok = { startDate: '2025-01-01', endDate: '2027-12-31', requirements: [{ kind: 'placements' }, { kind: 'jobs' }] };
  it.each([
    [ok, []],
    [{ ...ok, endDate: '2025-01-01' }, []],
    [{ ...ok, endDate: '2024-12-31' }, ['/endDate end_before_start']],
    [{ ...ok, startDate: '1999-12-31' }, ['/startDate date_out_of_range']],
    [{ ...ok, endDate: '2100-01-01' }, ['/endDate date_out_of_range']],
    [{ ...ok, requirements: [{ kind: 'jobs' }, { kind: 'jobs' }] }, ['/requirements/1 duplicate_requirement']],
  ])('%j: %j', (input, expected) => {
    expect(contractProblems(input).map((p) => `${p.path} ${p.keyword}`)).toEqual(expected);
  });
});
