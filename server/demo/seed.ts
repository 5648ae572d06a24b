import { and, eq } from 'drizzle-orm';
import type { DataCategory } from '../../common/roles.ts';
import type { Db } from '../db/client.ts';
import { todayInSweden } from '../lib/dates.ts';
import { hashPassword } from '../lib/passwords.ts';
import { consents, engagements, participants } from '../modules/participants/tables.ts';
import { organisations, tenants } from '../modules/tenants/tables.ts';
import { loginEmails, users } from '../modules/users/tables.ts';
import { DEMO_ORGANISATIONS, DEMO_TENANT, DEMO_USERS, FAMILY_NAMES, GIVEN_NAMES, LANGUAGES } from './data.ts';
import { fictionalOrgNumber, seededRandom, testPersonalNumber } from './numbers.ts';
import { addDays, type DemoPerson } from './context.ts';
import { seedIntake } from './intake.ts';
import { seedPlan } from './plan.ts';
import { seedMessages } from './messages.ts';
import { seedAccessLog } from './access-log.ts';
import { seedProgression } from './progression.ts';
import { seedCatalogue } from './catalogue.ts';
import { seedCircumstances } from './circumstances.ts';
import { seedReferrals } from './referrals.ts';
import { seedParticipations } from './participations.ts';
import { seedProcurement } from './procurement.ts';
import { seedGovernance } from './governance.ts';
import { seedMeetings } from './meetings.ts';
import { seedGoals } from './goals.ts';
import { seedNeighbourArea } from './register-areas.ts';
import { seedBarometer } from './barometer.ts';

const eqUser = (tenantId: string, id: string) => and(eq(users.tenantId, tenantId), eq(users.id, id));

export interface DemoSummary {
  tenantId: string;
  participants: number;
  logins: { email: string; note: string }[];
}

/**
 * Loads the demo collaboration area: its organisations, one user per role, and 36 fictional participants whose
 * engagements and consents differ, so that every demo user sees a different set of people.
 */
