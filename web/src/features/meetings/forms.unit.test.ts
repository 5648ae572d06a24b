import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/http.ts';
import { itemBody, itemForm, itemProblems, meetingBody, meetingForm, meetingProblems, serverProblems, type MeetingForm } from './forms.ts';

describe('the meeting form', () => {
  const filled: MeetingForm = {
    body: 'board',
    title: ' Styrelsemöte, mars ',
    date: '2027-03-18',
    time: '13:00',
    place: ' Stadshuset ',
    materialDaysBefore: '7',
    attendees: 'Anna Ek\n\n  Jonas Wik \n',
  };

  it('starts with seven days for the material', () => expect(meetingForm().materialDaysBefore).toBe('7'));

  it('reads the day and time as Swedish time, and one attendee a line', () => {
    expect(meetingProblems(filled)).toEqual({});
    expect(meetingBody(filled)).toEqual({
      body: 'board',
      title: 'Styrelsemöte, mars',
      startsAt: '2027-03-18T12:00:00.000Z',
      place: 'Stadshuset',
      materialDaysBefore: 7,
      attendees: ['Anna Ek', 'Jonas Wik'],
    });
  });

  it.each([
    [
      { body: '', title: ' ', date: '', time: '' },
      { body: 'required', title: 'required', date: 'required', time: 'required' },
    ],
    [
      { date: '2027-02-30', time: '25:00' },
      { date: 'date', time: 'time' },
    ],
    [{ materialDaysBefore: '61' }, { materialDaysBefore: 'days' }],
    [{ materialDaysBefore: '-1' }, { materialDaysBefore: 'days' }],
    [{ attendees: 'x'.repeat(201) }, { attendees: 'attendees' }],
  ] as [Partial<MeetingForm>, object][])('refuses %j', (change, expected) =>
    expect(meetingProblems({ ...filled, ...change })).toEqual(expected),
  );
});

describe('the agenda item form', () => {
  it('needs a title, and names the preparing item only on a board meeting', () => {
    expect(itemProblems(itemForm())).toEqual({ title: 'required' });
    const form = { ...itemForm(), title: ' Bevilja ', initiativeId: 'i-1', preparedByItemId: 'p-1' };
    expect(itemBody(form, 'board')).toEqual({
      kind: 'decision',
      title: 'Bevilja',
      proposal: '',
      initiativeId: 'i-1',
      preparedByItemId: 'p-1',
    });
    expect(itemBody({ ...form, initiativeId: '' }, 'preparation_group')).toMatchObject({ initiativeId: null, preparedByItemId: null });
  });
});

describe("the server's answer", () => {
  it('puts each reason under the form field it concerns', () => {
    const error = new ApiError(400, 'validation_failed', 'x', [
      { path: '/contentBase64', keyword: 'content_mismatch' },
      { path: '/to', keyword: 'transition_not_allowed' },
      { path: '/year', keyword: 'year_not_open' },
      { path: '/allocation/initiativeId', keyword: 'not_the_items_initiative' },
    ]);
    expect(serverProblems(error)).toEqual({
      file: 'content_mismatch',
      initiativeState: 'transition_not_allowed',
      allocationYear: 'year_not_open',
      amount: 'invalid',
    });
  });
});
