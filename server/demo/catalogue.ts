import type { EligibilityRule, FundingSource, InterventionKind, TargetGroup } from '../../common/offer.ts';
import { interventions } from '../modules/catalogue/tables.ts';
import { DEMO_INTERVENTIONS } from './catalogue-data.ts';
import { addDays, type DemoContext } from './context.ts';

/** One demo intervention, as `catalogue-data.ts` lists them. */
export interface DemoIntervention {
  org: string;
  name: string;
  kind: InterventionKind;
  description: string;
  places: number;
  costKronor?: number;
  funding: FundingSource;
  languages: string[];
  targetGroups?: TargetGroup[];
  eligibility?: EligibilityRule[];
  location?: [name: string, address: string];
  workplace?: string;
  schedule?: string;
  status?: 'active' | 'temporarily closed' | 'inactive';
}

/** The catalogue: about 30 interventions from every organisation, with capacity, funding and eligibility. */
export async function seedCatalogue(ctx: DemoContext): Promise<void> {
  const { tx, tenantId, org, today } = ctx;
  await tx.insert(interventions).values(
    DEMO_INTERVENTIONS.map((d, i) => ({
      tenantId,
      organisationId: org(d.org),
      name: d.name,
      description: d.description,
      kind: d.kind,
      status: d.status ?? 'active',
      locationName: d.location?.[0] ?? null,
      address: d.location?.[1] ?? null,
      postalCode: d.location ? '123 45' : null,
      city: d.location ? 'Sjöstad' : null,
      workplace: d.workplace ?? null,
      scheduleDescription: d.schedule ?? null,
      startDate: addDays(today, -400 + i * 7),
      endDate: d.kind === 'project' ? addDays(today, 300) : null,
      languages: d.languages,
      places: d.places,
      costPerPlaceOre: d.costKronor === undefined ? null : d.costKronor * 100,
      funding: d.funding,
      targetGroups: d.targetGroups ?? [],
      eligibility: d.eligibility ?? [],
      applicationProcess: 'Din handläggare skickar en remiss i Kitt.',
      contactEmail: `insatser.${d.org}@sjostad.example`,
      contactPhone: '0123-45 67 00',
    })),
  );
}
