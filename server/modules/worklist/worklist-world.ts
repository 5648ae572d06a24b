/** The shared world of the worklist's API tests (worklist.test.ts and worklist-scope.test.ts). */
import { beforeAll, expect } from 'vitest';
import type { DataCategory } from '../../../common/roles.ts';
import type { Db } from '../../db/client.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { isWorkingDay } from '../../lib/working-days.ts';
import { warningAcknowledgements } from '../calendar/tables.ts';
import { isoWeekOf, shiftIsoWeek, addDays } from '../calendar/weeks.ts';
import { intakeInvitations, intakeMeetings, jointIntakes } from '../intake/tables.ts';
import { messages, messageThreads, threadOrganisations } from '../messages/tables.ts';
import { activities } from '../plan/tables.ts';
import type { Schedule } from '../../../common/plan.ts';
import {
  buildConsent,
  buildEngagement,
  buildOrganisation,
  buildParticipant,
  buildTenant,
  buildUser,
  TEST_PASSWORD,
} from '../../test/factories.ts';
import { signIn, testApp, type Session, type TestContext } from '../../test/harness.ts';
import { weekRange } from './rules.ts';

export let ctx: TestContext;
export let db: Db;
export const today = todayInSweden();
export const ids = {} as Record<'tenant' | 'orgA' | 'orgB' | 'orgC' | 'cw1' | 'cw2', string>;
export const people = {} as Record<'p1' | 'p2' | 'noMessages' | 'noIdentity' | 'protected' | 'stranger', string>;
export const as = {} as Record<'cw1' | 'cw2' | 'coordinator' | 'manager' | 'cwB', Session>;
export const items = {} as Record<string, string>;

/** The day `count` working days before `date`. */
export function workingDaysBefore(date: string, count: number) {
  let d = date;
  for (let left = count; left > 0;) {
    d = addDays(d, -1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

const ALL: DataCategory[] = ['identity', 'intake', 'plan', 'progression', 'health', 'messages'];

async function consentAll(participantId: string, organisationId: string, categories: DataCategory[] = ALL) {
  for (const c of categories) await buildConsent(db, ids.tenant, participantId, organisationId, c);
}

/** A question from `from` to `to` about the participant, asked `askedAt`; `answered` closes it. */
async function question(participantId: string, from: string, to: string, askedAt: string, answered = false) {
  const [t] = await db
    .insert(messageThreads)
    .values({
      tenantId: ids.tenant,
      participantId,
      kind: 'agencies',
      subject: 'Hemlig rubrik',
      createdByUserId: ids.cw1,
      createdByOrganisationId: from,
    })
    .returning({ id: messageThreads.id });
  await db.insert(threadOrganisations).values([
    { tenantId: ids.tenant, threadId: t!.id, organisationId: from },
    { tenantId: ids.tenant, threadId: t!.id, organisationId: to },
  ]);
  const [m] = await db
    .insert(messages)
    .values({
      tenantId: ids.tenant,
      threadId: t!.id,
      participantId,
      authorUserId: ids.cw1,
      authorOrganisationId: from,
      body: 'Hemligt meddelande',
      language: 'sv',
      isQuestion: true,
      askedOrganisationId: to,
      answeredAt: answered ? askedAt : null,
      createdAt: askedAt,
    })
    .returning({ id: messages.id });
  return m!.id;
}

async function activity(
  participantId: string,
  values: {
    title: string;
    kind?: 'meeting' | 'work_training' | 'sfi_course' | 'job_search' | 'work_placement';
    owner?: string | null;
    status?: 'planned' | 'in_progress' | 'cancelled';
    start?: string;
    end?: string | null;
    schedule?: Schedule;
  },
) {
  const [a] = await db
    .insert(activities)
    .values({
      tenantId: ids.tenant,
      participantId,
      kind: values.kind ?? 'job_search',
      title: values.title,
      ownerOrganisationId: values.owner === undefined ? ids.orgA : values.owner,
      status: values.status ?? 'in_progress',
      startDate: values.start ?? addDays(today, -30),
      endDate: values.end === undefined ? addDays(today, 60) : values.end,
      schedule: values.schedule ?? { kind: 'weekly_hours', hours: 2 },
      createdByUserId: ids.cw1,
    })
    .returning({ id: activities.id });
  return a!.id;
}

async function meeting(participantId: string, date: string, bookedBy: string, invited: { org: string; answer: 'pending' | 'accepted' }[]) {
  const [m] = await db
    .insert(intakeMeetings)
    .values({
      tenantId: ids.tenant,
      participantId,
      date,
      startTime: '09:30',
      endTime: '11:00',
      place: 'Rum Ekan',
      bookedByUserId: ids.cw1,
      bookedByOrganisationId: bookedBy,
    })
    .returning({ id: intakeMeetings.id });
  for (const i of invited)
    await db
      .insert(intakeInvitations)
      .values({ tenantId: ids.tenant, meetingId: m!.id, organisationId: i.org, participantId, answer: i.answer });
  return m!.id;
}

const everyDay = (start: string, end: string): Schedule => ({
  kind: 'recurring',
  slots: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday: weekday as 1, start, end })),
});

