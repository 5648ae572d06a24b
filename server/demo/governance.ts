import { and, eq, inArray } from 'drizzle-orm';
import type { FundingSource, InitiativeKind, InitiativeState, MunicipalityRole } from '../../common/governance.ts';
import { interventions } from '../modules/catalogue/tables.ts';
import { contributionRows } from '../modules/forbund/shares.ts';
import {
  budgetAllocations,
  budgetContributions,
  budgetSpending,
  budgetYears,
  forbundParties,
  forbundPartyOrganisations,
} from '../modules/forbund/tables.ts';
import { initiativeEvents, initiativeInterventions, initiatives } from '../modules/initiatives/tables.ts';
import { addDays, type DemoContext } from './context.ts';

/** The order an initiative passes its states in, to write its history up to where it is. */
const PATH: InitiativeState[] = ['idea', 'proposed', 'decided', 'running', 'evaluated'];

interface DemoInitiative {
  name: string;
  kind: InitiativeKind;
  state: InitiativeState;
  owner: 'municipality' | 'af' | 'fk' | 'region';
  description: string;
  targetGroup: string;
  origin: string;
  funding: FundingSource[];
  roles: MunicipalityRole[];
  /** Start and end in days from today. */
  from: number;
  to: number;
  /** Yearly allocation in kronor while it runs (none for an idea or a proposal). */
  kronor: number;
  interventions?: string[];
  inspiredBy?: string;
  evaluation?: string;
  endedReason?: string;
}

const INITIATIVES: DemoInitiative[] = [
  {
    name: 'Jobbspåret Sjöstad',
    kind: 'project',
    state: 'running',
    owner: 'municipality',
    description: 'Stegvis väg till arbete med träningsplatser i sociala företag och handledning från Arbetsmarknadsenheten.',
    targetGroup: 'Nyanlända och personer långt från arbetsmarknaden',
    origin: 'Arbetsmarknadsenhetens jobbcoacher efter workshopen om samverkan',
    funding: ['samordningsforbund', 'esf'],
    roles: ['entrepreneur', 'employer'],
    from: -600,
    to: 300,
    kronor: 2_400_000,
    interventions: ['Träningsplats i Kvarnens café och bageri', 'Träningsplats i Kvarnens cykelverkstad', 'Kvarnens lokalvård'],
  },
  {
    name: 'Samordnad rehabilitering Försäkringskassan–Regionen',
    kind: 'structural',
    state: 'running',
    owner: 'fk',
    description: 'Gemensamma avstämningsmöten och arbetslivsinriktad rehabilitering för personer med sjukpenning.',
    targetGroup: 'Personer med sjukpenning eller aktivitetsersättning',
    origin: 'Beredningsgruppen',
    funding: ['samordningsforbund'],
    roles: [],
    from: -400,
    to: 330,
    kronor: 1_100_000,
    interventions: ['Arbetslivsinriktad rehabilitering', 'Förrehabiliterande samtal om arbetsförmåga'],
  },
  {
    name: 'Hälsofrämjande arbetsträning',
    kind: 'project',
    state: 'running',
    owner: 'region',
    description: 'Arbetsträning med hälsoskola för nyanlända kvinnor.',
    targetGroup: 'Nyanlända kvinnor',
    origin: 'Hälsocentralen Sjöstad',
    funding: ['samordningsforbund'],
    roles: [],
    from: -700,
    to: -20,
    kronor: 600_000,
    interventions: ['Hälsoskola för nyanlända kvinnor'],
  },
  {
    name: 'Språkpraktik i vården',
    kind: 'project',
    state: 'decided',
    owner: 'municipality',
    description: 'SFI med yrkesinriktning och praktik på kommunens äldreboenden.',
    targetGroup: 'SFI-elever med intresse för vården',
    origin: 'Vuxenutbildningen',
    funding: ['samordningsforbund', 'party_budget'],
    roles: ['employer'],
    from: 40,
    to: 770,
    kronor: 900_000,
    interventions: ['SFI kurs C med yrkesinriktning vård', 'Praktik på Äldreboendet Solgården'],
    inspiredBy: 'Jobbspåret Sjöstad',
  },
  {
    name: 'Gemensam kartläggning för nyanlända',
    kind: 'bassamverkan',
    state: 'implemented',
    owner: 'municipality',
    description: 'En gemensam kartläggning som alla parter använder i stället för var sin.',
    targetGroup: 'Nyanlända i etableringsprogrammet',
    origin: 'Arbetsförmedlingen och Arbetsmarknadsenheten',
    funding: ['samordningsforbund'],
    roles: [],
    from: -1000,
    to: -300,
    kronor: 500_000,
    interventions: ['Kartläggning och vägledning för nyanlända'],
    evaluation: 'Kartläggningen minskade dubbelarbetet; 9 av 10 handläggare använder den.',
  },
  {
    name: 'Unga in – ungdomsteam',
    kind: 'project',
    state: 'ended',
    owner: 'af',
    description: 'Ett gemensamt team för unga som varken arbetar eller studerar.',
    targetGroup: 'Unga 16–29 år',
    origin: 'Arbetsförmedlingen',
    funding: ['samordningsforbund', 'esf'],
    roles: [],
    from: -1050,
    to: -400,
    kronor: 700_000,
    evaluation: 'Få deltagare nåddes; målgruppen fanns redan i kommunens aktivitetsansvar.',
    endedReason: 'Målgruppen nås av kommunens ordinarie ungdomsteam.',
  },
  {
    name: 'Sysselsättningskrav i kommunens upphandlingar',
    kind: 'structural',
    state: 'evaluated',
    owner: 'municipality',
    description: 'Krav på praktik och anställning för personer långt från arbetsmarknaden i bygg- och fastighetsavtal.',
    targetGroup: 'Personer långt från arbetsmarknaden',
    origin: 'Kommunens upphandlingsenhet',
    funding: ['party_budget'],
    roles: ['procurer'],
    from: -800,
    to: -60,
    kronor: 300_000,
    interventions: ['Praktik i byggprojekt Kajstaden', 'Anställning som byggarbetare, sysselsättningskrav'],
    evaluation: 'Kraven gav platser; uppföljningen per avtalsår behöver bli ordinarie.',
  },
  {
    name: 'Kvinnor till arbete i sociala företag',
    kind: 'project',
    state: 'proposed',
    owner: 'municipality',
    description: 'Träningsplatser för kvinnor med försörjningsstöd i sociala företag.',
    targetGroup: 'Kvinnor med ekonomiskt bistånd',
    origin: 'Socialtjänsten',
    funding: ['samordningsforbund'],
    roles: ['entrepreneur'],
    from: 120,
    to: 850,
    kronor: 0,
    inspiredBy: 'Jobbspåret Sjöstad',
  },
  {
    name: 'Mentorer från föreningslivet',
    kind: 'project',
    state: 'proposed',
    owner: 'municipality',
    description: 'Frivilliga mentorer som följer deltagare under första året i arbete.',
    targetGroup: 'Deltagare som gått till arbete',
    origin: 'Föreningsrådet',
    funding: ['samordningsforbund', 'other'],
    roles: [],
    from: 150,
    to: 880,
    kronor: 0,
  },
  {
    name: 'Digital vägledning på modersmål',
    kind: 'project',
    state: 'idea',
    owner: 'af',
    description: 'Vägledning om arbete och studier i video på de vanligaste språken.',
    targetGroup: 'Nyanlända',
    origin: 'Språkcaféets deltagare',
    funding: [],
    roles: [],
    from: 200,
    to: 560,
    kronor: 0,
  },
];

