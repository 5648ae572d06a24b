import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db, Executor } from '../../db/client.ts';
import { writeParticipantData, type Access } from '../../lib/access/participant-data.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, conflict, forbidden, invalid } from '../../lib/errors.ts';
import { invitedOrganisationIds, notifyInvited } from '../notifications/notify.ts';
import { organisations } from '../tenants/tables.ts';
import { checkDate, requireManager, stale } from './guards.ts';
import type { BookMeeting, CancelMeeting, MarkHeld, RescheduleMeeting } from './schema.ts';
import { intakeInvitations, intakeMeetings, jointIntakes } from './tables.ts';
import { meetingWarnings } from './window.ts';

const hhmm = (time: string) => time.slice(0, 5);

/**
 * The housing date, with the joint intake row locked: bookings of the same person then take turns, so the second
 * sees the first's meeting and answers 409 instead of tripping the one-booked-meeting index (a 500).
 */
async function lockIntake(tx: Executor, actor: Actor, participantId: string) {
  const [intake] = await tx
    .select({ housingDate: jointIntakes.housingDate })
    .from(jointIntakes)
    .where(and(eq(jointIntakes.tenantId, actor.tenantId), eq(jointIntakes.participantId, participantId)))
    .for('update');
  if (!intake) throw conflict('Set the housing date before booking the joint intake.', { reason: 'no_housing_date' });
  return intake.housingDate;
}

function checkMeeting(input: { date: string; startTime: string; endTime: string }, today: string) {
  checkDate('meetingDate', '/date', input.date, today);
  if (input.endTime <= input.startTime)
    throw invalid([{ path: '/endTime', keyword: 'after', message: 'the meeting must end after it starts' }]);
}

/** Books the joint intake meeting and invites the chosen organisations; warnings (outside the window) never block. */
export function bookMeeting(db: Db, actor: Actor, participantId: string, input: Static<typeof BookMeeting>) {
  return writeParticipantData(
    db,
    actor,
    { participantId, category: 'intake', action: 'create', resourceType: 'intake_meeting' },
    async ({ tx, today }) => {
      requireManager(actor);
      checkMeeting(input, today);
      const housingDate = await lockIntake(tx, actor, participantId);
      const orgs = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(and(eq(organisations.tenantId, actor.tenantId), inArray(organisations.id, input.organisationIds)));
      if (orgs.length !== input.organisationIds.length)
        throw invalid([{ path: '/organisationIds', keyword: 'exists', message: 'an invited organisation does not exist' }]);
      const earlier = await tx
        .select({ status: intakeMeetings.status })
        .from(intakeMeetings)
        .where(
          and(
            eq(intakeMeetings.tenantId, actor.tenantId),
            eq(intakeMeetings.participantId, participantId),
            inArray(intakeMeetings.status, ['booked', 'held']),
          ),
        );
      if (earlier.some((m) => m.status === 'held')) throw conflict('The joint intake has already been held.', { reason: 'already_held' });
      if (earlier.length) throw conflict('A joint intake is already booked; reschedule or cancel it.', { reason: 'already_booked' });
      const { organisationIds, ...fields } = input;
      const [meeting] = await tx
        .insert(intakeMeetings)
        .values({
          tenantId: actor.tenantId,
          participantId,
          ...fields,
          bookedByUserId: actor.userId,
          bookedByOrganisationId: actor.organisationId,
        })
        .returning({ id: intakeMeetings.id });
      if (!meeting) throw new AppError('internal');
      await tx.insert(intakeInvitations).values(
        organisationIds.map((organisationId) => ({
          tenantId: actor.tenantId,
          meetingId: meeting.id,
          organisationId,
          participantId,
          // The booking organisation takes part by booking.
          ...(organisationId === actor.organisationId
            ? { answer: 'accepted' as const, answeredByUserId: actor.userId, answeredAt: new Date().toISOString() }
            : {}),
        })),
      );
      await notifyInvited(tx, actor, participantId, organisationIds);
      return { meetingId: meeting.id, warnings: meetingWarnings(housingDate, input.date), resourceId: meeting.id };
    },
  ).then(({ meetingId, warnings }) => ({ meetingId, warnings }));
}

