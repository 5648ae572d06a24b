import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import { sectionCategory } from '../../../common/intake.ts';
import type { Db, Executor } from '../../db/client.ts';
import { decideRead } from '../../lib/access/grants.ts';
import { readParticipantData, writeParticipantData } from '../../lib/access/participant-data.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { forbidden } from '../../lib/errors.ts';
import { participants } from '../participants/tables.ts';
import { organisations } from '../tenants/tables.ts';
import { users } from '../users/tables.ts';
import { checkDate, requireManager, stale } from './guards.ts';
import { mayManageIntake } from './policy.ts';
import type { SectionInput, SetHousingDate } from './schema.ts';
import { intakeInvitations, intakeMeetings, intakeSections, intakeSectionVersions, jointIntakes } from './tables.ts';
import { intakeWindow, meetingWarnings, proposedDays, windowClosingWarning } from './window.ts';

const hhmm = (time: string) => time.slice(0, 5);

async function meetingsOf(tx: Executor, tenantId: string, participantId: string, housingDate: string | null) {
  const meetings = await tx
    .select()
    .from(intakeMeetings)
    .where(and(eq(intakeMeetings.tenantId, tenantId), eq(intakeMeetings.participantId, participantId)))
    .orderBy(desc(intakeMeetings.createdAt));
  const ids = meetings.map((m) => m.id);
  const invitations = ids.length
    ? await tx
        .select({
          meetingId: intakeInvitations.meetingId,
          organisationId: intakeInvitations.organisationId,
          organisationName: organisations.name,
          answer: intakeInvitations.answer,
          answeredByName: users.displayName,
          answeredAt: intakeInvitations.answeredAt,
        })
        .from(intakeInvitations)
        .innerJoin(
          organisations,
          and(eq(organisations.tenantId, intakeInvitations.tenantId), eq(organisations.id, intakeInvitations.organisationId)),
        )
        .leftJoin(users, and(eq(users.tenantId, intakeInvitations.tenantId), eq(users.id, intakeInvitations.answeredByUserId)))
        .where(and(eq(intakeInvitations.tenantId, tenantId), inArray(intakeInvitations.meetingId, ids)))
        .orderBy(asc(organisations.name))
    : [];
  // The booked meeting first, then the history, newest first.
  const ordered = [...meetings.filter((m) => m.status === 'booked'), ...meetings.filter((m) => m.status !== 'booked')];
  return ordered.map((m) => ({
    id: m.id,
    date: m.date,
    startTime: hhmm(m.startTime),
    endTime: hhmm(m.endTime),
    place: m.place,
    interpreterLanguage: m.interpreterLanguage,
    interpreterBooked: m.interpreterBooked,
    status: m.status,
    cancelReason: m.cancelReason,
    version: m.version,
    warnings: housingDate && m.status === 'booked' ? meetingWarnings(housingDate, m.date) : [],
    invitations: invitations
      .filter((i) => i.meetingId === m.id)
      .map(({ meetingId: _m, ...i }) => ({ ...i, answeredByName: i.answeredByName ?? null })),
  }));
}

/** Earlier writes of every section of the person's record, newest first: who wrote each version, and when. */
async function sectionHistory(tx: Executor, tenantId: string, participantId: string) {
  const rows = await tx
    .select({
      kind: intakeSectionVersions.kind,
      version: intakeSectionVersions.version,
      writtenByParticipant: intakeSectionVersions.writtenByParticipant,
      organisationName: organisations.name,
      writtenAt: intakeSectionVersions.writtenAt,
    })
    .from(intakeSectionVersions)
    .leftJoin(
      organisations,
      and(eq(organisations.tenantId, intakeSectionVersions.tenantId), eq(organisations.id, intakeSectionVersions.writtenByOrganisationId)),
    )
    .where(and(eq(intakeSectionVersions.tenantId, tenantId), eq(intakeSectionVersions.participantId, participantId)))
    .orderBy(desc(intakeSectionVersions.version));
  return rows.map(({ organisationName, ...h }) => ({ ...h, writtenByOrganisationName: h.writtenByParticipant ? null : organisationName }));
}