/** The förbund's own operation (kansli, evaluation, training), in kronor a year. */
const OPERATION_KRONOR = 1_400_000;
const TOTAL_KRONOR = 8_000_000;

/**
 * The samordningsförbund: its four parties (Försäkringskassan, Arbetsförmedlingen, the region and the municipality)
 * with the organisations that belong to them, ten initiatives in every stage (their history as events), and three
 * budget years: contributions split by the law, allocations to the initiatives that run and to the own operation,
 * and spending month by month up to today.
 */
export async function seedGovernance(ctx: DemoContext): Promise<void> {
  const { tx, tenantId, today, org } = ctx;
  const coordinator = ctx.user('samordnare@sjostad.example');
  const parties = await tx
    .insert(forbundParties)
    .values([
      { tenantId, name: 'Försäkringskassan', kind: 'forsakringskassan' as const, keyWeight: 1 },
      { tenantId, name: 'Arbetsförmedlingen', kind: 'arbetsformedlingen' as const, keyWeight: 1 },
      { tenantId, name: 'Region Sjöland', kind: 'region' as const, keyWeight: 1 },
      { tenantId, name: 'Sjöstads kommun', kind: 'municipality' as const, keyWeight: 48_200 },
    ])
    .returning({ id: forbundParties.id, kind: forbundParties.kind, keyWeight: forbundParties.keyWeight });
  const party = (kind: string) => parties.find((p) => p.kind === kind)!.id;
  const members: [string, string][] = [
    ['fk', 'forsakringskassan'],
    ['af', 'arbetsformedlingen'],
    ['region', 'region'],
    ['amf', 'municipality'],
    ['sfi', 'municipality'],
    ['soc', 'municipality'],
  ];
  await tx
    .insert(forbundPartyOrganisations)
    .values(members.map(([key, kind]) => ({ tenantId, organisationId: org(key), partyId: party(kind) })));

  const ownerOf = { municipality: 'municipality', af: 'arbetsformedlingen', fk: 'forsakringskassan', region: 'region' } as const;
  const catalogue = await tx
    .select({ id: interventions.id, name: interventions.name })
    .from(interventions)
    .where(
      and(
        eq(interventions.tenantId, tenantId),
        inArray(
          interventions.name,
          INITIATIVES.flatMap((i) => i.interventions ?? []),
        ),
      ),
    );
  const ids = new Map<string, string>();
  for (const i of INITIATIVES) {
    const index = PATH.indexOf(i.state);
    const [row] = await tx
      .insert(initiatives)
      .values({
        tenantId,
        name: i.name,
        kind: i.kind,
        state: i.state,
        description: i.description,
        targetGroup: i.targetGroup,
        origin: i.origin,
        inspiredById: i.inspiredBy ? ids.get(i.inspiredBy) : null,
        ownerPartyId: party(ownerOf[i.owner]),
        fundingSources: i.funding,
        municipality: 'Sjöstad',
        municipalityRoles: i.roles,
        startDate: addDays(today, i.from),
        endDate: addDays(today, i.to),
        evaluation: i.evaluation ?? null,
        implementedByPartyId: i.state === 'implemented' ? party('municipality') : null,
        implementedFrom: i.state === 'implemented' ? addDays(today, i.to + 1) : null,
        implementationFunding: i.state === 'implemented' ? 'Kommunens ordinarie budget för arbetsmarknadsenheten' : null,
        endedReason: i.endedReason ?? null,
        public: i.state !== 'idea',
        createdByUserId: coordinator,
      })
      .returning({ id: initiatives.id });
    const id = row!.id;
    ids.set(i.name, id);
    // The history: each state on the way, spread over the time before the start (and after, for the later ones).
    const states = index >= 0 ? PATH.slice(0, index + 1) : [...PATH, i.state];
    await tx.insert(initiativeEvents).values(
      states.map((state, n) => ({
        tenantId,
        initiativeId: id,
        fromState: n === 0 ? null : states[n - 1]!,
        toState: state,
        byUserId: coordinator,
        at: `${addDays(today, Math.min(i.from - 120 + n * 40, -1 - (states.length - n)))}T10:00:00+01:00`,
      })),
    );
    const linked = (i.interventions ?? []).flatMap((name) => catalogue.filter((c) => c.name === name).map((c) => c.id));
    if (linked.length > 0)
      await tx.insert(initiativeInterventions).values(linked.map((interventionId) => ({ tenantId, initiativeId: id, interventionId })));
  }

  const thisYear = Number(today.slice(0, 4));
  const todayMonth = Number(today.slice(5, 7));
  for (const year of [thisYear - 2, thisYear - 1, thisYear]) {
    const totalOre = TOTAL_KRONOR * 100;
    await tx.insert(budgetYears).values({ tenantId, year, totalOre, openingEquityOre: year === thisYear - 2 ? 125_000_000 : null });
    await tx.insert(budgetContributions).values(contributionRows(tenantId, year, totalOre, parties));
    const running = INITIATIVES.filter(
      (i) => i.kronor > 0 && Number(addDays(today, i.from).slice(0, 4)) <= year && Number(addDays(today, i.to).slice(0, 4)) >= year,
    );
    const lines = [
      ...running.map((i) => ({ name: i.name, initiativeId: ids.get(i.name)!, kronor: i.kronor })),
      { name: 'Förbundets kansli och uppföljning', initiativeId: null, kronor: OPERATION_KRONOR },
    ];
    const months = year === thisYear ? todayMonth - 1 : 12;
    for (const [n, line] of lines.entries()) {
      const [allocation] = await tx
        .insert(budgetAllocations)
        .values({ tenantId, year, name: line.name, initiativeId: line.initiativeId, amountOre: line.kronor * 100 })
        .returning({ id: budgetAllocations.id });
      // Spending month by month, a little under or over plan; one initiative overspends in the year before.
      const pace = 0.85 + ((n * 7 + year) % 5) * 0.06;
      if (months > 0)
        await tx.insert(budgetSpending).values(
          Array.from({ length: months }, (_, m) => ({
            tenantId,
            allocationId: allocation!.id,
            month: m + 1,
            amountOre: Math.round((line.kronor * 100 * pace) / 12 / 100) * 100,
            note: null,
            recordedByUserId: coordinator,
          })),
        );
    }
  }
}
