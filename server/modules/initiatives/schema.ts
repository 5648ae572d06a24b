import { Type } from 'typebox';
import { FUNDING_SOURCES, INITIATIVE_KINDS, INITIATIVE_STATES, MUNICIPALITY_ROLES } from '../../../common/governance.ts';
import { limits } from '../../../common/limits.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { DateString, Uuid } from '../../lib/http/responses.ts';
import { ShownCount } from '../evaluation/schema.ts';
import { RISK_REASONS } from './lifecycle.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Text = Type.String({ maxLength: limits.textMax });
const ShortText = Type.String({ maxLength: limits.nameMax });

/** Most interventions one initiative runs through. */
export const INITIATIVE_INTERVENTIONS_MAX = 50;

const initiativeFields = {
  name: Type.String({ minLength: 1, maxLength: limits.nameMax }),
  kind: oneOf(INITIATIVE_KINDS),
  description: Text,
  targetGroup: Text,
  /** Who started it, in words. */
  origin: Text,
  /** Another initiative of the area, or a public one of the register, it borrowed from. */
  inspiredById: Nullable(Uuid()),
  /** The party to the förbund that owns it. */
  ownerPartyId: Nullable(Uuid()),
  fundingSources: Type.Array(oneOf(FUNDING_SOURCES), { maxItems: FUNDING_SOURCES.length, uniqueItems: true }),
  municipality: ShortText,
  municipalityRoles: Type.Array(oneOf(MUNICIPALITY_ROLES), { maxItems: MUNICIPALITY_ROLES.length, uniqueItems: true }),
  startDate: Nullable(DateString()),
  endDate: Nullable(DateString()),
  /** Shown in the public register; an initiative never holds personal data. */
  public: Type.Boolean(),
  /** The catalogue's interventions it runs through: exactly these are linked after the write. */
  interventionIds: Type.Array(Uuid(), { maxItems: INITIATIVE_INTERVENTIONS_MAX, uniqueItems: true }),
};

export const CreateInitiative = Type.Object(initiativeFields, { additionalProperties: false });
export const UpdateInitiative = Type.Object(
  { ...initiativeFields, version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);

/** A move to another state, with what that state needs (lifecycle.ts transitionProblems says which). */
export const TransitionInitiative = Type.Object(
  {
    to: oneOf(INITIATIVE_STATES),
    /** The decision or reason the move rests on (e.g. "Styrelsen 2025-03-12 § 14"), kept with the event. */
    note: Nullable(Text),
    /** To evaluated: what the evaluation found. */
    evaluation: Type.Optional(Nullable(Text)),
    /** To implemented: the party that takes it into regular operations, from when, with what money. */
    implementedByPartyId: Type.Optional(Nullable(Uuid())),
    implementedFrom: Type.Optional(Nullable(DateString())),
    implementationFunding: Type.Optional(Nullable(Text)),
    /** To ended: why. */
    endedReason: Type.Optional(Nullable(Text)),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);

export const InitiativeQuery = Type.Object(
  {
    state: Type.Optional(oneOf(INITIATIVE_STATES)),
    /** Only those at risk (lifecycle.ts atRisk). */
    atRisk: Type.Optional(Type.Boolean()),
    /** Words in the name, description, target group, origin or municipality. */
    q: Type.Optional(Type.String({ maxLength: limits.searchMax })),
  },
  { additionalProperties: false },
);

const Named = Type.Object({ id: Type.String(), name: Type.String() });

export const InitiativeEvent = Type.Object({
  /** Null for the event that recorded the idea. */
  fromState: Nullable(oneOf(INITIATIVE_STATES)),
  toState: oneOf(INITIATIVE_STATES),
  at: Type.String(),
  byUserName: Nullable(Type.String()),
  note: Nullable(Type.String()),
});

export const Initiative = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: oneOf(INITIATIVE_KINDS),
  state: oneOf(INITIATIVE_STATES),
  description: Type.String(),
  targetGroup: Type.String(),
  origin: Type.String(),
  inspiredById: Nullable(Type.String()),
  /** The initiative it borrowed from, when it is of the area or public. */
  inspiredByName: Nullable(Type.String()),
  /** Whether the initiative it was inspired by is another area's (public in the register) rather than this area's own. */
  inspiredByOtherArea: Type.Boolean(),
  ownerPartyId: Nullable(Type.String()),
  ownerPartyName: Nullable(Type.String()),
  fundingSources: Type.Array(oneOf(FUNDING_SOURCES)),
  municipality: Type.String(),
  municipalityRoles: Type.Array(oneOf(MUNICIPALITY_ROLES)),
  startDate: Nullable(Type.String()),
  endDate: Nullable(Type.String()),
  evaluation: Nullable(Type.String()),
  implementedByPartyId: Nullable(Type.String()),
  implementedByPartyName: Nullable(Type.String()),
  implementedFrom: Nullable(Type.String()),
  implementationFunding: Nullable(Type.String()),
  endedReason: Nullable(Type.String()),
  public: Type.Boolean(),
  interventions: Type.Array(Named),
  /** Every move between states, oldest first. */
  events: Type.Array(InitiativeEvent),
  /** Why it needs attention today; empty when it does not. */
  atRisk: Type.Array(oneOf(RISK_REASONS)),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
  /** Whether the signed-in user may change it and move it on (the area's coordinators and managers). */
  mayChange: Type.Boolean(),
});

/**
 * What the participations of its linked interventions show, started within its dates when it has them: different
 * people, participations started and ended, and ended in work or studies. Small counts are suppressed.
 */
export const InitiativeOutcomes = Type.Object({
  participants: ShownCount,
  started: ShownCount,
  ended: ShownCount,
  inWorkOrStudies: ShownCount,
});

/** One initiative as its page shows it: the record and its results. */
export const InitiativeDetail = Type.Object({ ...Initiative.properties, outcomes: InitiativeOutcomes });

export const InitiativeList = Type.Object({
  /** The day the risks were judged on. */
  today: Type.String(),
  items: Type.Array(Initiative),
  /** Initiatives of the area at risk today, whatever the filters, for the warning on top. */
  atRisk: Type.Integer(),
  mayCreate: Type.Boolean(),
});
