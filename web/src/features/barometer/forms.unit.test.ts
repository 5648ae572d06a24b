import { describe, expect, it } from 'vitest';
import * as server from '../../../../server/modules/barometer/defaults.ts';
import { roundProblems } from '../../../../server/modules/barometer/rules.ts';
import { ApiError } from '../../lib/http.ts';
import type { OpenSurvey, Survey } from './api.ts';
import {
  answerBody,
  answerForm,
  answerProblems,
  closeNowBody,
  newStatementKey,
  serverProblems,
  STATEMENT_TEXT_MAX,
  STATEMENTS_MAX,
  SURVEY_YEARS,
  surveyBody,
  surveyForm,
  surveyProblems,
} from './forms.ts';

const defaults = { staff: [...server.DEFAULT_STATEMENTS.staff], participants: [...server.DEFAULT_STATEMENTS.participants] };

describe('the round form', () => {
  it('keeps the server’s limits', () => {
    expect([SURVEY_YEARS, STATEMENTS_MAX, STATEMENT_TEXT_MAX]).toEqual([
      server.SURVEY_YEARS,
      server.STATEMENTS_MAX,
      server.STATEMENT_TEXT_MAX,
    ]);
  });

  it('starts a new round today for two weeks with the staff statements', () => {
    expect(surveyForm(null, defaults, '2026-03-02')).toMatchObject({ audience: 'staff', opensOn: '2026-03-02', closesOn: '2026-03-15' });
    expect(surveyForm(null, defaults, '2026-03-02').statements).toEqual(defaults.staff);
  });

  it.each([
    ['a complete round', {}, {}, true],
    ['no title', { title: '  ' }, { title: 'required' }, false],
    ['the last day first', { closesOn: '2026-03-01' }, { closesOn: 'end_before_start' }, true],
    ['a year out of range', { opensOn: '1999-01-01' }, { opensOn: 'date_out_of_range' }, true],
    ['no days', { opensOn: '', closesOn: '' }, { opensOn: 'required', closesOn: 'required' }, false],
    ['a statement without words', { statements: [{ key: 'a', text: ' ' }] }, { statements: 'required' }, false],
    ['no statements', { statements: [] }, { statements: 'required' }, false],
  ])('checks %s before sending', (_label, change, expected, asTheServer) => {
    const form = { ...surveyForm(null, defaults, '2026-03-02'), title: 'Våren', ...change };
    expect(surveyProblems(form)).toEqual(expected);
    // Where the server's rules say the same, they agree.
    if (asTheServer) expect(roundProblems(surveyBody(form)).map((p) => p.keyword)).toEqual(Object.values(expected));
  });

  it('trims what it sends and gives added statements keys of their own', () => {
    const form = { ...surveyForm(null, defaults, '2026-03-02'), title: ' Våren ' };
    expect(surveyBody(form).title).toBe('Våren');
    expect(newStatementKey([{ key: 'own_2', text: 'x' }])).toBe('own_3');
    expect(
      newStatementKey([
        { key: 'a', text: 'x' },
        { key: 'own_2', text: 'y' },
      ]),
    ).toBe('own_3');
  });

  it('closes a round with yesterday as its last day, and a round opened today as having run yesterday', () => {
    const round = {
      title: 'Våren',
      audience: 'staff',
      opensOn: '2026-03-01',
      closesOn: '2026-03-31',
      statements: defaults.staff,
      version: 3,
    } as Survey;
    expect(closeNowBody(round, '2026-03-10')).toMatchObject({ opensOn: '2026-03-01', closesOn: '2026-03-09', version: 3 });
    expect(closeNowBody({ ...round, opensOn: '2026-03-10' }, '2026-03-10')).toMatchObject({
      opensOn: '2026-03-09',
      closesOn: '2026-03-09',
    });
  });

  it('reads the server’s reasons', () => {
    const error = new ApiError(400, 'validation_failed', 'x', [
      { path: '/statements', keyword: 'survey_answered' },
      { path: '/opensOn', keyword: 'format' },
    ]);
    expect(serverProblems(error)).toEqual({ statements: 'survey_answered', opensOn: 'invalid' });
  });
});

describe('the answer form', () => {
  const round: OpenSurvey = {
    id: 'r',
    title: 'Våren',
    audience: 'staff',
    closesOn: '2026-03-31',
    statements: [
      { key: 'a', text: 'A' },
      { key: 'b', text: 'B' },
    ],
    roleGroups: ['caseworker', 'manager', 'provider_staff', 'other_staff'],
  };

  it('asks staff for their role group and a rating of every statement', () => {
    const form = answerForm(round);
    expect(answerProblems(form)).toEqual({ roleGroup: 'required', 'rating.a': 'required', 'rating.b': 'required' });
    const filled = {
      ...form,
      roleGroup: 'manager' as const,
      ratings: { a: 2, b: 5 },
      openAnswers: { ...form.openAnswers, needed: 'x'.repeat(2001) },
    };
    expect(answerProblems(filled)).toEqual({ 'open.needed': 'too_long' });
  });

  it('chooses the participants’ one group for them, and sends only the open answers given', () => {
    const theirs = answerForm({ ...round, audience: 'participants', roleGroups: ['participant'] });
    expect(theirs.roleGroup).toBe('participant');
    const body = answerBody({
      ...theirs,
      ratings: { a: 1, b: 4 },
      openAnswers: { ...theirs.openAnswers, works_well: ' Min handläggare ', challenges: '  ' },
    });
    expect(body).toEqual({ roleGroup: 'participant', openAnswers: { works_well: 'Min handläggare' }, ratings: { a: 1, b: 4 } });
  });
});
