import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../common/roles.ts';
import { ageOn } from '../../../common/offer.ts';
import type { Actor } from '../../lib/actor.ts';
import { auditEvents } from '../../lib/audit/tables.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { addDays } from '../../lib/working-days.ts';
import { buildConsent, buildEngagement, buildOrganisation, buildParticipant, buildTenant, buildUser } from '../../test/factories.ts';
import { testApp, type TestContext } from '../../test/harness.ts';
import { progressionEntries } from '../progression/tables.ts';
import { eligibilityFactsFor } from './facts.ts';
import { circumstances } from './tables.ts';

let ctx: TestContext;
let tenantId: string;
let amf: string;
let af: string;
let person: string;
let bare: string;
let stranger: string;
let caseworker: Actor;
let afCaseworker: Actor;
let self: Actor;
const today = todayInSweden();

const actor = (userId: string, organisationId: string | null, roles: Role[], participantId: string | null = null): Actor => ({
  tenantId,
  userId,
  organisationId,
  roles,
  participantId,
  requestId: 'test',
  sessionId: 'test',
});

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  tenantId = await buildTenant(db);
  amf = await buildOrganisation(db, tenantId, 'labour_market_unit');
  af = await buildOrganisation(db, tenantId, 'arbetsformedlingen');
  person = await buildParticipant(db, tenantId, amf);
  bare = await buildParticipant(db, tenantId, amf);
  stranger = await buildParticipant(db, tenantId, af);
  for (const p of [person, bare]) await buildEngagement(db, tenantId, p, amf);
  await buildEngagement(db, tenantId, bare, af, { startDate: '2020-01-01', endDate: addDays(today, -1) });
  await buildEngagement(db, tenantId, person, af);
  // AMF may read everything of `person`; AF may read identity and intake, not progression.
  for (const category of ['identity', 'intake', 'progression'] as const) {
    await buildConsent(db, tenantId, person, amf, category);
    await buildConsent(db, tenantId, bare, amf, category);
  }
  for (const category of ['identity', 'intake'] as const) await buildConsent(db, tenantId, person, af, category);
  const cw = await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: amf });
  const afCw = await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: af });
  const own = await buildUser(db, tenantId, { roles: ['participant'], organisationId: null, participantId: person });
  caseworker = actor(cw.id, amf, ['caseworker']);
  afCaseworker = actor(afCw.id, af, ['caseworker']);
  self = actor(own.id, null, ['participant'], person);
  const recorded = { tenantId, participantId: person, recordedByOrganisationId: amf, recordedByUserId: cw.id };
  await db.insert(circumstances).values([
    { ...recorded, kind: 'establishment_programme', fromDate: '2024-01-01' },
    // Ended yesterday: recorded, but not active today.
    { ...recorded, kind: 'social_assistance', fromDate: '2024-01-01', toDate: addDays(today, -1) },
    // Begins tomorrow: not active yet.
    { ...recorded, kind: 'utbildningsplikt', fromDate: addDays(today, 1) },
  ]);
  const entry = { tenantId, participantId: person, sourceOrganisationId: amf, recordedByUserId: cw.id };
  await db.insert(progressionEntries).values([
    { ...entry, kind: 'sfi_course', sfiLevel: 'B', result: 'passed', startDate: '2024-02-01' },
    { ...entry, kind: 'sfi_course', sfiLevel: 'C', result: 'started', startDate: '2024-09-01' },
    { ...entry, kind: 'civic_orientation', result: 'passed', startDate: '2024-03-01' },
  ]);
});

const auditedCategories = async (participantId: string, userId: string) =>
  (
    await ctx.database.db
      .select({ category: auditEvents.category, grant: auditEvents.grant })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.tenantId, tenantId),
          eq(auditEvents.participantId, participantId),
          eq(auditEvents.actorUserId, userId),
          eq(auditEvents.resourceType, 'eligibility'),
        ),
      )
  )
    .map((r) => `${r.category}:${r.grant}`)
    .sort();

describe('eligibilityFactsFor', () => {
  it('gives every fact to a reader with consent for identity, progression and intake, and audits each category', async () => {
    expect(await eligibilityFactsFor(ctx.database.db, caseworker, person)).toEqual({
      age: ageOn('1990-01-01', today),
      sfi_level: 'C',
      civic_orientation_done: true,
      registered_at_af: true, // no record, but Arbetsförmedlingen's engagement runs
      establishment_programme: true,
      social_assistance: false, // recorded, ended yesterday
      utbildningsplikt: false, // recorded, begins tomorrow
      short_education: false, // never recorded: knowing the intake, its absence is knowledge
    });
    expect(await auditedCategories(person, caseworker.userId)).toEqual(['identity:consent', 'intake:consent', 'progression:consent']);
  });

  it('leaves the facts of a category without consent unknown (no key), and audits only what was read', async () => {
    const facts = await eligibilityFactsFor(ctx.database.db, afCaseworker, person);
    expect(Object.keys(facts).sort()).toEqual([
      'age',
      'establishment_programme',
      'registered_at_af',
      'short_education',
      'social_assistance',
      'utbildningsplikt',
    ]);
    expect(await auditedCategories(person, afCaseworker.userId)).toEqual(['identity:consent', 'intake:consent']);
  });

  it('knows no SFI level as null, and registration at AF as false once its engagement ended', async () => {
    const facts = await eligibilityFactsFor(ctx.database.db, caseworker, bare);
    expect(facts).toMatchObject({ sfi_level: null, civic_orientation_done: false, registered_at_af: false });
  });

  it('gives the person all their own facts', async () => {
    const facts = await eligibilityFactsFor(ctx.database.db, self, person);
    expect(facts).toMatchObject({ sfi_level: 'C', establishment_programme: true, registered_at_af: true });
    expect(await auditedCategories(person, self.userId)).toEqual(['identity:self', 'intake:self', 'progression:self']);
  });

  it('answers 404 for a person the reader may not know exists, and for the person asking about someone else', async () => {
    await expect(eligibilityFactsFor(ctx.database.db, caseworker, stranger)).rejects.toMatchObject({ code: 'not_found' });
    await expect(eligibilityFactsFor(ctx.database.db, self, bare)).rejects.toMatchObject({ code: 'not_found' });
  });
});
