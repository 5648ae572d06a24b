import { describe, expect, it } from 'vitest';
import { checkDone, checkNewThread, checkReply, receiptsOf, seesThread, unreadFor, type ThreadKind } from './policy.ts';

const A = 'org-a';
const B = 'org-b';
const C = 'org-c';
const staffA = { organisationId: A };
const staffC = { organisationId: C };
const person = { organisationId: null };
const agencies = { kind: 'agencies' as ThreadKind, organisationIds: [A, B] };
const withPerson = { kind: 'with_participant' as ThreadKind, organisationIds: [A, B] };

describe('who sees a thread', () => {
  it.each([
    ['staff of a participating organisation, agencies', staffA, agencies, true],
    ['staff of another organisation', staffC, agencies, false],
    ['the participant, agencies-only thread', person, agencies, false],
    ['the participant, thread with them', person, withPerson, true],
    ['staff of a participating organisation, thread with the participant', staffA, withPerson, true],
  ])('%s: %s', (_why, viewer, thread, sees) => {
    expect(seesThread(viewer, thread)).toBe(sees);
  });
});

describe('a new thread', () => {
  const engaged = [A, B];
  it.each([
    ['agencies with another engaged organisation', staffA, { kind: 'agencies', organisationIds: [B] }, null],
    ['agencies alone', staffA, { kind: 'agencies', organisationIds: [] }, 'needs_another_organisation'],
    ['agencies naming only the own organisation', staffA, { kind: 'agencies', organisationIds: [A] }, 'needs_another_organisation'],
    ['an organisation without engagement', staffA, { kind: 'agencies', organisationIds: [C] }, 'not_engaged'],
    ['the participant starts agencies', person, { kind: 'agencies', organisationIds: [A, B] }, 'participant_takes_part'],
    ['the participant with one organisation', person, { kind: 'with_participant', organisationIds: [A] }, null],
    ['the participant with nobody', person, { kind: 'with_participant', organisationIds: [] }, 'needs_an_organisation'],
    ['staff with the participant alone', staffA, { kind: 'with_participant', organisationIds: [] }, null],
    ['a question to another participant', staffA, { kind: 'agencies', organisationIds: [B], questionTo: B }, null],
    ['a question to the own organisation', staffA, { kind: 'agencies', organisationIds: [B], questionTo: A }, 'own_organisation'],
    ['a question to an outsider', staffA, { kind: 'with_participant', organisationIds: [], questionTo: B }, 'not_participating'],
    ['the participant asks their organisation', person, { kind: 'with_participant', organisationIds: [A], questionTo: A }, null],
  ] as const)('%s', (_why, viewer, input, reason) => {
    const problem = checkNewThread(viewer, input, engaged);
    expect(problem && 'reason' in problem ? problem.reason : null).toBe(reason);
  });
});

describe('a reply', () => {
  const thread = { id: 't1', ...agencies };
  const question = (
    over: Partial<{ threadId: string; askedOrganisationId: string | null; isQuestion: boolean; answeredAt: string | null }> = {},
  ) => ({
    threadId: 't1',
    askedOrganisationId: B,
    isQuestion: true,
    answeredAt: null,
    ...over,
  });
  const staffB = { organisationId: B };
  it.each([
    ['a plain reply', staffB, {}, null, null],
    ['answers the open question to its organisation', staffB, { answers: 'q' }, question(), null],
    ['answers a question to another organisation', staffA, { answers: 'q' }, question(), 'not_asked_to_you'],
    ['answers a question already answered', staffB, { answers: 'q' }, question({ answeredAt: '2026-11-23T10:00:00Z' }), 'already_answered'],
    ['answers a message that is no question', staffB, { answers: 'q' }, question({ isQuestion: false }), 'not_a_question'],
    ['answers a question of another thread', staffB, { answers: 'q' }, question({ threadId: 't2' }), 'not_a_question'],
    ['answers something that does not exist', staffB, { answers: 'q' }, null, 'not_a_question'],
    ['the participant answers', person, { answers: 'q' }, question({ askedOrganisationId: null }), 'not_asked_to_you'],
    ['asks the other organisation', staffB, { questionTo: A }, null, null],
    ['asks an organisation outside the thread', staffB, { questionTo: C }, null, 'not_participating'],
  ] as const)('%s', (_why, viewer, input, answered, reason) => {
    const problem = checkReply(viewer, thread, input, answered);
    expect(problem && 'reason' in problem ? problem.reason : null).toBe(reason);
  });

  it('already answered is a conflict (409), not bad input', () => {
    expect(checkReply(staffB, thread, { answers: 'q' }, question({ answeredAt: 'x' }))?.code).toBe('conflict');
  });
});

describe('done and reopened', () => {
  it.each([
    ['mark an open thread done', staffA, null, true, null],
    ['mark a done thread done', staffA, '2026-11-23T10:00:00Z', true, 'conflict'],
    ['reopen a done thread', staffA, '2026-11-23T10:00:00Z', false, null],
    ['reopen an open thread', staffA, null, false, 'conflict'],
    ['the participant marks done', person, null, true, 'not_found'],
    ['an organisation outside the thread', staffC, null, true, 'not_found'],
  ] as const)('%s', (_why, viewer, doneAt, done, code) => {
    expect(checkDone(viewer, { ...withPerson, doneAt }, done)?.code ?? null).toBe(code);
  });
});

describe('read receipts', () => {
  const reads = new Map([[B, '2026-11-23T10:12:00.000Z']]);
  it('lists every other organisation and, in a thread with the participant, the participant', () => {
    expect(receiptsOf({ authorOrganisationId: A }, withPerson, reads)).toEqual([
      { reader: B, readAt: '2026-11-23T10:12:00.000Z' },
      { reader: 'participant', readAt: null },
    ]);
  });
  it('never lists the participant in an agencies thread', () => {
    expect(receiptsOf({ authorOrganisationId: A }, agencies, new Map())).toEqual([{ reader: B, readAt: null }]);
  });
  it('lists every organisation for a message the participant wrote', () => {
    expect(receiptsOf({ authorOrganisationId: null }, withPerson, reads).map((r) => r.reader)).toEqual([A, B]);
  });
  it.each([
    ['own side wrote it', staffA, A, new Map(), false],
    ['other side, not read', staffA, B, new Map(), true],
    ['other side, read by a colleague', staffA, B, new Map([[A, 'x']]), false],
    ['the participant, staff wrote', person, A, new Map(), true],
    ['the participant, they wrote', person, null, new Map(), false],
  ] as const)('unread: %s', (_why, viewer, author, seen, unread) => {
    expect(unreadFor(viewer, { authorOrganisationId: author }, seen)).toBe(unread);
  });
});
