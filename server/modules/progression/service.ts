import { and, desc, eq } from 'drizzle-orm';
import type { Static } from 'typebox';
import { byEventDateNewestFirst, type ProgressionEntryFields } from '../../../common/progression.ts';
import type { Executor, Db } from '../../db/client.ts';
import { readParticipantData, writeParticipantData } from '../../lib/access/participant-data.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { organisations } from '../tenants/tables.ts';
import { users } from '../users/tables.ts';
import { highestPassedSfiLevel, personFacts } from './facts.ts';
import { mayChangeEntry, mayRecordProgression, progressionEntryProblems } from './policy.ts';
import type { CreateProgressionEntry, UpdateProgressionEntry } from './schema.ts';
import { progressionEntries } from './tables.ts';

const columns = {
  id: progressionEntries.id,
  kind: progressionEntries.kind,
  sfiLevel: progressionEntries.sfiLevel,
  studyPath: progressionEntries.studyPath,
  result: progressionEntries.result,
  title: progressionEntries.title,
  note: progressionEntries.note,
  startDate: progressionEntries.startDate,
  endDate: progressionEntries.endDate,
  sourceOrganisationId: progressionEntries.sourceOrganisationId,
  sourceOrganisationName: organisations.name,
  recordedByName: users.displayName,
  recordedAt: progressionEntries.recordedAt,
  version: progressionEntries.version,
};

/** Entries of one participant with their source organisation's name and who recorded them. */
function entryQuery(tx: Executor, tenantId: string, participantId: string) {
  return tx
    .select(columns)
    .from(progressionEntries)
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, progressionEntries.tenantId), eq(organisations.id, progressionEntries.sourceOrganisationId)),
    )
    .leftJoin(users, and(eq(users.tenantId, progressionEntries.tenantId), eq(users.id, progressionEntries.recordedByUserId)))
    .where(and(eq(progressionEntries.tenantId, tenantId), eq(progressionEntries.participantId, participantId)))
    .orderBy(desc(progressionEntries.startDate), desc(progressionEntries.recordedAt), desc(progressionEntries.id))
    .$dynamic();
}

type Row = Awaited<ReturnType<typeof entryQuery>>[number];

const present = (actor: Actor) => (row: Row) => ({
  ...row,
  recordedAt: new Date(row.recordedAt).toISOString(),
  mayChange: mayChangeEntry(actor, row),
});

function refuse(problems: ReturnType<typeof progressionEntryProblems>): void {
  const details = Object.entries(problems).map(([field, problem]) => ({ path: `/${field}`, keyword: problem, message: problem }));
  if (details.length > 0) throw invalid(details);
}

/** The participant's progression timeline, with where the person stands; audited as a read of `progression`. */
export function getTimeline(db: Db, actor: Actor, participantId: string) {
  return readParticipantData(db, actor, { participantId, category: 'progression', resourceType: 'progression' }, async ({ tx, today }) => {
    const rows = await entryQuery(tx, actor.tenantId, participantId);
    const facts = personFacts(rows, today);
    return {
      entries: rows.map(present(actor)).sort(byEventDateNewestFirst),
      summary: { ...facts, sfiLevelPassed: highestPassedSfiLevel(rows, today) },
      mayRecord: mayRecordProgression(actor),
    };
  });
}

/** Records an entry with the actor's organisation as its source; needs the participant's consent for progression. */
export function recordEntry(db: Db, actor: Actor, participantId: string, input: Static<typeof CreateProgressionEntry>) {
  if (!mayRecordProgression(actor)) throw forbidden();
  const sourceOrganisationId = actor.organisationId!;
  return writeParticipantData(
    db,
    actor,
    { participantId, category: 'progression', resourceType: 'progression_entry', action: 'create' },
    async ({ tx, today }) => {
      const fields: ProgressionEntryFields = {
        kind: input.kind,
        sfiLevel: input.sfiLevel ?? null,
        studyPath: input.studyPath ?? null,
        result: input.result ?? null,
        title: input.title?.trim() || null,
        startDate: input.startDate,
        endDate: input.endDate ?? null,
      };
      refuse(progressionEntryProblems(fields, today));
      const [created] = await tx
        .insert(progressionEntries)
        .values({
          tenantId: actor.tenantId,
          participantId,
          ...fields,
          note: input.note?.trim() || null,
          sourceOrganisationId,
          recordedByUserId: actor.userId,
        })
        .returning({ id: progressionEntries.id });
      if (!created) throw new AppError('internal');
      const [row] = await entryQuery(tx, actor.tenantId, participantId).where(
        and(eq(progressionEntries.tenantId, actor.tenantId), eq(progressionEntries.id, created.id)),
      );
      return { entry: present(actor)(row!), resourceId: created.id };
    },
  );
}

/**
 * Changes an entry on the version it was read at: only its source organisation's staff may, and a change made on a
 * stale version is refused with 409 so that a correction made meanwhile is not overwritten.
 */
export function changeEntry(db: Db, actor: Actor, participantId: string, entryId: string, input: Static<typeof UpdateProgressionEntry>) {
  if (!mayRecordProgression(actor)) throw forbidden();
  return writeParticipantData(
    db,
    actor,
    { participantId, category: 'progression', resourceType: 'progression_entry', resourceId: entryId, action: 'update' },
    async ({ tx, today }) => {
      const where = and(
        eq(progressionEntries.tenantId, actor.tenantId),
        eq(progressionEntries.participantId, participantId),
        eq(progressionEntries.id, entryId),
      );
      const [stored] = await tx.select().from(progressionEntries).where(where);
      if (!stored) throw notFound();
      if (!mayChangeEntry(actor, stored)) throw forbidden();
      if (stored.version !== input.version) throw conflict('The entry was changed by someone else.', { version: stored.version });
      const pick = <K extends keyof typeof input & keyof typeof stored>(key: K) =>
        input[key] === undefined ? stored[key] : (input[key] as (typeof stored)[K]);
      const fields: ProgressionEntryFields = {
        kind: pick('kind'),
        sfiLevel: pick('sfiLevel'),
        studyPath: pick('studyPath'),
        result: pick('result'),
        title: input.title === undefined ? stored.title : input.title?.trim() || null,
        startDate: pick('startDate'),
        endDate: pick('endDate'),
      };
      refuse(progressionEntryProblems(fields, today));
      const note = input.note === undefined ? stored.note : input.note?.trim() || null;
      const [updated] = await tx
        .update(progressionEntries)
        .set({ ...fields, note, version: stored.version + 1 })
        .where(and(where, eq(progressionEntries.version, input.version)))
        .returning({ id: progressionEntries.id });
      if (!updated) throw conflict('The entry was changed by someone else.');
      const [row] = await entryQuery(tx, actor.tenantId, participantId).where(and(where));
      return { entry: present(actor)(row!) };
    },
  );
}
