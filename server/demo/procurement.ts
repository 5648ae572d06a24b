import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { ContractRequirementKind, PurchaseKind } from '../../common/offer.ts';
import type { Actor } from '../lib/actor.ts';
import { interventions } from '../modules/catalogue/tables.ts';
import { endParticipation, startParticipation } from '../modules/participations/lifecycle.ts';
import { participations } from '../modules/participations/tables.ts';
import { achievementsOf, addYears, contractFulfilment } from '../modules/procurement/fulfilment.ts';
import { contracts, purchases } from '../modules/procurement/tables.ts';
import { addDays, type DemoContext } from './context.ts';

/** Kitt itself: the supplier has no demo login, so its participations are recorded without a user. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

type Requirements = { kind: ContractRequirementKind; perYear: number }[];

/**
 * The municipality as procurer and as customer of the social enterprise. Two contracts of the labour-market unit
 * with the building supplier, linked to its interventions in the catalogue: the Kajstaden framework agreement in its
 * second year, **on track**, and the property-care agreement in its first year, **behind** on placements. The
 * participations the random history put in those interventions are counted as they are; this seeder only adds
 * starts where a contract would otherwise be behind, and sets the behind contract's requirement above what was
 * achieved, so that both hold on the demo's today whatever the history drew. Then three years of purchases from
 * Kvarnen by the municipality's organisations.
 */
export async function seedProcurement(ctx: DemoContext): Promise<void> {
  const { tx, tenantId, today, org } = ctx;
  const supplier = org('supplier');
  const named = await tx
    .select({ id: interventions.id, name: interventions.name })
    .from(interventions)
    .where(and(eq(interventions.tenantId, tenantId), eq(interventions.organisationId, supplier)));
  const id = (name: string) => named.find((i) => i.name === name)?.id;
  const kajstaden = [id('Praktik i byggprojekt Kajstaden'), id('Anställning som byggarbetare, sysselsättningskrav')].filter(
    (i): i is string => i !== undefined,
  );
  const property = [id('Praktik i fastighetsskötsel')].filter((i): i is string => i !== undefined);
  if (kajstaden.length === 0 || property.length === 0) return;

  const actor: Actor = {
    tenantId,
    userId: NOBODY,
    organisationId: supplier,
    roles: ['provider'],
    participantId: null,
    requestId: randomUUID(),
    sessionId: randomUUID(),
  };
  const counted = async (ids: string[]) =>
    tx
      .select({
        participantId: participations.participantId,
        interventionId: participations.interventionId,
        startDate: participations.startDate,
        endDate: participations.endDate,
        endReason: participations.endReason,
        endOccupation: participations.endOccupation,
      })
      .from(participations)
      .where(and(eq(participations.tenantId, tenantId), inArray(participations.interventionId, ids)));
  const measure = async (c: { startDate: string; endDate: string; requirements: Requirements }, ids: string[]) =>
    contractFulfilment(c, achievementsOf(await counted(ids)), today);
  /** Starts someone who never took part in the intervention, `daysAgo` days before today. */
  const start = async (interventionId: string, daysAgo: number) => {
    const busy = new Set((await counted([interventionId])).map((p) => p.participantId));
    const person = ctx.participants.find((p) => p.index > 0 && !busy.has(p.id));
    if (!person) return null;
    const started = await startParticipation(tx, actor, {
      participantId: person.id,
      interventionId,
      startDate: addDays(today, -daysAgo),
      timeInSupport: '1_2_years',
      educationLevel: 'compulsory',
      situation: { occupation: 'job_seeking', incomeSources: ['social_assistance'], extentPercent: null },
    });
    return started.id;
  };
  const placementsOf = (f: Awaited<ReturnType<typeof measure>>) => f.years[f.years.length - 1]!.requirements[0]!;

  // On track: 120 days into its second year; a start every three weeks until the placements are where they should be.
  const onTrack = { startDate: addDays(addYears(today, -1), -120), endDate: '', requirements: [] as Requirements };
  onTrack.endDate = addDays(addYears(onTrack.startDate, 4), -1);
  onTrack.requirements = [
    { kind: 'placements', perYear: 6 },
    { kind: 'jobs', perYear: 2 },
  ];
  for (let n = 0; n < 6 && placementsOf(await measure(onTrack, kajstaden)).status === 'behind'; n++)
    await start(kajstaden[0]!, 10 + 21 * n);
  const jobs = (await measure(onTrack, kajstaden)).years.at(-1)!.requirements[1]!;
  if (jobs.status === 'behind') {
    const started = await start(kajstaden[1]!, 100);
    if (started)
      await endParticipation(tx, actor, started, {
        endDate: addDays(today, -5),
        endReason: 'work',
        situation: { occupation: 'work_unsubsidised', incomeSources: ['salary'], extentPercent: 100 },
      });
  }
  // A placement short of the six that would meet the year: raise the requirement past what was achieved.
  const achieved = placementsOf(await measure(onTrack, kajstaden)).achieved;
  if (achieved >= 6) onTrack.requirements[0]!.perYear = achieved + 2;

  // Behind: 260 days into its first year with one placement, where four a year expect two by now.
  const behind = { startDate: addDays(today, -260), endDate: '', requirements: [] as Requirements };
  behind.endDate = addDays(addYears(behind.startDate, 3), -1);
  if (placementsOf(await measure({ ...behind, requirements: [{ kind: 'placements', perYear: 4 }] }, property)).achieved === 0)
    await start(property[0]!, 75);
  const already = placementsOf(await measure({ ...behind, requirements: [{ kind: 'placements', perYear: 4 }] }, property)).achieved;
  behind.requirements = [
    { kind: 'placements', perYear: Math.max(4, 2 * already + 2) },
    { kind: 'jobs', perYear: 1 },
  ];

  const procurer = org('amf');
  const [kaj, prop] = await tx
    .insert(contracts)
    .values([
      {
        tenantId,
        procuringOrganisationId: procurer,
        supplierOrganisationId: supplier,
        name: 'Ramavtal bygg Kajstaden',
        reference: 'KS 2024/118',
        ...onTrack,
      },
      {
        tenantId,
        procuringOrganisationId: procurer,
        supplierOrganisationId: supplier,
        name: 'Avtal fastighetsskötsel',
        reference: 'KS 2025/31',
        ...behind,
      },
    ])
    .returning({ id: contracts.id });
  await tx
    .update(interventions)
    .set({ contractId: kaj!.id })
    .where(and(eq(interventions.tenantId, tenantId), inArray(interventions.id, kajstaden)));
  await tx
    .update(interventions)
    .set({ contractId: prop!.id })
    .where(and(eq(interventions.tenantId, tenantId), inArray(interventions.id, property)));

  await seedPurchases(ctx);
}

