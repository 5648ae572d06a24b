import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/http.ts';
import {
  goalBody,
  goalForm,
  goalProblems,
  indicatorBody,
  indicatorForm,
  indicatorProblems,
  parseTarget,
  serverProblems,
  withIndicator,
} from './forms.ts';

describe('parseTarget', () => {
  it.each([
    ['40', 40],
    ['72,5', 72.5],
    ['12.25', 12.25],
    [' 1 000 ', 1000],
    ['40 %', 40],
    ['0', 0],
    ['1000000', 1_000_000],
    ['1000001', null],
    ['12,345', null],
    ['-5', null],
    ['fyrtio', null],
    ['', null],
  ])('%j is %j', (text, expected) => expect(parseTarget(text)).toBe(expected));
});

describe('indicatorProblems', () => {
  it.each([
    [
      { indicator: '', target: '', direction: 'at_least' },
      { indicator: 'required', target: 'required' },
    ],
    [{ indicator: 'completion_rate', target: 'sjuttio', direction: 'at_least' }, { target: 'target' }],
    [{ indicator: 'completion_rate', target: '120', direction: 'at_least' }, { target: 'percent' }],
    [{ indicator: 'median_days_housing_to_intake', target: '120', direction: 'at_most' }, {}],
    [{ indicator: 'people_in_forbund_funded', target: '25', direction: 'at_least' }, {}],
  ] as const)('%j → %j', (form, expected) => expect(indicatorProblems(form)).toEqual(expected));

  it('gives a new indicator its usual direction: fewer days is better', () => {
    const form = indicatorForm(null);
    expect(withIndicator(form, 'median_days_housing_to_intake').direction).toBe('at_most');
    expect(withIndicator(form, 'closed_loop_rate').direction).toBe('at_least');
  });

  it('types a decimal target back with a comma and sends it as a number', () => {
    const form = indicatorForm({ indicator: 'completion_rate', target: 72.5, direction: 'at_least' });
    expect(form.target).toBe('72,5');
    expect(indicatorBody(form)).toEqual({ indicator: 'completion_rate', target: 72.5, direction: 'at_least' });
  });
});

describe('goals', () => {
  it('needs a title, and a party for a party’s goal', () => {
    expect(goalProblems(goalForm(null), false)).toEqual({ title: 'required' });
    expect(goalProblems(goalForm(null), true)).toEqual({ title: 'required', partyId: 'required' });
    expect(goalProblems({ ...goalForm(null, 'p-1'), title: 'Mål' }, true)).toEqual({});
  });

  it('sends a joint goal without party or links, and a party’s goal with the joint goals it serves', () => {
    const form = { title: ' Fler i arbete ', description: ' ', partyId: 'p-1', jointGoalIds: ['g-1', 'g-2'] };
    expect(goalBody(form, false)).toEqual({ title: 'Fler i arbete', description: '', partyId: null, jointGoalIds: [] });
    expect(goalBody(form, true)).toEqual({ title: 'Fler i arbete', description: '', partyId: 'p-1', jointGoalIds: ['g-1', 'g-2'] });
  });

  it('puts the server’s reasons under the fields it names', () => {
    const error = new ApiError(400, 'validation_failed', 'x', [
      { path: '/jointGoalIds/1', keyword: 'unknown_joint_goal' },
      { path: '/partyId', keyword: 'joint_goal_in_use' },
      { path: '/title', keyword: 'maxLength' },
    ]);
    expect(serverProblems(error)).toEqual({ jointGoalIds: 'unknown_joint_goal', partyId: 'joint_goal_in_use', title: 'invalid' });
  });
});
