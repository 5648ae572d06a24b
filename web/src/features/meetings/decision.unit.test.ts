import { describe, expect, it } from 'vitest';
import { decisionBody, decisionForm, decisionProblems, stateFor, stateOptions, type DecisionForm } from './decision.ts';

const item = { initiativeId: 'i-1', initiativeName: 'Kvinnor till arbete', title: 'Besluta om Kvinnor till arbete' };

describe('the decision form', () => {
  it('offers the states the initiative may move to from where it is', () => {
    expect(stateOptions('proposed')).toEqual(['decided', 'ended']);
    expect(stateOptions('decided')).toEqual(['running', 'ended']);
    expect(stateOptions('implemented')).toEqual([]);
    expect(stateOptions(undefined)).toEqual(['decided', 'running', 'ended']);
  });

  it('suggests the state that goes with the outcome', () => {
    expect(stateFor('adopted', ['decided', 'ended'])).toBe('decided');
    expect(stateFor('rejected', ['decided', 'ended'])).toBe('ended');
    expect(stateFor('tabled', ['decided', 'ended'])).toBe('');
    expect(stateFor('adopted', [])).toBe('');
  });

  const filled: DecisionForm = {
    ...decisionForm(['decided', 'ended'], 2026),
    wording: ' Styrelsen beviljar ',
    votesFor: '5',
    votesAgainst: '1',
    abstentions: '1',
    reservations: [
      { member: ' Peter Berg ', reason: ' Överlappar ' },
      { member: '', reason: '' },
    ],
    amount: '400 000',
  };

  it('records the vote, the reservations, the move and the allocation together', () => {
    expect(decisionProblems(filled)).toEqual({});
    expect(decisionBody(filled, item)).toEqual({
      outcome: 'adopted',
      wording: 'Styrelsen beviljar',
      votes: { for: 5, against: 1, abstentions: 1 },
      reservations: [{ member: 'Peter Berg', reason: 'Överlappar' }],
      initiativeState: 'decided',
      allocation: { year: 2026, name: 'Kvinnor till arbete', initiativeId: 'i-1', amountOre: 40_000_000 },
    });
  });

  it('sends no vote when none was counted, and nothing moved or allocated when tabled', () => {
    const tabled = { ...filled, outcome: 'tabled' as const, votesFor: '', votesAgainst: '', abstentions: '' };
    expect(decisionBody(tabled, item)).toMatchObject({ votes: null, initiativeState: null, allocation: null });
    const rejected = { ...filled, outcome: 'rejected' as const, initiativeState: 'ended' as const };
    expect(decisionBody(rejected, item)).toMatchObject({ initiativeState: 'ended', allocation: null });
  });

  it('allocates to the own operation under the item title when the item has no initiative', () => {
    expect(decisionBody(filled, { initiativeId: null, initiativeName: null, title: 'Kansliet' })).toMatchObject({
      initiativeState: null,
      allocation: { name: 'Kansliet', initiativeId: null },
    });
  });

  it.each([
    [{ wording: '' }, { wording: 'required' }],
    [{ votesAgainst: '' }, { votesAgainst: 'required' }],
    [
      { votesFor: '501', abstentions: 'två' },
      { votesFor: 'votes', abstentions: 'votes' },
    ],
    [{ reservations: [{ member: ' ', reason: 'Skäl' }] }, { reservations: 'reservation_member' }],
    [{ amount: '0' }, { amount: 'amount' }],
    [
      { amount: 'fyrahundra', allocationYear: '' },
      { amount: 'amount', allocationYear: 'required' },
    ],
  ] as [Partial<DecisionForm>, object][])('refuses %j', (change, expected) =>
    expect(decisionProblems({ ...filled, ...change })).toEqual(expected),
  );
});
