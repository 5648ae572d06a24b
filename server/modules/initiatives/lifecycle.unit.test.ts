import { describe, expect, it } from 'vitest';
import { INITIATIVE_STATES, type InitiativeState } from '../../../common/governance.ts';
import { atRisk, dateProblems, implementedFromProblems, transitionProblems } from './lifecycle.ts';

const ALLOWED = [
  'idea→proposed',
  'idea→ended',
  'proposed→decided',
  'proposed→ended',
  'decided→running',
  'decided→ended',
  'running→evaluated',
  'running→ended',
  'evaluated→implemented',
  'evaluated→ended',
];

/** Every field a move can need, filled in, so that only the move itself decides. */
const complete = {
  evaluation: 'Sju av tio i arbete efter ett år',
  implementedByPartyId: 'party-1',
  implementedFrom: '2026-01-01',
  implementationFunding: 'Kommunens ordinarie budget',
  endedReason: 'Styrelsen avslog',
};

const summary = (from: InitiativeState, to: InitiativeState, fields: object) =>
  transitionProblems(from, to, fields).map((p) => `${p.path} ${p.keyword}`);

describe('transitionProblems', () => {
  const pairs = INITIATIVE_STATES.flatMap((from) => INITIATIVE_STATES.map((to) => [from, to] as const));

  it.each(pairs)('%s → %s is allowed only along the lifecycle', (from, to) => {
    const allowed = ALLOWED.includes(`${from}→${to}`);
    expect(summary(from, to, complete)).toEqual(allowed ? [] : ['/to transition_not_allowed']);
  });

  it('has nowhere to go from implemented or ended, nor to the same state', () => {
    for (const state of INITIATIVE_STATES) expect(summary(state, state, complete)).toEqual(['/to transition_not_allowed']);
    expect(summary('implemented', 'ended', complete)).toEqual(['/to transition_not_allowed']);
    expect(summary('ended', 'idea', complete)).toEqual(['/to transition_not_allowed']);
  });

  it('reports a move that is not allowed alone, whatever fields are missing', () => {
    expect(summary('idea', 'implemented', {})).toEqual(['/to transition_not_allowed']);
  });

  it.each([
    ['running', 'evaluated', {}, ['/evaluation evaluation_required']],
    ['running', 'evaluated', { evaluation: null }, ['/evaluation evaluation_required']],
    ['running', 'evaluated', { evaluation: '  \n ' }, ['/evaluation evaluation_required']],
    ['running', 'evaluated', { evaluation: 'Utvärderad av FoU' }, []],
    [
      'evaluated',
      'implemented',
      {},
      [
        '/implementedByPartyId implementation_incomplete',
        '/implementedFrom implementation_incomplete',
        '/implementationFunding implementation_incomplete',
      ],
    ],
    [
      'evaluated',
      'implemented',
      { implementedByPartyId: 'party-1', implementedFrom: '2026-01-01', implementationFunding: ' ' },
      ['/implementationFunding implementation_incomplete'],
    ],
    ['evaluated', 'implemented', { ...complete, implementedByPartyId: null }, ['/implementedByPartyId implementation_incomplete']],
    ['evaluated', 'implemented', { ...complete, evaluation: undefined }, []],
    ['proposed', 'ended', {}, ['/endedReason reason_required']],
    ['running', 'ended', { endedReason: '' }, ['/endedReason reason_required']],
    ['idea', 'ended', { endedReason: 'Fanns redan i ordinarie verksamhet' }, []],
    ['idea', 'proposed', {}, []],
    ['proposed', 'decided', {}, []],
    ['decided', 'running', {}, []],
  ] as const)('%s → %s with %j: %j', (from, to, fields, expected) => {
    expect(summary(from, to, fields)).toEqual(expected);
  });
});

describe('dateProblems', () => {
  it.each([
    [{ startDate: null, endDate: null }, []],
    [{ startDate: '2025-01-01', endDate: null }, []],
    [{ startDate: null, endDate: '2025-01-01' }, []],
    [{ startDate: '2025-01-01', endDate: '2025-01-01' }, []],
    [{ startDate: '2025-01-02', endDate: '2025-01-01' }, ['/endDate end_before_start']],
    [{ startDate: '1999-12-31', endDate: '2025-01-01' }, ['/startDate date_out_of_range']],
    [{ startDate: '2025-01-01', endDate: '2100-01-01' }, ['/endDate date_out_of_range']],
  ])('%j: %j', (input, expected) => {
    expect(dateProblems(input).map((p) => `${p.path} ${p.keyword}`)).toEqual(expected);
  });

  it('checks the first day of regular operations within the same years', () => {
    expect(implementedFromProblems('2026-01-01')).toEqual([]);
    expect(implementedFromProblems(undefined)).toEqual([]);
    expect(implementedFromProblems('1999-01-01').map((p) => p.keyword)).toEqual(['date_out_of_range']);
  });
});

describe('atRisk', () => {
  const today = '2025-06-15';
  const initiative = (state: InitiativeState, endDate: string | null, evaluation: string | null = null) => ({ state, endDate, evaluation });

  it.each([
    // Running past its end, never evaluated: both reasons.
    [initiative('running', '2025-06-14'), ['past_end_without_decision', 'not_evaluated']],
    // The end date itself is not past.
    [initiative('running', '2025-06-15'), []],
    [initiative('running', '2025-06-16'), []],
    [initiative('running', null), []],
    // An evaluation written while it still runs leaves only the missing decision.
    [initiative('running', '2025-01-01', 'Delrapport klar'), ['past_end_without_decision']],
    [initiative('running', '2025-01-01', '   '), ['past_end_without_decision', 'not_evaluated']],
    // Evaluated but neither implemented nor ended after its end.
    [initiative('evaluated', '2025-06-14', 'Slutrapport'), ['past_end_without_decision']],
    [initiative('evaluated', '2025-06-15', 'Slutrapport'), []],
    // Decided, or before, an end date passed means nothing yet; implemented and ended are settled.
    [initiative('idea', '2024-01-01'), []],
    [initiative('proposed', '2024-01-01'), []],
    [initiative('decided', '2024-01-01'), []],
    [initiative('implemented', '2024-01-01', 'Slutrapport'), []],
    [initiative('ended', '2024-01-01'), []],
  ] as const)('%j: %j', (input, expected) => {
    expect(atRisk(input, today)).toEqual(expected);
  });

  it('crosses a year boundary by calendar order', () => {
    expect(atRisk(initiative('running', '2024-12-31'), '2025-01-01')).toEqual(['past_end_without_decision', 'not_evaluated']);
    expect(atRisk(initiative('running', '2025-01-01'), '2025-01-01')).toEqual([]);
  });
});