/** Purchases from Kvarnen over the last three years, in whole öre; this year's so far. */
async function seedPurchases(ctx: DemoContext) {
  const { tx, tenantId, today, org } = ctx;
  const year = Number(today.slice(0, 4));
  const rows: [yearsAgo: number, buyer: string, kind: PurchaseKind, kronor: number, ore: number, description: string][] = [
    [2, 'amf', 'training_places', 228_000, 0, 'Sex träningsplatser i café och bageri, två terminer'],
    [2, 'soc', 'services', 64_500, 0, 'Lokalvård i familjecentralens lokaler'],
    [2, 'amf', 'goods', 18_750, 50, 'Fika och luncher till arbetsplatsträffar'],
    [1, 'amf', 'training_places', 342_000, 0, 'Träningsplatser i café, bageri och cykelverkstad'],
    [1, 'soc', 'services', 71_200, 0, 'Lokalvård i familjecentralens lokaler'],
    [1, 'amf', 'goods', 23_410, 0, 'Renoverade cyklar till feriearbetet'],
    [1, 'sfi', 'goods', 8_940, 75, 'Bröd till SFI:s språkcafé'],
    [0, 'amf', 'training_places', 171_000, 0, 'Träningsplatser i cykelverkstaden, vårterminen'],
    [0, 'soc', 'services', 35_600, 0, 'Lokalvård, första halvåret'],
  ];
  await tx.insert(purchases).values(
    rows.map(([ago, buyer, kind, kronor, ore, description]) => ({
      tenantId,
      buyerOrganisationId: org(buyer),
      supplierOrganisationId: org('asf'),
      year: year - ago,
      kind,
      amountOre: kronor * 100 + ore,
      description,
    })),
  );
}