export async function seedDemo(db: Db, password: string, today = todayInSweden()): Promise<DemoSummary> {
  const random = seededRandom(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [tenant] = await tx.insert(tenants).values({ name: DEMO_TENANT }).returning();
    const tenantId = tenant!.id;
    const orgs = new Map<string, string>();
    for (const o of DEMO_ORGANISATIONS) {
      const [row] = await tx
        .insert(organisations)
        .values({ tenantId, name: o.name, kind: o.kind, orgNumber: fictionalOrgNumber(o.nine) })
        .returning();
      orgs.set(o.key, row!.id);
    }
    const org = (key: string) => orgs.get(key)!;
    const userIds = new Map<string, string>();
    for (const u of DEMO_USERS) {
      const [row] = await tx
        .insert(users)
        .values({ tenantId, email: u.email, displayName: u.name, passwordHash, roles: u.roles, organisationId: u.org ? org(u.org) : null })
        .returning();
      userIds.set(u.email, row!.id);
      await tx.insert(loginEmails).values({ email: u.email, tenantId, userId: row!.id });
    }
    const caseworker = {
      af: userIds.get('af.handlaggare@sjostad.example')!,
      amf: userIds.get('amf.handlaggare@sjostad.example')!,
      sfi: userIds.get('sfi.larare@sjostad.example')!,
      soc: userIds.get('soc.handlaggare@sjostad.example')!,
    };
    const creators = ['amf', 'af', 'sfi'] as const;
    const categoriesFull: DataCategory[] = ['identity', 'intake', 'plan', 'progression', 'messages'];
    let participantCount = 0;
    const people: DemoPerson[] = [];
    for (let i = 0; i < GIVEN_NAMES.length; i++) {
      const birthDate = `${1965 + Math.floor(random() * 40)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      const idKind = i % 9 === 4 ? 'reserve' : i % 7 === 3 ? 'samordningsnummer' : 'personnummer';
      const creator = creators[i % 3]!;
      const arrived = addDays(today, -20 - Math.floor(random() * 300));
      const [p] = await tx
        .insert(participants)
        .values({
          tenantId,
          givenName: GIVEN_NAMES[i]!,
          familyName: FAMILY_NAMES[i]!,
          idKind,
          personalNumber: idKind === 'reserve' ? null : testPersonalNumber(birthDate, i, idKind === 'samordningsnummer'),
          birthDate,
          protectedIdentity: i === 7 || i === 22,
          preferredLanguage: i === 0 ? 'fa' : pick(LANGUAGES),
          interpreterNeeded: random() < 0.6,
          phone: `070-${String(1000000 + Math.floor(random() * 8999999)).slice(0, 7)}`,
          email: null,
          address: `Storgatan ${1 + (i % 40)}, 123 45 Sjöstad`,
          createdByOrganisationId: org(creator),
        })
        .returning();
      participantCount++;
      const pid = p!.id;
      if (i === 0)
        await tx
          .update(users)
          .set({ participantId: pid })
          .where(eqUser(tenantId, userIds.get('deltagare@sjostad.example')!));
      // Who works with the person: the labour-market unit with everyone, the others with some.
      const engaged: (keyof typeof caseworker)[] = ['amf'];
      if (i % 3 !== 2) engaged.push('af');
      if (i % 2 === 0) engaged.push('sfi');
      if (i % 5 === 0) engaged.push('soc');
      for (const key of engaged) {
        const ended = key === 'af' && i % 11 === 10;
        await tx.insert(engagements).values({
          tenantId,
          participantId: pid,
          organisationId: org(key),
          caseworkerUserId: caseworker[key],
          startDate: arrived,
          endDate: ended ? addDays(today, -5) : null,
        });
      }
      people.push({
        index: i,
        id: pid,
        preferredLanguage: p!.preferredLanguage,
        interpreterNeeded: p!.interpreterNeeded,
        arrived,
        engaged: [...engaged, ...(i % 4 === 1 ? ['asf'] : [])],
      });
      if (i % 4 === 1) {
        await tx.insert(engagements).values({
          tenantId,
          participantId: pid,
          organisationId: org('asf'),
          caseworkerUserId: null,
          startDate: addDays(today, -10),
          endDate: null,
        });
      }
      // Consents differ: most gave them on paper at intake, some only to a few organisations, some withdrew.
      const recorder = caseworker.amf;
      const give = async (key: string, category: DataCategory, opts: { from?: string; to?: string | null; withdrawn?: boolean } = {}) => {
        await tx.insert(consents).values({
          tenantId,
          participantId: pid,
          organisationId: org(key),
          category,
          validFrom: opts.from ?? arrived,
          validTo: opts.to === undefined ? addDays(arrived, 365) : opts.to,
          method: 'paper',
          documentDate: arrived,
          recordedByUserId: recorder,
          recordedByOrganisationId: org('amf'),
          withdrawnAt: opts.withdrawn ? new Date(Date.parse(`${today}T09:00:00Z`) - 86_400_000).toISOString() : null,
          withdrawnByUserId: opts.withdrawn ? recorder : null,
        });
      };
      // Person 7's consents to the labour-market unit end in 18 days, so its worklist has consents to renew.
      if (i % 6 !== 5) for (const c of categoriesFull) await give('amf', c, i === 7 ? { to: addDays(today, 18) } : {});
      if (engaged.includes('af') && i % 4 !== 3)
        for (const c of categoriesFull) await give('af', c, { withdrawn: i % 13 === 12 && c === 'identity' });
      if (engaged.includes('sfi') && i % 3 !== 1) for (const c of ['identity', 'plan', 'progression'] as const) await give('sfi', c);
      if (engaged.includes('soc') && i === 10) await give('soc', 'identity');
      if (i % 4 === 1) await give('asf', 'identity', { to: addDays(today, 20) });
      if (i % 8 === 6) await give('af', 'plan', { from: addDays(today, -400), to: addDays(today, -30) });
    }
    // The person level: joint intakes, plans with activities and warnings, progression.
    const ctx = { tx, tenantId, today, org, user: (email: string) => userIds.get(email)!, participants: people, random };
    await seedIntake(ctx);
    await seedProgression(ctx);
    await seedPlan(ctx);
    await seedMessages(ctx);
    await seedAccessLog(ctx);
    // The offer level: the catalogue of interventions, and the circumstances its eligibility rules ask about.
    await seedCatalogue(ctx);
    await seedCircumstances(ctx);
    await seedReferrals(ctx);
    await seedParticipations(ctx);
    // The municipality as procurer and customer: contracts counted from the participations above, purchases.
    await seedProcurement(ctx);
    // The governance level: the förbund's parties, initiatives and joint budget.
    await seedGovernance(ctx);
    await seedMeetings(ctx);
    await seedGoals(ctx);
    await seedBarometer(ctx);
    // A neighbouring area's public initiatives, for the register of who borrowed from whom.
    await seedNeighbourArea(ctx);
    return {
      tenantId,
      participants: participantCount,
      logins: DEMO_USERS.map((u) => ({ email: u.email, note: u.note })),
    };
  });
}
