import { and, eq } from 'drizzle-orm';
import type { InitiativeKind, InitiativeState, MunicipalityRole } from '../../common/governance.ts';
import { initiativeEvents, initiatives } from '../modules/initiatives/tables.ts';
import { tenants } from '../modules/tenants/tables.ts';
import { addDays, type DemoContext } from './context.ts';

/** Nobody: the neighbouring area has no demo logins, its initiatives were recorded by its own staff. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

interface Neighbour {
  name: string;
  municipality: string;
  kind: InitiativeKind;
  state: InitiativeState;
  roles: MunicipalityRole[];
  origin: string;
  /** Days from today. */
  from: number;
  /** A Sjöstad initiative it borrowed from, or one of Sjöstad's that borrowed from it. */
  borrowedFrom?: string;
  lentTo?: string;
}

const NEIGHBOURS: Neighbour[] = [
  {
    name: 'Gemensam kartläggning Norrvik',
    municipality: 'Norrvik',
    kind: 'bassamverkan',
    state: 'implemented',
    roles: [],
    origin: 'Norrviks arbetsmarknadsenhet och Arbetsförmedlingen',
    from: -1600,
    lentTo: 'Gemensam kartläggning för nyanlända',
  },
  {
    name: 'Social upphandling med sysselsättningskrav',
    municipality: 'Norrvik',
    kind: 'structural',
    state: 'evaluated',
    roles: ['procurer'],
    origin: 'Norrviks upphandlingsenhet',
    from: -1300,
    lentTo: 'Sysselsättningskrav i kommunens upphandlingar',
  },
  {
    name: 'Jobbspår Åsby',
    municipality: 'Åsby',
    kind: 'project',
    state: 'running',
    roles: ['employer', 'entrepreneur'],
    origin: 'Åsby kommun efter studiebesök i Sjöstad',
    from: -200,
    borrowedFrom: 'Jobbspåret Sjöstad',
  },
];

/**
 * A neighbouring collaboration area for the public register across municipalities: Samordningsförbundet
 * Norrvik–Åsby, with three public initiatives — two that Sjöstad borrowed from, one that borrowed Sjöstad's
 * Jobbspåret. Only initiatives (no people): the register shows who borrowed from whom.
 */
export async function seedNeighbourArea(ctx: DemoContext): Promise<void> {
  const { tx, tenantId, today } = ctx;
  const [area] = await tx.insert(tenants).values({ name: 'Samordningsförbundet Norrvik–Åsby' }).returning({ id: tenants.id });
  const sjostad = async (name: string) =>
    (
      await tx
        .select({ id: initiatives.id })
        .from(initiatives)
        .where(and(eq(initiatives.tenantId, tenantId), eq(initiatives.name, name)))
    )[0]?.id ?? null;
  for (const n of NEIGHBOURS) {
    const [row] = await tx
      .insert(initiatives)
      .values({
        tenantId: area!.id,
        name: n.name,
        kind: n.kind,
        state: n.state,
        description: n.origin,
        origin: n.origin,
        inspiredById: n.borrowedFrom ? await sjostad(n.borrowedFrom) : null,
        fundingSources: ['samordningsforbund'],
        municipality: n.municipality,
        municipalityRoles: n.roles,
        startDate: addDays(today, n.from),
        endDate: addDays(today, n.from + 730),
        evaluation: n.state === 'implemented' || n.state === 'evaluated' ? 'Utvärderad av förbundets utvärderare.' : null,
        implementationFunding: n.state === 'implemented' ? 'Kommunens ordinarie budget' : null,
        implementedFrom: n.state === 'implemented' ? addDays(today, n.from + 731) : null,
        public: true,
        createdByUserId: NOBODY,
      })
      .returning({ id: initiatives.id });
    await tx
      .insert(initiativeEvents)
      .values({ tenantId: area!.id, initiativeId: row!.id, toState: n.state, note: 'Registrerat i efterhand' });
    if (n.lentTo) {
      const borrower = await sjostad(n.lentTo);
      if (borrower)
        await tx
          .update(initiatives)
          .set({ inspiredById: row!.id })
          .where(and(eq(initiatives.tenantId, tenantId), eq(initiatives.id, borrower)));
    }
  }
}