/** Builds the worklist's world once for the calling test file: two tenants' worth of people, questions, meetings. */
export function useWorklistWorld(): void {
  beforeAll(async () => {
    ctx = await testApp();
    db = ctx.database.db;
    ids.tenant = await buildTenant(db);
    ids.orgA = await buildOrganisation(db, ids.tenant, 'labour_market_unit', 'Arbetsmarknadsenheten');
    ids.orgB = await buildOrganisation(db, ids.tenant, 'adult_education', 'SFI');
    ids.orgC = await buildOrganisation(db, ids.tenant, 'region', 'Regionen');
    const cw1 = await buildUser(db, ids.tenant, { roles: ['caseworker'], organisationId: ids.orgA });
    const cw2 = await buildUser(db, ids.tenant, { roles: ['caseworker'], organisationId: ids.orgA });
    ids.cw1 = cw1.id;
    ids.cw2 = cw2.id;
    const coordinator = await buildUser(db, ids.tenant, { roles: ['coordinator'], organisationId: ids.orgA });
    const manager = await buildUser(db, ids.tenant, { roles: ['manager'], organisationId: ids.orgA });
    const cwB = await buildUser(db, ids.tenant, { roles: ['caseworker'], organisationId: ids.orgB });

    // P1 and P2: everything consented to A; P1 is cw1's, P2 cw2's. B works with P1 with no consent but one for health.
    people.p1 = await buildParticipant(db, ids.tenant, ids.orgA);
    people.p2 = await buildParticipant(db, ids.tenant, ids.orgA);
    // No consent for messages or plan; registered by C, so identity only by consent.
    people.noMessages = await buildParticipant(db, ids.tenant, ids.orgC);
    // Consent for messages and plan, none for identity, registered by C: "a person", never a name.
    people.noIdentity = await buildParticipant(db, ids.tenant, ids.orgC);
    people.protected = await buildParticipant(db, ids.tenant, ids.orgA, { protectedIdentity: true });
    // Nobody at A works with the stranger; A is only invited to the stranger's joint intake.
    people.stranger = await buildParticipant(db, ids.tenant, ids.orgC);
    for (const p of [people.p1, people.noMessages, people.noIdentity, people.protected])
      await buildEngagement(db, ids.tenant, p, ids.orgA, { caseworkerUserId: ids.cw1 });
    await buildEngagement(db, ids.tenant, people.p2, ids.orgA, { caseworkerUserId: ids.cw2 });
    await buildEngagement(db, ids.tenant, people.p1, ids.orgB);
    await buildEngagement(db, ids.tenant, people.stranger, ids.orgC);
    await consentAll(people.p1, ids.orgA);
    await consentAll(people.p2, ids.orgA);
    await consentAll(people.protected, ids.orgA);
    await consentAll(people.noMessages, ids.orgA, ['identity', 'intake']);
    await consentAll(people.noIdentity, ids.orgA, ['messages', 'plan']);

    // 1–2. Questions: waiting, overdue, answered, without consent, without identity, to another organisation.
    const now = new Date().toISOString();
    items.waiting = await question(people.p1, ids.orgB, ids.orgA, now);
    items.overdue = await question(people.p2, ids.orgB, ids.orgA, `${workingDaysBefore(today, 10)}T09:00:00Z`);
    items.answered = await question(people.p1, ids.orgB, ids.orgA, now, true);
    items.noConsentQuestion = await question(people.noMessages, ids.orgB, ids.orgA, now);
    items.anonymousQuestion = await question(people.noIdentity, ids.orgB, ids.orgA, now);
    items.toB = await question(people.p1, ids.orgA, ids.orgB, now);

    // 3. Meetings: P1's joint intake today (booked by A), the stranger's (booked by C, A invited), a plan meeting of P2
    // on the week's last day, a cancelled one of P1 today, and recurring course hours (not meetings).
    items.p1Intake = await meeting(people.p1, today, ids.orgA, [{ org: ids.orgA, answer: 'accepted' }]);
    items.strangerIntake = await meeting(people.stranger, today, ids.orgC, [{ org: ids.orgA, answer: 'pending' }]);
    const sunday = weekRange(today).to;
    items.p2Meeting = await activity(people.p2, {
      title: 'Trepartssamtal',
      kind: 'meeting',
      owner: ids.orgC,
      start: sunday,
      end: sunday,
      schedule: { kind: 'once', date: sunday, start: '13:00', end: '14:00' },
    });
    items.cancelledMeeting = await activity(people.p1, {
      title: 'Inställt möte',
      kind: 'meeting',
      status: 'cancelled',
      start: today,
      end: today,
      schedule: { kind: 'once', date: today, start: '08:00', end: '09:00' },
    });
    items.noPlanMeeting = await activity(people.noMessages, {
      title: 'Möte utan samtycke',
      kind: 'meeting',
      start: today,
      end: today,
      schedule: { kind: 'once', date: today, start: '15:00', end: '16:00' },
    });

    // 4. Windows: P2's closes in two days with nothing booked; noMessages' too but its meeting was held; the protected
    // person's closed long ago.
    await db.insert(jointIntakes).values([
      { tenantId: ids.tenant, participantId: people.p2, housingDate: addDays(today, -54) },
      { tenantId: ids.tenant, participantId: people.noMessages, housingDate: addDays(today, -54) },
      { tenantId: ids.tenant, participantId: people.protected, housingDate: addDays(today, -200) },
    ]);
    await db.insert(intakeMeetings).values({
      tenantId: ids.tenant,
      participantId: people.noMessages,
      date: addDays(today, -3),
      startTime: '09:00',
      endTime: '10:00',
      place: 'Rum',
      status: 'held',
      bookedByUserId: ids.cw1,
      bookedByOrganisationId: ids.orgA,
    });

    // 5. Consents: P2's plan consent to A ends in 10 days; P1's in 40; B's for P1's health in 5 (not A's).
    await buildConsent(db, ids.tenant, people.p2, ids.orgA, 'plan', { validTo: addDays(today, 10) });
    await buildConsent(db, ids.tenant, people.p1, ids.orgA, 'plan', { validTo: addDays(today, 40) });
    await buildConsent(db, ids.tenant, people.p1, ids.orgB, 'health', { validTo: addDays(today, 5) });

    // 6. Activities ending: A's for P1 in 5 days; B's for P1; A's in 30 days; A's for the person without plan consent;
    // A's for the protected person.
    items.ending = await activity(people.p1, { title: 'Arbetsträning på caféet', end: addDays(today, 5) });
    items.endingB = await activity(people.p1, { title: 'SFI-kurs', owner: ids.orgB, end: addDays(today, 5) });
    items.endingLater = await activity(people.p1, { title: 'Jobbsök', end: addDays(today, 30) });
    items.endingNoPlan = await activity(people.noMessages, { title: 'Utan samtycke', end: addDays(today, 5) });
    items.endingProtected = await activity(people.protected, { title: 'Skyddad praktik', end: addDays(today, 3) });

    // 7. Warnings: two of P1's activities overlap every day; this week's overlap is acknowledged, next week's is not.
    const training = await activity(people.p1, { title: 'Arbetsträning', kind: 'work_training', schedule: everyDay('09:00', '12:00') });
    const course = await activity(people.p1, {
      title: 'SFI förmiddag',
      kind: 'sfi_course',
      owner: ids.orgB,
      schedule: everyDay('10:00', '11:00'),
    });
    const pair = [training, course].sort();
    const thisWeek = isoWeekOf(today);
    items.acknowledgedKey = `overlap:${pair[0]}:${pair[1]}:${thisWeek}`;
    items.openKey = `overlap:${pair[0]}:${pair[1]}:${shiftIsoWeek(thisWeek, 1)}`;
    // P2's placement starts next Monday while P2 has no SFI level: its prerequisite warns next week.
    const nextMonday = addDays(weekRange(today).to, 1);
    items.placement = await activity(people.p2, {
      title: 'Praktik i lager',
      kind: 'work_placement',
      start: nextMonday,
      schedule: everyDay('13:00', '15:00'),
    });
    await db.insert(warningAcknowledgements).values({
      tenantId: ids.tenant,
      participantId: people.p1,
      warningKey: items.acknowledgedKey,
      reason: 'Avtalat',
      byUserId: ids.cw1,
      byOrganisationId: ids.orgA,
    });

    as.cw1 = await signIn(ctx.app, cw1.email, TEST_PASSWORD);
    as.cw2 = await signIn(ctx.app, cw2.email, TEST_PASSWORD);
    as.coordinator = await signIn(ctx.app, coordinator.email, TEST_PASSWORD);
    as.manager = await signIn(ctx.app, manager.email, TEST_PASSWORD);
    as.cwB = await signIn(ctx.app, cwB.email, TEST_PASSWORD);
  });
}

export type Groups = Record<string, { count: number; items: { key: string; participant: { id: string; name: string | null } | null }[] }>;
export const worklist = async (session: Session, scope: 'mine' | 'organisation' = 'mine') => {
  const res = await session.get(`/api/worklist?scope=${scope}`);
  expect(res.status).toBe(200);
  return res.body as { scope: string; today: string; groups: Groups };
};
export const keys = (groups: Groups, group: string) => groups[group]!.items.map((i) => i.key);
export const whom = (groups: Groups, group: string) => groups[group]!.items.map((i) => i.participant?.id ?? null);
