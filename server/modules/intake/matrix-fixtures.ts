import type { Db } from '../../db/client.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { buildConsent, buildEngagement, buildParticipant } from '../../test/factories.ts';
import { intakeInvitations, intakeMeetings, jointIntakes } from './tables.ts';
import { addDays } from './window.ts';

type Manager = 'caseworker' | 'coordinator';
export interface MeetingRef {
  participantId: string;
  meetingId: string;
}

/**
 * Joint intakes for the authorisation matrix, one record per role that changes it, so no role's change affects
 * another's: people without a housing date, people without a meeting to book for, booked meetings to move, to cancel and to mark held, and one meeting that
 * invites organisation A.
 */
export interface IntakeFixtures {
  /** People without a housing date yet, for setting the first one. */
  housable: Record<Manager, string>;
  bookable: Record<Manager, string>;
  reschedulable: Record<Manager, MeetingRef>;
  cancellable: Record<Manager, MeetingRef>;
  holdable: Record<Manager, MeetingRef>;
  /** A booked meeting inviting organisation A, pending. */
  invitingA: MeetingRef;
}

export async function buildIntakeFixtures(
  db: Db,
  tenantId: string,
  orgA: string,
  caseworkerUserId: string,
  p: string,
): Promise<IntakeFixtures> {
  const today = todayInSweden();
  const housingDate = addDays(today, -35);
  const person = async (housed = true) => {
    const id = await buildParticipant(db, tenantId, orgA);
    await buildEngagement(db, tenantId, id, orgA, { caseworkerUserId });
    await buildConsent(db, tenantId, id, orgA, 'intake');
    if (housed) await db.insert(jointIntakes).values({ tenantId, participantId: id, housingDate });
    return id;
  };
  const meeting = async (participantId: string): Promise<MeetingRef> => {
    const [m] = await db
      .insert(intakeMeetings)
      .values({
        tenantId,
        participantId,
        date: addDays(today, 7),
        startTime: '09:00',
        endTime: '10:30',
        place: 'Rum 1',
        bookedByUserId: caseworkerUserId,
        bookedByOrganisationId: orgA,
      })
      .returning();
    await db.insert(intakeInvitations).values({ tenantId, meetingId: m!.id, organisationId: orgA, participantId });
    return { participantId, meetingId: m!.id };
  };
  await db.insert(jointIntakes).values({ tenantId, participantId: p, housingDate });
  return {
    housable: { caseworker: await person(false), coordinator: await person(false) },
    bookable: { caseworker: await person(), coordinator: await person() },
    reschedulable: { caseworker: await meeting(await person()), coordinator: await meeting(await person()) },
    cancellable: { caseworker: await meeting(await person()), coordinator: await meeting(await person()) },
    holdable: { caseworker: await meeting(await person()), coordinator: await meeting(await person()) },
    invitingA: await meeting(await person()),
  };
}