async function lockMeeting(access: Access, actor: Actor, participantId: string, meetingId: string, version: number) {
  const where = and(
    eq(intakeMeetings.tenantId, actor.tenantId),
    eq(intakeMeetings.id, meetingId),
    eq(intakeMeetings.participantId, participantId),
  );
  const [meeting] = await access.tx.select().from(intakeMeetings).where(where).for('update');
  if (!meeting) throw new AppError('not_found');
  if (meeting.version !== version) throw stale();
  if (meeting.status !== 'booked') throw conflict('Only a booked meeting can be changed.', { reason: 'not_booked' });
  return { meeting, where };
}

/** A change to one booked meeting by a caseworker or coordinator, audited as an update of that meeting. */
function changeMeeting<T extends { meetingId: string }>(
  db: Db,
  actor: Actor,
  participantId: string,
  input: { meetingId: string; version: number },
  change: (access: Access, locked: Awaited<ReturnType<typeof lockMeeting>>) => Promise<T>,
) {
  return writeParticipantData(
    db,
    actor,
    { participantId, category: 'intake', action: 'update', resourceType: 'intake_meeting', resourceId: input.meetingId },
    async (access) => {
      requireManager(actor);
      return change(access, await lockMeeting(access, actor, participantId, input.meetingId, input.version));
    },
  );
}

/** Moves the booked meeting; every organisation's answer goes back to pending, since the time changed. */
export function rescheduleMeeting(db: Db, actor: Actor, participantId: string, input: Static<typeof RescheduleMeeting>) {
  return changeMeeting(db, actor, participantId, input, async ({ tx, today }, { meeting, where }) => {
    checkMeeting(input, today);
    const { meetingId: _id, version: _v, ...fields } = input;
    await tx
      .update(intakeMeetings)
      .set({ ...fields, version: meeting.version + 1, updatedAt: sql`now()` })
      .where(where);
    const timeChanged =
      fields.date !== meeting.date || fields.startTime !== hhmm(meeting.startTime) || fields.endTime !== hhmm(meeting.endTime);
    if (timeChanged)
      await tx
        .update(intakeInvitations)
        .set({ answer: 'pending', answeredByUserId: null, answeredAt: null })
        .where(and(eq(intakeInvitations.tenantId, actor.tenantId), eq(intakeInvitations.meetingId, meeting.id)));
    const housingDate = await lockIntake(tx, actor, participantId);
    if (timeChanged) await notifyInvited(tx, actor, participantId, await invitedOrganisationIds(tx, actor, meeting.id));
    return { meetingId: meeting.id, warnings: meetingWarnings(housingDate, fields.date) };
  });
}

export function cancelMeeting(db: Db, actor: Actor, participantId: string, input: Static<typeof CancelMeeting>) {
  return changeMeeting(db, actor, participantId, input, async ({ tx }, { meeting, where }) => {
    await tx
      .update(intakeMeetings)
      .set({ status: 'cancelled', cancelReason: input.reason.trim(), version: meeting.version + 1, updatedAt: sql`now()` })
      .where(where);
    return { meetingId: meeting.id, warnings: [] };
  });
}

/**
 * Records that the booked meeting took place on `heldOn`; the joint intake is then done. Only staff of the booking
 * or an invited organisation were there to say so. The meeting's date becomes the day it was held, which may differ
 * from the day it was booked for.
 */
export function markMeetingHeld(db: Db, actor: Actor, participantId: string, input: Static<typeof MarkHeld>) {
  return changeMeeting(db, actor, participantId, input, async ({ tx, today }, { meeting, where }) => {
    const [invited] = await tx
      .select({ organisationId: intakeInvitations.organisationId })
      .from(intakeInvitations)
      .where(
        and(
          eq(intakeInvitations.tenantId, actor.tenantId),
          eq(intakeInvitations.meetingId, meeting.id),
          eq(intakeInvitations.organisationId, actor.organisationId!),
        ),
      );
    if (!invited && meeting.bookedByOrganisationId !== actor.organisationId) throw forbidden();
    checkDate('heldOn', '/heldOn', input.heldOn, today);
    await tx
      .update(intakeMeetings)
      .set({ status: 'held', date: input.heldOn, version: meeting.version + 1, updatedAt: sql`now()` })
      .where(where);
    return { meetingId: meeting.id, warnings: [] };
  });
}
