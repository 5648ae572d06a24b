import { and, asc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { loadParticipantFactsMany } from '../../lib/access/facts.ts';
import { readableParticipantsSql } from '../../lib/access/filters.ts';
import { decideRead, seesProtectedIdentity, type Grant } from '../../lib/access/grants.ts';
import { auditListRead } from '../../lib/access/participant-data.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { conflict, notFound } from '../../lib/errors.ts';
import { participants } from '../participants/tables.ts';
import { invitationView } from './policy.ts';
import { intakeInvitations, intakeMeetings, jointIntakes } from './tables.ts';
import { addDays, intakeWindow, windowClosingWarning } from './window.ts';

/** People appear on the overview from this many days before their window opens until this many after it closed. */
const SHOW_BEFORE_OPENING_DAYS = 14;
const SHOW_AFTER_CLOSING_DAYS = 14;
/** Intakes held this recently stay on the overview, so the coordinator sees them done. */
const SHOW_HELD_DAYS = 30;
const hhmm = (time: string) => time.slice(0, 5);

/**
 * The coordinator's overview: people whose intake the actor may read and whose window is near, open or just closed
 * (or who have a meeting ahead or held one lately), and the invitations to the actor's organisation awaiting an answer. Every person
 * shown is audited; an invitation names the person only when the identity rules allow it.
 */
export async function listIntakes(db: Db, actor: Actor) {
  const today = todayInSweden();
  return db.transaction(async (tx) => {
    const candidates = await tx
      .select({
        participantId: jointIntakes.participantId,
        housingDate: jointIntakes.housingDate,
        givenName: participants.givenName,
        familyName: participants.familyName,
        protectedIdentity: participants.protectedIdentity,
      })
      .from(jointIntakes)
      .innerJoin(participants, and(eq(participants.tenantId, jointIntakes.tenantId), eq(participants.id, jointIntakes.participantId)))
      .where(
        and(
          eq(jointIntakes.tenantId, actor.tenantId),
          readableParticipantsSql(actor, 'intake', today),
          sql`(${jointIntakes.housingDate} between ${addDays(today, -56 - SHOW_AFTER_CLOSING_DAYS)} and ${addDays(today, -28 + SHOW_BEFORE_OPENING_DAYS)}
            or exists (select 1 from intake_meetings m where m.tenant_id = ${jointIntakes.tenantId}
              and m.participant_id = ${jointIntakes.participantId}
              and ((m.status = 'booked' and m.date >= ${today}) or (m.status = 'held' and m.date >= ${addDays(today, -SHOW_HELD_DAYS)}))))`,
        ),
      )
      .orderBy(asc(jointIntakes.housingDate))
      .limit(500);
    const invitationRows = actor.organisationId
      ? await tx
          .select({ m: intakeMeetings, answer: intakeInvitations.answer, organisationId: intakeInvitations.organisationId })
          .from(intakeInvitations)
          .innerJoin(
            intakeMeetings,
            and(eq(intakeMeetings.tenantId, intakeInvitations.tenantId), eq(intakeMeetings.id, intakeInvitations.meetingId)),
          )
          .where(
            and(
              eq(intakeInvitations.tenantId, actor.tenantId),
              eq(intakeInvitations.organisationId, actor.organisationId),
              eq(intakeMeetings.status, 'booked'),
              gte(intakeMeetings.date, today),
            ),
          )
          .orderBy(asc(intakeMeetings.date), asc(intakeMeetings.startTime))
          .limit(500)
      : [];
    const ids = [...new Set([...candidates.map((c) => c.participantId), ...invitationRows.map((r) => r.m.participantId)])];
    const facts = await loadParticipantFactsMany(tx, actor, ids);
    const meetings = candidates.length
      ? await tx
          .select()
          .from(intakeMeetings)
          .where(
            and(
              eq(intakeMeetings.tenantId, actor.tenantId),
              inArray(
                intakeMeetings.participantId,
                candidates.map((c) => c.participantId),
              ),
              sql`${intakeMeetings.status} <> 'cancelled'`,
            ),
          )
      : [];
    const shownIntake: { id: string; grant: Grant }[] = [];
    const shownIdentity = new Map<string, Grant>();
    const nameOf = (p: { participantId: string; givenName: string; familyName: string; protectedIdentity: boolean }) => {
      const f = facts.get(p.participantId)!;
      const identity = decideRead(actor, f, 'identity', today);
      if (!identity.allowed) return null;
      if (p.protectedIdentity && !seesProtectedIdentity(actor, f, today)) return null;
      shownIdentity.set(p.participantId, identity.grant);
      return `${p.givenName} ${p.familyName}`;
    };
    const people = [];
    for (const c of candidates) {
      const decision = decideRead(actor, facts.get(c.participantId)!, 'intake', today);
      // The filter and the rule agree (a test keeps them so); the rule has the last word.
      if (!decision.allowed) continue;
      shownIntake.push({ id: c.participantId, grant: decision.grant });
      const own = meetings.filter((m) => m.participantId === c.participantId);
      const booked = own.find((m) => m.status === 'booked') ?? null;
      const held = own.find((m) => m.status === 'held') ?? null;
      const window = intakeWindow(c.housingDate, today);
      people.push({
        participantId: c.participantId,
        name: nameOf(c),
        housingDate: c.housingDate,
        window,
        closingWarning: windowClosingWarning(window, own.length > 0),
        heldOn: held?.date ?? null,
        meeting: booked
          ? { id: booked.id, date: booked.date, startTime: hhmm(booked.startTime), endTime: hhmm(booked.endTime), place: booked.place }
          : null,
      });
    }
    const invitationPeople = invitationRows.length
      ? await tx
          .select({
            participantId: participants.id,
            givenName: participants.givenName,
            familyName: participants.familyName,
            protectedIdentity: participants.protectedIdentity,
          })
          .from(participants)
          .where(
            and(
              eq(participants.tenantId, actor.tenantId),
              inArray(
                participants.id,
                invitationRows.map((r) => r.m.participantId),
              ),
            ),
          )
      : [];
    const invitations = invitationRows.map(({ m, answer, organisationId }) => {
      const person = invitationPeople.find((p) => p.participantId === m.participantId);
      const identityReadable = decideRead(actor, facts.get(m.participantId)!, 'identity', today).allowed;
      const view = invitationView(actor, organisationId, identityReadable);
      const name = view.identity && person ? nameOf(person) : null;
      return {
        meetingId: m.id,
        date: m.date,
        startTime: hhmm(m.startTime),
        endTime: hhmm(m.endTime),
        place: m.place,
        answer,
        participantId: name !== null ? m.participantId : null,
        name,
      };
    });
    await auditListRead(tx, actor, 'intake', shownIntake);
    await auditListRead(
      tx,
      actor,
      'identity',
      [...shownIdentity].map(([id, grant]) => ({ id, grant })),
    );
    return { people, invitations };
  });
}

/**
 * Accepts or declines a meeting's invitation for the actor's own organisation. Only the invited organisation may
 * answer; nobody else learns that the meeting exists (404).
 */
export async function answerInvitation(db: Db, actor: Actor, input: { meetingId: string; answer: 'accepted' | 'declined' }) {
  return db.transaction(async (tx) => {
    if (actor.organisationId === null) throw notFound();
    const [row] = await tx
      .select({
        participantId: intakeInvitations.participantId,
        organisationId: intakeInvitations.organisationId,
        status: intakeMeetings.status,
      })
      .from(intakeInvitations)
      .innerJoin(
        intakeMeetings,
        and(eq(intakeMeetings.tenantId, intakeInvitations.tenantId), eq(intakeMeetings.id, intakeInvitations.meetingId)),
      )
      .where(
        and(
          eq(intakeInvitations.tenantId, actor.tenantId),
          eq(intakeInvitations.meetingId, input.meetingId),
          eq(intakeInvitations.organisationId, actor.organisationId),
        ),
      )
      .for('update', { of: intakeInvitations });
    if (!row || !invitationView(actor, row.organisationId, false).answer) throw notFound();
    if (row.status !== 'booked') throw conflict('The meeting is no longer booked.', { reason: 'not_booked' });
    const answeredAt = new Date().toISOString();
    await tx
      .update(intakeInvitations)
      .set({ answer: input.answer, answeredByUserId: actor.userId, answeredAt })
      .where(
        and(
          eq(intakeInvitations.tenantId, actor.tenantId),
          eq(intakeInvitations.meetingId, input.meetingId),
          eq(intakeInvitations.organisationId, actor.organisationId),
        ),
      );
    await audit(tx, actor, [
      {
        participantId: row.participantId,
        category: 'intake',
        action: 'update',
        grant: 'own_organisation',
        resourceType: 'intake_invitation',
        resourceId: input.meetingId,
      },
    ]);
    return { meetingId: input.meetingId, answer: input.answer, answeredAt };
  });
}
