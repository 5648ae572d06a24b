import { and, asc, eq } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { AppError, invalid, notFound } from '../../lib/errors.ts';
import { parseOrgNumber } from '../../lib/identifiers.ts';
import type { CreateOrganisation, UpdateOrganisation } from './schema.ts';
import { organisations } from './tables.ts';

const columns = {
  id: organisations.id,
  name: organisations.name,
  kind: organisations.kind,
  orgNumber: organisations.orgNumber,
  active: organisations.active,
  replyWorkingDays: organisations.replyWorkingDays,
};

function orgNumberOrThrow(input: string | null | undefined): string | null | undefined {
  if (input === undefined || input === null || input === '') return input === '' ? null : input;
  const parsed = parseOrgNumber(input);
  if (!parsed) throw invalid([{ path: '/orgNumber', keyword: 'organisationsnummer', message: 'not a valid organisationsnummer' }]);
  return parsed;
}

export function listOrganisations(db: Db, actor: Actor) {
  return db.select(columns).from(organisations).where(eq(organisations.tenantId, actor.tenantId)).orderBy(asc(organisations.name));
}

export async function createOrganisation(db: Db, actor: Actor, input: Static<typeof CreateOrganisation>) {
  const orgNumber = orgNumberOrThrow(input.orgNumber) ?? null;
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(organisations)
      .values({ tenantId: actor.tenantId, name: input.name, kind: input.kind, orgNumber, replyWorkingDays: input.replyWorkingDays })
      .returning(columns);
    if (!created) throw new AppError('internal');
    await audit(tx, actor, [
      {
        participantId: null,
        category: 'organisation',
        action: 'create',
        grant: 'administrator',
        resourceType: 'organisation',
        resourceId: created.id,
      },
    ]);
    return created;
  });
}

export async function updateOrganisation(db: Db, actor: Actor, id: string, input: Static<typeof UpdateOrganisation>) {
  const orgNumber = orgNumberOrThrow(input.orgNumber);
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(organisations)
      .set({
        name: input.name,
        kind: input.kind,
        active: input.active,
        replyWorkingDays: input.replyWorkingDays,
        ...(orgNumber !== undefined ? { orgNumber } : {}),
      })
      .where(and(eq(organisations.tenantId, actor.tenantId), eq(organisations.id, id)))
      .returning(columns);
    if (!updated) throw notFound();
    await audit(tx, actor, [
      {
        participantId: null,
        category: 'organisation',
        action: 'update',
        grant: 'administrator',
        resourceType: 'organisation',
        resourceId: id,
      },
    ]);
    return updated;
  });
}
