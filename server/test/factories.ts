import { randomUUID } from 'node:crypto';
import type { DataCategory, OrganisationKind, Role } from '../../common/roles.ts';
import type { Db } from '../db/client.ts';
import { todayInSweden } from '../lib/dates.ts';
import { hashPassword } from '../lib/passwords.ts';
import { consents, engagements, participants } from '../modules/participants/tables.ts';
import { organisations, tenants } from '../modules/tenants/tables.ts';
import { loginEmails, users } from '../modules/users/tables.ts';

export const TEST_PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | null = null;

/** A tenant of its own, so tests never see each other's rows. */
export async function buildTenant(db: Db, name = 'Testförbundet') {
  const [t] = await db
    .insert(tenants)
    .values({ name: `${name} ${randomUUID().slice(0, 8)}` })
    .returning();
  return t!.id;
}

export async function buildOrganisation(db: Db, tenantId: string, kind: OrganisationKind = 'labour_market_unit', name: string = kind) {
  const [o] = await db.insert(organisations).values({ tenantId, name, kind }).returning();
  return o!.id;
}

/** A user who can sign in with TEST_PASSWORD; the e-mail is unique across the run. */
export async function buildUser(
  db: Db,
  tenantId: string,
  opts: { roles: Role[]; organisationId?: string | null; participantId?: string | null; active?: boolean },
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = `${opts.roles.join('-')}-${randomUUID().slice(0, 12)}@test.example`;
  const [u] = await db
    .insert(users)
    .values({
      tenantId,
      email,
      displayName: `Test ${opts.roles.join(' ')}`,
      passwordHash: await passwordHash,
      roles: opts.roles,
      organisationId: opts.organisationId ?? null,
      participantId: opts.participantId ?? null,
      active: opts.active ?? true,
    })
    .returning();
  await db.insert(loginEmails).values({ email, tenantId, userId: u!.id });
  return { id: u!.id, email };
}

let serial = 0;

export async function buildParticipant(
  db: Db,
  tenantId: string,
  createdByOrganisationId: string,
  opts: { protectedIdentity?: boolean; personalNumber?: string | null } = {},
) {
  serial++;
  const [p] = await db
    .insert(participants)
    .values({
      tenantId,
      givenName: `Deltagare${serial}`,
      familyName: `Testsson${serial}`,
      idKind: opts.personalNumber ? 'personnummer' : 'reserve',
      personalNumber: opts.personalNumber ?? null,
      birthDate: '1990-01-01',
      protectedIdentity: opts.protectedIdentity ?? false,
      address: 'Testgatan 1',
      phone: '070-0000000',
      createdByOrganisationId,
    })
    .returning();
  return p!.id;
}

export async function buildEngagement(
  db: Db,
  tenantId: string,
  participantId: string,
  organisationId: string,
  opts: { caseworkerUserId?: string | null; startDate?: string; endDate?: string | null } = {},
) {
  await db.insert(engagements).values({
    tenantId,
    participantId,
    organisationId,
    caseworkerUserId: opts.caseworkerUserId ?? null,
    startDate: opts.startDate ?? '2020-01-01',
    endDate: opts.endDate ?? null,
  });
}

export async function buildConsent(
  db: Db,
  tenantId: string,
  participantId: string,
  organisationId: string,
  category: DataCategory,
  opts: { validFrom?: string; validTo?: string | null; withdrawnAt?: string | null } = {},
) {
  const [c] = await db
    .insert(consents)
    .values({
      tenantId,
      participantId,
      organisationId,
      category,
      validFrom: opts.validFrom ?? '2020-01-01',
      validTo: opts.validTo === undefined ? null : opts.validTo,
      method: 'paper',
      documentDate: opts.validFrom ?? '2020-01-01',
      withdrawnAt: opts.withdrawnAt ?? null,
    })
    .returning();
  return c!.id;
}

export const today = () => todayInSweden();
