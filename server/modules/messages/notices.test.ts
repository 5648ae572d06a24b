import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  buildConsent,
  buildEngagement,
  buildOrganisation,
  buildParticipant,
  buildTenant,
  buildUser,
  TEST_PASSWORD,
} from '../../test/factories.ts';
import { signIn, testApp, type Session } from '../../test/harness.ts';
import type { Notice } from '../notifications/notify.ts';

// What messages ask the notifications module to tell, whatever it then does with it.
const told: Notice[] = [];
vi.mock('../notifications/notify.ts', () => ({
  notify: vi.fn(async (_ex: unknown, notice: Notice) => {
    told.push(notice);
  }),
}));

let pid: string;
let sfi: string;
let amf: string;
let teacherId: string;
let teacher: Session;
let unit: Session;
let person: Session;

beforeAll(async () => {
  const ctx = await testApp();
  const db = ctx.database.db;
  const tenantId = await buildTenant(db);
  sfi = await buildOrganisation(db, tenantId, 'adult_education', 'SFI');
  amf = await buildOrganisation(db, tenantId, 'labour_market_unit', 'AME');
  pid = await buildParticipant(db, tenantId, amf);
  for (const org of [sfi, amf]) {
    await buildEngagement(db, tenantId, pid, org);
    await buildConsent(db, tenantId, pid, org, 'messages');
  }
  const t = await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: sfi });
  teacherId = t.id;
  teacher = await signIn(ctx.app, t.email, TEST_PASSWORD);
  unit = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: amf })).email, TEST_PASSWORD);
  person = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['participant'], participantId: pid })).email, TEST_PASSWORD);
});

describe('notices of messages', () => {
  it('tell the organisations of a new message, the person in a thread with them, and the asker of an answer', async () => {
    const url = `/api/participants/${pid}/messages`;
    told.length = 0;
    const { body } = await teacher.send('POST', `${url}/threads`, {
      kind: 'with_participant',
      subject: 'Schema',
      organisationIds: [amf],
      body: 'Passar tisdag?',
      language: 'sv',
      questionTo: amf,
    });
    expect(told).toEqual([
      expect.objectContaining({
        kind: 'message',
        organisationIds: expect.arrayContaining([sfi, amf]),
        link: `/participants/${pid}/messages`,
      }),
      expect.objectContaining({ kind: 'message', toParticipant: true, participantId: pid, link: '/me/messages' }),
    ]);
    expect(told.every((n) => n.causedByUserId === teacherId)).toBe(true);

    told.length = 0;
    await unit.send('POST', url, { threadId: body.thread.id, body: 'Ja.', language: 'sv', answers: body.thread.messages[0].id });
    expect(told).toContainEqual(
      expect.objectContaining({ kind: 'answer', userIds: [teacherId], link: `/participants/${pid}/messages`, toParticipant: false }),
    );
    // …and the asker is left out of the `message` notice of the same answer, so they are told once.
    expect(told.find((n) => n.kind === 'message')?.exceptUserIds).toEqual([teacherId]);

    // An agencies thread never tells the person.
    told.length = 0;
    await teacher.send('POST', `${url}/threads`, { kind: 'agencies', subject: 'x', organisationIds: [amf], body: 'x', language: 'sv' });
    expect(told.some((n) => n.toParticipant)).toBe(false);

    // Links carry no personal data beyond the person's id in the staff path.
    told.length = 0;
    await person.send('POST', url, { threadId: body.thread.id, body: 'Tack', language: 'sv' });
    expect(told.map((n) => n.link).sort()).toEqual(['/me/messages', `/participants/${pid}/messages`]);
  });
});
