import { Type } from 'typebox';
import { limits } from '../../../common/limits.ts';
import { CONTRACT_REQUIREMENT_KINDS, INTERVENTION_KINDS, PURCHASE_KINDS } from '../../../common/offer.ts';
import { FULFILMENT_STATUSES, PROCUREMENT_YEARS, PURCHASE_AMOUNT_MAX_ORE, REQUIREMENT_PER_YEAR_MAX } from '../../../common/procurement.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { DateString, QueryInteger, Uuid } from '../../lib/http/responses.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Name = Type.String({ minLength: 1, maxLength: limits.nameMax });
const Year = Type.Integer({ minimum: PROCUREMENT_YEARS.min, maximum: PROCUREMENT_YEARS.max });

export const Requirement = Type.Object(
  {
    kind: oneOf(CONTRACT_REQUIREMENT_KINDS),
    /** How many per contract year; 0 is allowed (a requirement kept in the contract, met from the start). */
    perYear: Type.Integer({ minimum: 0, maximum: REQUIREMENT_PER_YEAR_MAX }),
  },
  { additionalProperties: false },
);

const contractFields = {
  name: Name,
  reference: Nullable(Type.String({ maxLength: limits.nameMax })),
  supplierOrganisationId: Uuid(),
  startDate: DateString(),
  endDate: DateString(),
  requirements: Type.Array(Requirement, { maxItems: CONTRACT_REQUIREMENT_KINDS.length }),
  /** The supplier's interventions the contract covers; left out, the links stay as they are (none for a new contract). */
  interventionIds: Type.Optional(Type.Array(Uuid(), { maxItems: 100, uniqueItems: true })),
};

export const CreateContract = Type.Object(contractFields, { additionalProperties: false });
export const UpdateContract = Type.Object({ ...contractFields, version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

const RequirementFulfilment = Type.Object({
  kind: oneOf(CONTRACT_REQUIREMENT_KINDS),
  required: Type.Integer(),
  achieved: Type.Integer(),
  /** The share of the requirement due by today, rounded down. */
  expectedByToday: Type.Integer(),
  status: oneOf(FULFILMENT_STATUSES),
});

export const Contract = Type.Object({
  id: Type.String(),
  name: Type.String(),
  reference: Nullable(Type.String()),
  procuringOrganisationId: Type.String(),
  procuringOrganisationName: Type.String(),
  supplierOrganisationId: Type.String(),
  supplierOrganisationName: Type.String(),
  startDate: Type.String(),
  endDate: Type.String(),
  requirements: Type.Array(Requirement),
  interventions: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  fulfilment: Type.Object({
    status: oneOf(FULFILMENT_STATUSES),
    currentYear: Nullable(Type.Integer()),
    years: Type.Array(
      Type.Object({ year: Type.Integer(), from: Type.String(), to: Type.String(), requirements: Type.Array(RequirementFulfilment) }),
    ),
  }),
  /** The warning: a requirement of the current contract year is behind its share due by today. */
  behind: Type.Boolean(),
  version: Type.Integer(),
  /** Whether the signed-in user may change it (its procuring organisation's coordinators and managers). */
  mayChange: Type.Boolean(),
});

export const ContractList = Type.Object({
  /** The day fulfilment was measured on. */
  today: Type.String(),
  items: Type.Array(Contract),
  /** Contracts behind plan, for the warning on top. */
  behind: Type.Integer(),
  mayCreate: Type.Boolean(),
});

const purchaseFields = {
  /** An organisation of kind social_enterprise. */
  supplierOrganisationId: Uuid(),
  year: Year,
  kind: oneOf(PURCHASE_KINDS),
  /** Whole öre: 1 250 kr is 125000. */
  amountOre: Type.Integer({ minimum: 1, maximum: PURCHASE_AMOUNT_MAX_ORE }),
  description: Type.String({ minLength: 1, maxLength: limits.textMax }),
};

export const CreatePurchase = Type.Object(purchaseFields, { additionalProperties: false });
export const UpdatePurchase = Type.Object({ ...purchaseFields, version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

export const Purchase = Type.Object({
  id: Type.String(),
  buyerOrganisationId: Type.String(),
  buyerOrganisationName: Type.String(),
  supplierOrganisationId: Type.String(),
  supplierOrganisationName: Type.String(),
  year: Type.Integer(),
  kind: oneOf(PURCHASE_KINDS),
  amountOre: Type.Integer(),
  description: Type.String(),
  version: Type.Integer(),
  createdAt: Type.String(),
  mayChange: Type.Boolean(),
});

export const PurchaseQuery = Type.Object(
  {
    year: Type.Optional(QueryInteger({ minimum: PROCUREMENT_YEARS.min, maximum: PROCUREMENT_YEARS.max })),
    supplierOrganisationId: Type.Optional(Uuid()),
  },
  { additionalProperties: false },
);

const KindTotal = Type.Object({ kind: oneOf(PURCHASE_KINDS), amountOre: Type.Integer() });

export const PurchaseList = Type.Object({
  items: Type.Array(Purchase),
  /** Per year (newest first) and social enterprise, the sum of the purchases the filters select, in öre. */
  totals: Type.Array(
    Type.Object({
      year: Type.Integer(),
      amountOre: Type.Integer(),
      suppliers: Type.Array(
        Type.Object({
          supplierOrganisationId: Type.String(),
          supplierOrganisationName: Type.String(),
          amountOre: Type.Integer(),
          byKind: Type.Array(KindTotal),
        }),
      ),
    }),
  ),
  /** Every year with a purchase, newest first, for choosing one. */
  years: Type.Array(Type.Integer()),
  /** The social enterprises of the area, the suppliers a purchase may name. */
  socialEnterprises: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  mayCreate: Type.Boolean(),
});

const Capacity = {
  places: Type.Integer(),
  /** Running participations. */
  placesTaken: Type.Integer(),
  freePlaces: Type.Integer(),
  /** Waitlisted referrals. */
  waitingList: Type.Integer(),
};

export const Workplaces = Type.Object({
  workplaces: Type.Array(
    Type.Object({
      workplace: Type.String(),
      ...Capacity,
      interventions: Type.Array(
        Type.Object({
          id: Type.String(),
          name: Type.String(),
          kind: oneOf(INTERVENTION_KINDS),
          organisationName: Type.String(),
          ...Capacity,
        }),
      ),
    }),
  ),
  total: Type.Object(Capacity),
});
