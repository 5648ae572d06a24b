import { Type } from 'typebox';
import { INITIATIVE_STATES, MUNICIPALITY_ROLES } from '../../../common/governance.ts';
import { limits } from '../../../common/limits.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { Initiative, InitiativeOutcomes } from '../initiatives/schema.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const DateOrNull = Nullable(Type.String());

/** The register's filters: words, one municipality, one of the municipality's roles, one state. */
export const RegisterQuery = Type.Object(
  {
    /** Every word somewhere in the name, description, target group, origin, municipality, area or home organisation. */
    q: Type.Optional(Type.String({ maxLength: limits.searchMax })),
    /** The municipality it works in, whatever the case. */
    municipality: Type.Optional(Type.String({ maxLength: limits.nameMax })),
    role: Type.Optional(oneOf(MUNICIPALITY_ROLES)),
    state: Type.Optional(oneOf(INITIATIVE_STATES)),
  },
  { additionalProperties: false },
);

/** The initiative's own fields the register shows, each named: a field added to an initiative stays out of it. */
const {
  id,
  name,
  kind,
  state,
  description,
  targetGroup,
  origin,
  municipality,
  municipalityRoles,
  fundingSources,
  startDate,
  endDate,
  evaluation,
  implementedFrom,
} = Initiative.properties;

/**
 * One public initiative as anyone may read it: what it is, where and by whom it is run, how it is funded, how its
 * life has gone and what its interventions achieved (suppressed). Nothing about a person: no user, no creator.
 */
export const RegisterEntry = Type.Object({
  ...{ id, name, kind, state, description, targetGroup, origin, municipality, municipalityRoles, fundingSources, startDate, endDate },
  /** The collaboration area (a samordningsförbund's area) it belongs to. */
  areaName: Type.String(),
  /** The party to the förbund that owns it: its home organisation. */
  homeOrganisation: Nullable(Type.String()),
  /** What its evaluation found, once evaluated. */
  evaluation,
  /** Days (Swedish calendar) it started running, was implemented in regular operations, or ended, from its history. */
  statusDates: Type.Object({ running: DateOrNull, implemented: DateOrNull, ended: DateOrNull }),
  /** The party that took it into regular operations, and from when. */
  implementedBy: Nullable(Type.String()),
  implementedFrom,
  results: InitiativeOutcomes,
  /** The initiative it borrowed from, when that one is in the register too, and its name. */
  inspiredBy: Nullable(Type.String()),
  inspiredByName: Nullable(Type.String()),
  /** Its start year, or the year it was recorded: when it appears in the network. */
  year: Type.Integer(),
});

export const RegisterList = Type.Object({
  items: Type.Array(RegisterEntry),
  /** Every municipality in the register, whatever the filters, for choosing one. */
  municipalities: Type.Array(Type.String()),
  /** Public initiatives in the register, whatever the filters. */
  total: Type.Integer(),
});

export const NetworkNode = Type.Union([
  Type.Object({
    kind: Type.Literal('initiative'),
    id: Type.String(),
    name: Type.String(),
    state: oneOf(INITIATIVE_STATES),
    areaName: Type.String(),
    /** The node of the municipality it works in, if it names one. */
    municipalityId: Nullable(Type.String()),
    year: Type.Integer(),
  }),
  Type.Object({ kind: Type.Literal('municipality'), id: Type.String(), name: Type.String(), year: Type.Integer() }),
]);

/**
 * `borrowed`: the initiative `from` borrowed from the initiative `to`; `works_in`: the initiative `from` works in the
 * municipality `to`. An edge's year is the later of its two nodes' years.
 */
export const NetworkEdge = Type.Object({
  kind: Type.Union([Type.Literal('borrowed'), Type.Literal('works_in')]),
  from: Type.String(),
  to: Type.String(),
  year: Type.Integer(),
});

export const RegisterNetwork = Type.Object({ nodes: Type.Array(NetworkNode), edges: Type.Array(NetworkEdge) });