/** The joint intake and the intake record as the actor may see them; the health section only with health consent. */
export function getIntake(db: Db, actor: Actor, participantId: string) {
  return readParticipantData(db, actor, { participantId, category: 'intake', resourceType: 'intake' }, async (access) => {
    const { tx, facts, today } = access;
    const [intake] = await tx
      .select()
      .from(jointIntakes)
      .where(and(eq(jointIntakes.tenantId, actor.tenantId), eq(jointIntakes.participantId, participantId)));
    const housingDate = intake?.housingDate ?? null;
    const meetings = await meetingsOf(tx, actor.tenantId, participantId, housingDate);
    const healthDecision = decideRead(actor, facts, 'health', today);
    const sectionRows = await tx
      .select({ s: intakeSections, organisationName: organisations.name })
      .from(intakeSections)
      .leftJoin(
        organisations,
        and(eq(organisations.tenantId, intakeSections.tenantId), eq(organisations.id, intakeSections.writtenByOrganisationId)),
      )
      .where(and(eq(intakeSections.tenantId, actor.tenantId), eq(intakeSections.participantId, participantId)));
    const history = await sectionHistory(tx, actor.tenantId, participantId);
    const sections = sectionRows
      .filter(({ s }) => s.kind !== 'health' || healthDecision.allowed)
      .map(({ s, organisationName }) => ({
        kind: s.kind,
        content: s.content,
        writtenByParticipant: s.writtenByParticipant,
        writtenByOrganisationName: s.writtenByParticipant ? null : organisationName,
        writtenAt: s.writtenAt,
        version: s.version,
        history: history.filter((h) => h.kind === s.kind && h.version < s.version).map(({ kind: _k, ...h }) => h),
      }));
    if (healthDecision.allowed && sectionRows.some(({ s }) => s.kind === 'health'))
      await audit(tx, actor, [
        {
          participantId,
          category: 'health',
          action: 'read',
          grant: healthDecision.grant,
          resourceType: 'intake_section',
          resourceId: participantId,
        },
      ]);
    const identity = decideRead(actor, facts, 'identity', today);
    let interpreter = null;
    if (identity.allowed) {
      const [p] = await tx
        .select({ needed: participants.interpreterNeeded, language: participants.preferredLanguage })
        .from(participants)
        .where(and(eq(participants.tenantId, actor.tenantId), eq(participants.id, participantId)));
      interpreter = p ?? null;
      // The interpreter need is part of the identity record: its read is audited under the identity grant.
      await audit(tx, actor, [
        {
          participantId,
          category: 'identity',
          action: 'read',
          grant: identity.grant,
          resourceType: 'interpreter_need',
          resourceId: participantId,
        },
      ]);
    }
    const window = housingDate ? intakeWindow(housingDate, today) : null;
    const hasMeeting = meetings.some((m) => m.status !== 'cancelled');
    const heldOn = meetings.find((m) => m.status === 'held')?.date ?? null;
    return {
      participantId,
      housingDate,
      version: intake?.version ?? null,
      heldOn,
      window,
      // Days are proposed only for booking: not once a meeting is booked or held.
      proposedDays: housingDate && !hasMeeting ? proposedDays(housingDate, today) : [],
      closingWarning: window ? windowClosingWarning(window, hasMeeting) : false,
      interpreter,
      meetings,
      sections,
      health: healthDecision.allowed ? ('shown' as const) : ('consent_required' as const),
    };
  });
}

export function setHousingDate(db: Db, actor: Actor, participantId: string, input: Static<typeof SetHousingDate>) {
  return writeParticipantData(
    db,
    actor,
    { participantId, category: 'intake', action: 'update', resourceType: 'joint_intake' },
    async ({ tx, today }) => {
      requireManager(actor);
      checkDate('housingDate', '/housingDate', input.housingDate, today);
      const where = and(eq(jointIntakes.tenantId, actor.tenantId), eq(jointIntakes.participantId, participantId));
      const [existing] = await tx.select().from(jointIntakes).where(where).for('update');
      if (!existing) {
        if (input.version !== null) throw stale();
        // A concurrent first write inserted the row after our read: the later one is stale, not a 500.
        const created = await tx
          .insert(jointIntakes)
          .values({ tenantId: actor.tenantId, participantId, housingDate: input.housingDate, updatedByUserId: actor.userId })
          .onConflictDoNothing()
          .returning({ version: jointIntakes.version });
        if (!created.length) throw stale();
        return { housingDate: input.housingDate, version: 1 };
      }
      // `version: null` means the writer saw no housing date: someone has set one since.
      if (input.version !== existing.version) throw stale();
      const version = existing.version + 1;
      await tx
        .update(jointIntakes)
        .set({ housingDate: input.housingDate, version, updatedByUserId: actor.userId, updatedAt: sql`now()` })
        .where(where);
      return { housingDate: input.housingDate, version };
    },
  );
}

/**
 * Writes one section of the intake record: the person themself, or staff whose organisation has consent for the
 * section's category (`health` for the health section). `version` guards against overwriting another's edit.
 */
export function writeSection(db: Db, actor: Actor, participantId: string, input: SectionInput) {
  const kind = input.kind;
  return writeParticipantData(
    db,
    actor,
    { participantId, category: sectionCategory(kind), action: 'update', resourceType: 'intake_section' },
    async ({ tx }) => {
      if (actor.participantId === null && !mayManageIntake(actor)) throw forbidden();
      const where = and(
        eq(intakeSections.tenantId, actor.tenantId),
        eq(intakeSections.participantId, participantId),
        eq(intakeSections.kind, kind),
      );
      const [existing] = await tx.select({ version: intakeSections.version }).from(intakeSections).where(where).for('update');
      if ((existing?.version ?? null) !== input.version) throw stale();
      const author = {
        content: input.content,
        writtenByParticipant: actor.participantId === participantId,
        writtenByUserId: actor.userId,
        writtenByOrganisationId: actor.participantId === null ? actor.organisationId : null,
      };
      const version = (existing?.version ?? 0) + 1;
      if (existing)
        await tx
          .update(intakeSections)
          .set({ ...author, version, writtenAt: sql`now()` })
          .where(where);
      else {
        // As for the housing date: a concurrent first write of this section makes ours stale.
        const created = await tx
          .insert(intakeSections)
          .values({ tenantId: actor.tenantId, participantId, kind, ...author })
          .onConflictDoNothing()
          .returning({ version: intakeSections.version });
        if (!created.length) throw stale();
      }
      await tx.insert(intakeSectionVersions).values({
        tenantId: actor.tenantId,
        participantId,
        kind,
        version,
        writtenByParticipant: author.writtenByParticipant,
        writtenByUserId: author.writtenByUserId,
        writtenByOrganisationId: author.writtenByOrganisationId,
      });
      return { kind, version };
    },
  );
}
