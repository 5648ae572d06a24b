import { describe, expect, it } from 'vitest';
import type { Role } from '../../../common/roles.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { DEFAULT_STATEMENTS } from './defaults.ts';
import { audienceOf, mayAnswer } from './policy.ts';
import { answerProblems, changeProblems, roundProblems, roundState } from './rules.ts';

const keywords = (problems: { path: string; keyword: string }[]) => problems.map((p) => `${p.path} ${p.keyword}`);

describe('roundState: open on Swedish calendar days, both end days included', () => {
  it.each([
    // Winter time (UTC+1): the last day ends at 23:00 UTC.
    ['the last evening, a second before midnight', { opensOn: '2025-03-01', closesOn: '2025-03-09' }, '2025-03-09T22:59:59Z', 'open'],
    ['midnight after the last day', { opensOn: '2025-03-01', closesOn: '2025-03-09' }, '2025-03-09T23:00:00Z', 'closed'],
    // Summer time (UTC+2): the first day starts at 22:00 UTC the evening before.
    ['the evening before the first day', { opensOn: '2025-06-30', closesOn: '2025-07-10' }, '2025-06-29T21:59:59Z', 'upcoming'],
    ['midnight starting the first day', { opensOn: '2025-06-30', closesOn: '2025-07-10' }, '2025-06-29T22:00:00Z', 'open'],
    // The night the clocks go forward (30 March 2025, 01:00 UTC) and back (26 October 2025, 01:00 UTC).
    ['the midnight before the clocks go forward', { opensOn: '2025-03-20', closesOn: '2025-03-29' }, '2025-03-29T23:00:00Z', 'closed'],
    ['the evening after the clocks go back', { opensOn: '2025-10-20', closesOn: '2025-10-26' }, '2025-10-26T22:59:59Z', 'open'],
    ['one-day round, on its day', { opensOn: '2025-05-05', closesOn: '2025-05-05' }, '2025-05-05T10:00:00Z', 'open'],
  ])('%s', (_label, round, instant, state) => {
    expect(roundState(round, todayInSweden(new Date(instant)))).toBe(state);
  });
});

describe('roundProblems', () => {
  const statements = [...DEFAULT_STATEMENTS.staff];
  it.each([
    ['a valid round', { opensOn: '2025-03-01', closesOn: '2025-03-31', statements }, []],
    ['a one-day round', { opensOn: '2025-03-01', closesOn: '2025-03-01', statements }, []],
    ['the last day before the first', { opensOn: '2025-03-31', closesOn: '2025-03-01', statements }, ['/closesOn end_before_start']],
    [
      'a year out of range',
      { opensOn: '1999-12-31', closesOn: '2100-01-01', statements },
      ['/opensOn date_out_of_range', '/closesOn date_out_of_range'],
    ],
    [
      'a statement key twice',
      { opensOn: '2025-03-01', closesOn: '2025-03-31', statements: [statements[0]!, { key: statements[0]!.key, text: 'Igen' }] },
      ['/statements/1/key duplicate_statement'],
    ],
  ])('%s', (_label, input, expected) => {
    expect(keywords(roundProblems(input))).toEqual(expected);
  });
});

describe('changeProblems', () => {
  const statements = [...DEFAULT_STATEMENTS.staff];
  const current = { audience: 'staff' as const, opensOn: '2025-03-01', closesOn: '2025-03-31', statements };
  it.each([
    ['an open round, closed early', { closesOn: '2025-03-14' }, { today: '2025-03-15', answered: true }, []],
    [
      'an open round with answers, its statements',
      { statements: statements.slice(1) },
      { today: '2025-03-15', answered: true },
      ['/statements survey_answered'],
    ],
    [
      'an open round with answers, its audience',
      { audience: 'participants' as const },
      { today: '2025-03-15', answered: true },
      ['/audience survey_answered'],
    ],
    [
      'an unanswered round, anything',
      { audience: 'participants' as const, statements: statements.slice(2) },
      { today: '2025-03-15', answered: false },
      [],
    ],
    ['a closed round reopened', { closesOn: '2025-05-31' }, { today: '2025-04-02', answered: true }, ['/closesOn survey_closed']],
    ['a closed round, a new first day', { opensOn: '2025-02-01' }, { today: '2025-04-02', answered: false }, ['/opensOn survey_closed']],
    ['a closed round, only the title', {}, { today: '2025-04-02', answered: true }, []],
  ])('%s', (_label, change, facts, expected) => {
    expect(keywords(changeProblems(current, { ...current, ...change }, facts))).toEqual(expected);
  });
});

describe('answerProblems', () => {
  const round = {
    audience: 'staff' as const,
    statements: [
      { key: 'a', text: 'A' },
      { key: 'b', text: 'B' },
    ],
  };
  it.each([
    ['every statement rated, a staff role group', 'manager', { a: 1, b: 5 }, []],
    ['the participants’ group in a staff round', 'participant', { a: 1, b: 5 }, ['/roleGroup role_group']],
    ['a statement not asked', 'caseworker', { a: 1, b: 2, c: 3 }, ['/ratings/c unknown_statement']],
    ['a statement left out', 'caseworker', { a: 1 }, ['/ratings/b required']],
  ])('%s', (_label, roleGroup, ratings, expected) => {
    expect(keywords(answerProblems(round, { roleGroup, ratings }))).toEqual(expected);
  });

  it('gives participants only their own group', () => {
    const theirs = { audience: 'participants' as const, statements: round.statements };
    expect(keywords(answerProblems(theirs, { roleGroup: 'participant', ratings: { a: 3, b: 3 } }))).toEqual([]);
    expect(keywords(answerProblems(theirs, { roleGroup: 'caseworker', ratings: { a: 3, b: 3 } }))).toEqual(['/roleGroup role_group']);
  });
});

describe('who answers which rounds', () => {
  it.each([
    [['caseworker'], null, 'staff'],
    [['board_member'], null, 'staff'],
    [['administrator'], null, 'staff'],
    [['participant'], 'p-1', 'participants'],
    [['participant'], null, 'participants'],
  ] as [Role[], string | null, string][])('%j answers %s rounds', (roles, participantId, audience) => {
    const actor = { roles, participantId };
    expect(audienceOf(actor)).toBe(audience);
    expect(mayAnswer(actor, audience as 'staff')).toBe(true);
    expect(mayAnswer(actor, audience === 'staff' ? 'participants' : 'staff')).toBe(false);
  });
});
